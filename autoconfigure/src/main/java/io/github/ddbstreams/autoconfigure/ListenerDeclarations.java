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

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.ClassUtils;

/**
 * Reads the {@link DynamoStreamListener @DynamoStreamListener} declarations of the
 * listener beans, from their classes or {@code @Bean} methods, without invoking the
 * listeners, and refuses declarations that would silently never receive a record: the
 * annotation on a bean or method that is not a {@link DynamoRecordListener}, and a table
 * name that already carries the table namespace.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ListenerDeclarations {

	private static final Log logger = LogFactory.getLog(ListenerDeclarations.class);

	private ListenerDeclarations() {
	}

	static StreamSubscriptions read(ListableBeanFactory beanFactory, ObjectProvider<DynamoRecordListener> listeners,
			PropertyResolver placeholders, TableNamespace namespace) {
		List<String> problems = new ArrayList<>();
		checkAnnotatedBeans(beanFactory, problems);
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
			tables.forEach((table) -> checkTable(beanName, table, namespace, problems));
			return StreamSubscription.of(beanName, listener, declaration, tables);
		}).toList();
		if (!problems.isEmpty()) {
			throw new DynamoStreamsConfigurationException(problems,
					"Fix the listener declarations above: @DynamoStreamListener declares what a DynamoRecordListener"
							+ " bean receives, on the bean's class or on its @Bean method.");
		}
		if (subscriptions.isEmpty()) {
			logger.warn("No DynamoRecordListener bean: the function reports every record of every batch as processed"
					+ " without handling it. Declare a bean that implements DynamoRecordListener.");
		}
		return new StreamSubscriptions(subscriptions);
	}

	private static void checkAnnotatedBeans(ListableBeanFactory beanFactory, List<String> problems) {
		for (String beanName : beanFactory.getBeanNamesForAnnotation(DynamoStreamListener.class)) {
			if (!beanFactory.isTypeMatch(beanName, DynamoRecordListener.class)) {
				Class<?> type = declaredType(beanFactory, beanName);
				problems.add("Bean '" + beanName + "'" + ((type != null) ? " (" + type.getName() + ")" : "")
						+ " carries @DynamoStreamListener but is not a DynamoRecordListener, so it receives no record:"
						+ " implement DynamoRecordListener, or remove the annotation");
			}
		}
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = beanFactory.getType(beanName, false);
			if (type == null || !AnnotationUtils.isCandidateClass(type, DynamoStreamListener.class)) {
				continue;
			}
			Map<Method, DynamoStreamListener> annotated = MethodIntrospector.selectMethods(
					ClassUtils.getUserClass(type),
					(MethodIntrospector.MetadataLookup<DynamoStreamListener>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, DynamoStreamListener.class));
			annotated.keySet()
				.stream()
				.filter((method) -> !AnnotatedElementUtils.hasAnnotation(method, Bean.class))
				.forEach((method) -> problems.add("Method " + ClassUtils.getUserClass(type).getName() + "."
						+ method.getName() + " carries @DynamoStreamListener, which is not a listener method: the"
						+ " annotation only declares what a DynamoRecordListener bean receives. Implement"
						+ " DynamoRecordListener in a bean, and put the annotation on its class or @Bean method"));
		}
	}

	private static @Nullable Class<?> declaredType(ListableBeanFactory beanFactory, String beanName) {
		if (beanFactory instanceof ConfigurableListableBeanFactory configurable
				&& configurable.containsBeanDefinition(beanName)) {
			Class<?> declared = configurable.getMergedBeanDefinition(beanName).getResolvableType().resolve();
			if (declared != null) {
				return declared;
			}
		}
		return beanFactory.getType(beanName, false);
	}

	private static void checkTable(String beanName, String table, TableNamespace namespace, List<String> problems) {
		if (DynamoDbArn.isArn(table)) {
			if (DynamoDbArn.tableNameOf(table) == null || table.contains("*") || table.contains("?")) {
				problems.add("Listener bean '" + beanName + "' names table '" + table + "', which is not the ARN of one"
						+ " DynamoDB table or stream (arn:aws:dynamodb:<region>:<account>:table/<name>[/stream/<label>],"
						+ " without wildcards)");
			}
			return;
		}
		if (table.isEmpty()) {
			problems.add("Listener bean '" + beanName + "' names an empty table: name its logical table name");
		}
		else if (namespace.carries(table)) {
			problems.add("Listener bean '" + beanName + "' names table '" + table + "', which already carries the"
					+ " table namespace '" + namespace.namespace() + "': it would read " + namespace.physicalName(table)
					+ " and never receive a record. Name the logical table '" + namespace.logicalName(table) + "'");
		}
	}

}
