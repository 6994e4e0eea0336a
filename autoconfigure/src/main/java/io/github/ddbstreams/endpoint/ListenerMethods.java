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

package io.github.ddbstreams.endpoint;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoStreamListener;

import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Finds the listener methods of a class: its
 * {@link DynamoStreamListener @DynamoStreamListener} methods, {@code @Bean} methods
 * excepted (there the annotation declares what the bean they create receives).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class ListenerMethods {

	private ListenerMethods() {
	}

	/**
	 * Return the listener methods of a class, with their declarations.
	 * @param type the class, a bean's target class
	 * @return the listener methods and their merged {@code @DynamoStreamListener}, empty
	 * when it has none
	 */
	public static Map<Method, DynamoStreamListener> of(Class<?> type) {
		if (!AnnotationUtils.isCandidateClass(type, DynamoStreamListener.class)) {
			return Map.of();
		}
		return MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<DynamoStreamListener>) (
						method) -> AnnotatedElementUtils.hasAnnotation(method, Bean.class) ? null
								: AnnotatedElementUtils.findMergedAnnotation(method, DynamoStreamListener.class));
	}

	/**
	 * Return the listener methods of a class.
	 * @param type the class, a bean's target class
	 * @return the listener methods, empty when it has none
	 */
	static List<Method> methodsOf(Class<?> type) {
		return List.copyOf(of(type).keySet());
	}

}
