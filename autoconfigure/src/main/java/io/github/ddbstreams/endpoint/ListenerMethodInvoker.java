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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * Calls a listener method on its bean, rethrowing what the method threw.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ListenerMethodInvoker {

	private final Object bean;

	private final Method method;

	/**
	 * Create an invoker.
	 * @param bean the bean (its proxy, when it has one)
	 * @param method the method to call on the bean
	 */
	ListenerMethodInvoker(Object bean, Method method) {
		this.bean = bean;
		this.method = method;
		ReflectionUtils.makeAccessible(method);
	}

	/**
	 * Call the method.
	 * @param arguments the arguments
	 * @throws Exception what the method threw
	 */
	void invoke(@Nullable Object[] arguments) throws Exception {
		try {
			this.method.invoke(this.bean, arguments);
		}
		catch (InvocationTargetException ex) {
			Throwable thrown = ex.getTargetException();
			if (thrown instanceof Exception exception) {
				throw exception;
			}
			if (thrown instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(thrown);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot call listener method " + this.method, ex);
		}
	}

}
