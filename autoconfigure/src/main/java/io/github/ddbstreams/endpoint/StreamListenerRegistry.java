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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ddbstreams.listener.DynamoBatchListener;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindowListener;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;

/**
 * The one registry of the listeners of an application context: listener beans and
 * listener methods register in it as their beans are initialized (through
 * {@link StreamListenerAnnotationBeanPostProcessor}), and the listener model that the
 * dispatcher, the SAM template generator, priming and the local loop read is built from
 * it.
 * <p>
 * Once {@link #close() closed}, when that model has been built, it refuses further
 * listeners: a listener bean created after start-up would receive no record.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamListenerRegistry {

	private final ListableBeanFactory beanFactory;

	private final Set<Class<?>> classesWithoutListenerMethods = ConcurrentHashMap.newKeySet();

	private final Map<String, List<ListenerRegistration>> registrations = new ConcurrentHashMap<>();

	private volatile boolean closed;

	/**
	 * Create a registry for the beans of a bean factory.
	 * @param beanFactory the bean factory, which knows the order of its beans
	 */
	public StreamListenerRegistry(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Register the listeners of a bean, once: the bean itself when it is a
	 * {@link DynamoRecordListener}, {@link DynamoBatchListener} or
	 * {@link DynamoWindowListener}, and each of its
	 * {@link DynamoStreamListener @DynamoStreamListener} methods ({@code @Bean} methods
	 * excepted: there the annotation declares what the bean they create receives).
	 * @param beanName the name of the bean
	 * @param bean the initialized bean
	 * @throws IllegalStateException if the registry is closed and the bean has listeners
	 */
	public void register(String beanName, Object bean) {
		if (this.registrations.containsKey(beanName)) {
			return;
		}
		List<Method> methods = listenerMethods(AopUtils.getTargetClass(bean));
		boolean listenerBean = bean instanceof DynamoRecordListener || bean instanceof DynamoBatchListener
				|| bean instanceof DynamoWindowListener;
		if (methods.isEmpty() && !listenerBean) {
			return;
		}
		if (this.closed) {
			throw new IllegalStateException("Bean '" + beanName
					+ "' has DynamoDB stream listeners but was created after"
					+ " start-up (it is lazy or not a singleton), so they would receive no record: make it a singleton"
					+ " bean that is created at start-up");
		}
		int beanOrder = orderOf(beanName, bean);
		List<ListenerRegistration> found = new ArrayList<>();
		if (listenerBean) {
			found.add(new ListenerRegistration(beanName, bean, null, beanOrder, -1));
		}
		for (int i = 0; i < methods.size(); i++) {
			Method method = methods.get(i);
			Integer methodOrder = OrderUtils.getOrder(method);
			found.add(new ListenerRegistration(beanName, bean, method, (methodOrder != null) ? methodOrder : beanOrder,
					i));
		}
		this.registrations.putIfAbsent(beanName, List.copyOf(found));
	}

	/**
	 * Return whether a type has {@code @DynamoStreamListener} methods that are listener
	 * methods.
	 * @param type the type of a bean
	 * @return whether the type declares listener methods
	 */
	public boolean hasListenerMethods(Class<?> type) {
		return !listenerMethods(type).isEmpty();
	}

	/**
	 * Return the listeners registered so far, in listener order: by order, then by the
	 * position of the bean's definition, then by method.
	 * @return the registrations
	 */
	public List<ListenerRegistration> registrations() {
		Map<String, Integer> definitionIndexes = new HashMap<>();
		String[] names = this.beanFactory.getBeanDefinitionNames();
		for (int i = 0; i < names.length; i++) {
			definitionIndexes.put(names[i], i);
		}
		return this.registrations.values()
			.stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparingInt(ListenerRegistration::order)
				.thenComparingInt(
						(registration) -> definitionIndexes.getOrDefault(registration.beanName(), Integer.MAX_VALUE))
				.thenComparing(ListenerRegistration::beanName)
				.thenComparingInt(ListenerRegistration::methodIndex))
			.toList();
	}

	/**
	 * Refuse further listeners: the listener model has been built.
	 */
	public void close() {
		this.closed = true;
	}

	private List<Method> listenerMethods(Class<?> type) {
		if (this.classesWithoutListenerMethods.contains(type)) {
			return List.of();
		}
		List<Method> methods = ListenerMethods.methodsOf(type);
		if (methods.isEmpty()) {
			this.classesWithoutListenerMethods.add(type);
		}
		return methods;
	}

	private int orderOf(String beanName, Object bean) {
		if (bean instanceof Ordered ordered) {
			return ordered.getOrder();
		}
		if (this.beanFactory.containsBean(beanName)) {
			Order order = this.beanFactory.findAnnotationOnBean(beanName, Order.class);
			if (order != null) {
				return order.value();
			}
		}
		Integer order = OrderUtils.getOrder(AopUtils.getTargetClass(bean));
		return (order != null) ? order : Ordered.LOWEST_PRECEDENCE;
	}

}
