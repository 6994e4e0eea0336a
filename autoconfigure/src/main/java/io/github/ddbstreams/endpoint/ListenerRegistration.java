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

import org.jspecify.annotations.Nullable;

/**
 * A listener found in the application context: a {@code DynamoRecordListener} or
 * {@code DynamoBatchListener} bean, or a {@code @DynamoStreamListener} method of a bean.
 *
 * @param beanName the name of the bean
 * @param bean the bean, as the application context holds it (a proxy, when it has one)
 * @param method the listener method, of the bean's target class, or {@code null} for a
 * listener bean
 * @param order the order of the listener among the listeners of a record: the method's
 * {@code @Order}, else the bean's order
 * @param methodIndex the position of the method among the bean's listener methods, or -1
 * for a listener bean
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record ListenerRegistration(String beanName, Object bean, @Nullable Method method, int order, int methodIndex) {

	/**
	 * Return whether this is a listener method rather than a listener bean.
	 * @return whether a method was registered
	 */
	public boolean isMethod() {
		return this.method != null;
	}

}
