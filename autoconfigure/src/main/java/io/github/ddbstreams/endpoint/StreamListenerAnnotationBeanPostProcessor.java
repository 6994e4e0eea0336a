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

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.Assert;

/**
 * Registers the DynamoDB stream listeners of each bean as it is initialized, as
 * spring-kafka's {@code KafkaListenerAnnotationBeanPostProcessor} does for
 * {@code @KafkaListener} methods: the bean itself when it is a listener bean, and its
 * {@link io.github.ddbstreams.listener.DynamoStreamListener @DynamoStreamListener}
 * methods, found on the bean's target class and called through its proxy.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamListenerAnnotationBeanPostProcessor implements BeanPostProcessor, BeanFactoryAware {

	private @Nullable StreamListenerRegistry registry;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		Assert.isInstanceOf(ListableBeanFactory.class, beanFactory, "A ListableBeanFactory is required");
		this.registry = new StreamListenerRegistry((ListableBeanFactory) beanFactory);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		registry().register(beanName, bean);
		return bean;
	}

	/**
	 * Return the registry the listeners register in.
	 * @return the registry
	 * @throws IllegalStateException if the post-processor has no bean factory yet
	 */
	public StreamListenerRegistry registry() {
		StreamListenerRegistry registry = this.registry;
		Assert.state(registry != null, "No bean factory");
		return registry;
	}

}
