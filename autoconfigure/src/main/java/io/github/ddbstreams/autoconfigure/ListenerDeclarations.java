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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.endpoint.ListenerEndpoint;
import io.github.ddbstreams.endpoint.ListenerMethod;
import io.github.ddbstreams.endpoint.ListenerMethodInspector;
import io.github.ddbstreams.endpoint.ListenerRegistration;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.endpoint.StreamListenerRegistry;
import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.listener.DynamoBatchListener;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindowListener;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.ClassUtils;

/**
 * Builds the listener model from the {@link StreamListenerRegistry}: a subscription for
 * each listener bean (from its {@link DynamoStreamListener @DynamoStreamListener} on its
 * class or {@code @Bean} method) and for each listener method (from its signature and
 * annotation), in listener order, without invoking any listener.
 * <p>
 * It makes sure every listener is registered first (lazy beans included), then refuses
 * declarations that would silently never receive a record or could not be called: the
 * annotation on a bean that is neither a listener bean nor has listener methods, a
 * listener method whose signature is wrong, a table name that already carries the table
 * namespace, a batch listener ordered between record listeners of a table.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ListenerDeclarations {

	private static final Log logger = LogFactory.getLog(ListenerDeclarations.class);

	private ListenerDeclarations() {
	}

	static StreamSubscriptions read(ListableBeanFactory beanFactory, StreamListenerRegistry registry,
			PropertyResolver placeholders, TableNamespace namespace, TableSchemaResolver schemas) {
		List<String> problems = new ArrayList<>();
		registerEveryListener(beanFactory, registry, problems);
		checkClassDeclarations(beanFactory, registry, problems);
		registry.close();
		ListenerMethodInspector inspector = new ListenerMethodInspector(schemas);
		List<StreamSubscription> subscriptions = new ArrayList<>();
		for (ListenerRegistration registration : registry.registrations()) {
			StreamSubscription subscription = subscription(beanFactory, registration, placeholders, namespace,
					inspector, problems);
			if (subscription != null) {
				subscriptions.add(subscription);
			}
		}
		StreamSubscriptions model = new StreamSubscriptions(subscriptions);
		problems.addAll(model.listenerOrderProblems());
		if (!problems.isEmpty()) {
			throw new DynamoStreamsConfigurationException(problems,
					"Fix the listener declarations above: @DynamoStreamListener declares what a listener receives, on a"
							+ " method of a bean, or on the class or @Bean method of a DynamoRecordListener or"
							+ " DynamoBatchListener bean.");
		}
		if (subscriptions.isEmpty()) {
			logger.warn("No DynamoDB stream listener: the function reports every record of every batch as processed"
					+ " without handling it. Declare a @DynamoStreamListener method, or a DynamoRecordListener bean.");
		}
		return model;
	}

	private static void registerEveryListener(ListableBeanFactory beanFactory, StreamListenerRegistry registry,
			List<String> problems) {
		Set<String> names = new LinkedHashSet<>();
		names.addAll(Arrays.asList(beanFactory.getBeanNamesForType(DynamoRecordListener.class)));
		names.addAll(Arrays.asList(beanFactory.getBeanNamesForType(DynamoBatchListener.class)));
		names.addAll(Arrays.asList(beanFactory.getBeanNamesForType(DynamoWindowListener.class)));
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			Class<?> type = beanFactory.getType(beanName, false);
			if (type != null && !isAbstract(beanFactory, beanName)
					&& registry.hasListenerMethods(ClassUtils.getUserClass(type))) {
				if (!beanFactory.isSingleton(beanName)) {
					problems.add("Bean '" + beanName + "' (" + ClassUtils.getUserClass(type).getName()
							+ ") has @DynamoStreamListener methods but is not a singleton, so its listeners would be"
							+ " registered once, for the first instance only: make it a singleton bean");
					continue;
				}
				names.add(beanName);
			}
		}
		for (String beanName : names) {
			registry.register(beanName, beanFactory.getBean(beanName));
		}
	}

	private static boolean isAbstract(ListableBeanFactory beanFactory, String beanName) {
		return beanFactory instanceof ConfigurableListableBeanFactory configurable
				&& configurable.containsBeanDefinition(beanName)
				&& configurable.getMergedBeanDefinition(beanName).isAbstract();
	}

	private static void checkClassDeclarations(ListableBeanFactory beanFactory, StreamListenerRegistry registry,
			List<String> problems) {
		for (String beanName : beanFactory.getBeanNamesForAnnotation(DynamoStreamListener.class)) {
			if (beanFactory.isTypeMatch(beanName, DynamoRecordListener.class)
					|| beanFactory.isTypeMatch(beanName, DynamoBatchListener.class)
					|| beanFactory.isTypeMatch(beanName, DynamoWindowListener.class)) {
				continue;
			}
			Class<?> type = declaredType(beanFactory, beanName);
			String described = "Bean '" + beanName + "'" + ((type != null) ? " (" + type.getName() + ")" : "");
			if (type != null && registry.hasListenerMethods(ClassUtils.getUserClass(type))) {
				problems.add(described + " carries @DynamoStreamListener on its class and has listener methods: the"
						+ " class-level annotation declares a DynamoRecordListener or DynamoBatchListener bean;"
						+ " declare the tables and events of each method on the method, and remove it from the class");
			}
			else {
				problems.add(described + " carries @DynamoStreamListener but is not a listener, so it receives no"
						+ " record: put the annotation on a method of the bean (a listener method), implement"
						+ " DynamoRecordListener, or remove the annotation");
			}
		}
	}

	private static @Nullable StreamSubscription subscription(ListableBeanFactory beanFactory,
			ListenerRegistration registration, PropertyResolver placeholders, TableNamespace namespace,
			ListenerMethodInspector inspector, List<String> problems) {
		String beanName = registration.beanName();
		Method method = registration.method();
		if (method == null) {
			DynamoStreamListener declaration = beanFactory.containsBean(beanName)
					? beanFactory.findAnnotationOnBean(beanName, DynamoStreamListener.class)
					: AopUtils.getTargetClass(registration.bean()).getAnnotation(DynamoStreamListener.class);
			List<String> tables = tables((declaration != null) ? declaration.tables() : new String[0], placeholders);
			tables.forEach((table) -> checkTable("Listener bean '" + beanName + "'", table, namespace, problems));
			return StreamSubscription.of(beanName, endpointOf(beanName, registration.bean()), declaration, tables);
		}
		String described = "Method " + ListenerMethodInspector.describe(method) + " of bean '" + beanName + "'";
		if (implementsListenerInterface(registration.bean(), method)) {
			problems.add(described + " implements the listener interface of its bean and carries @DynamoStreamListener,"
					+ " which would deliver each record twice: put the annotation on the class (or its @Bean method),"
					+ " or stop implementing the interface to make the method a listener method");
			return null;
		}
		MergedAnnotation<DynamoStreamListener> declaration = MergedAnnotations
			.from(method, SearchStrategy.TYPE_HIERARCHY)
			.get(DynamoStreamListener.class);
		List<String> tables = tables(declaration.getStringArray("tables"), placeholders);
		tables.forEach((table) -> checkTable(described, table, namespace, problems));
		ListenerMethod listenerMethod = inspector.inspect(beanName, registration.bean(), method, declaration, problems);
		if (listenerMethod == null) {
			return null;
		}
		return new StreamSubscription(beanName, listenerMethod.endpoint(), tables, listenerMethod.events(),
				listenerMethod.images(), listenerMethod.itemTypes());
	}

	private static ListenerEndpoint endpointOf(String beanName, Object bean) {
		if (bean instanceof DynamoRecordListener listener) {
			return RecordEndpoint.of(beanName, listener);
		}
		if (bean instanceof DynamoWindowListener<?> listener) {
			return WindowEndpoint.of(beanName, listener);
		}
		return BatchEndpoint.of(beanName, (DynamoBatchListener) bean);
	}

	private static boolean implementsListenerInterface(Object bean, Method method) {
		Class<?>[] parameters = method.getParameterTypes();
		if (bean instanceof DynamoRecordListener && method.getName().equals("onRecord") && parameters.length == 1
				&& parameters[0] == DynamoRecord.class) {
			return true;
		}
		return bean instanceof DynamoBatchListener && method.getName().equals("onBatch") && parameters.length == 1
				&& parameters[0] == List.class;
	}

	private static List<String> tables(String[] declared, PropertyResolver placeholders) {
		return Arrays.stream(declared).map(placeholders::resolveRequiredPlaceholders).map(String::trim).toList();
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

	private static void checkTable(String listener, String table, TableNamespace namespace, List<String> problems) {
		if (DynamoDbArn.isArn(table)) {
			if (DynamoDbArn.tableNameOf(table) == null || table.contains("*") || table.contains("?")) {
				problems.add(listener + " names table '" + table + "', which is not the ARN of one DynamoDB table or"
						+ " stream (arn:aws:dynamodb:<region>:<account>:table/<name>[/stream/<label>], without"
						+ " wildcards)");
			}
			return;
		}
		if (table.isEmpty()) {
			problems.add(listener + " names an empty table: name its logical table name");
		}
		else if (namespace.carries(table)) {
			problems.add(listener + " names table '" + table + "', which already carries the table namespace '"
					+ namespace.namespace() + "': it would read " + namespace.physicalName(table)
					+ " and never receive a record. Name the logical table '" + namespace.logicalName(table) + "'");
		}
	}

}
