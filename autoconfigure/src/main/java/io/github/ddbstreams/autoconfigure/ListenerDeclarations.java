/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.ddbstreams.autoconfigure;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.PropertyResolver;

/**
 * Reads the {@link DynamoStreamListener @DynamoStreamListener} declarations of the
 * listener beans, from their classes or {@code @Bean} methods, without invoking the
 * listeners.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ListenerDeclarations {

	private ListenerDeclarations() {
	}

	static StreamSubscriptions read(ListableBeanFactory beanFactory, ObjectProvider<DynamoRecordListener> listeners,
			PropertyResolver placeholders) {
		Map<DynamoRecordListener, String> beanNames = new IdentityHashMap<>();
		for (String beanName : beanFactory.getBeanNamesForType(DynamoRecordListener.class)) {
			beanNames.put(beanFactory.getBean(beanName, DynamoRecordListener.class), beanName);
		}
		List<StreamSubscription> subscriptions = listeners.orderedStream().map((listener) -> {
			String beanName = beanNames.getOrDefault(listener, listener.getClass().getName());
			DynamoStreamListener declaration = beanFactory.containsBean(beanName)
					? beanFactory.findAnnotationOnBean(beanName, DynamoStreamListener.class)
					: listener.getClass().getAnnotation(DynamoStreamListener.class);
			List<String> tables = (declaration != null) ? Arrays.stream(declaration.tables())
				.map(placeholders::resolveRequiredPlaceholders)
				.map(String::trim)
				.toList() : List.of();
			return StreamSubscription.of(beanName, listener, declaration, tables);
		}).toList();
		return new StreamSubscriptions(subscriptions);
	}

}
