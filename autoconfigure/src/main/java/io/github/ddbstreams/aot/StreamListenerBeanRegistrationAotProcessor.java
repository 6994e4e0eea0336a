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

package io.github.ddbstreams.aot;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.Map;

import io.github.ddbstreams.endpoint.ListenerMethods;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers, at build time, the runtime hints of what the starter reaches by reflection
 * in a bean's listeners: its {@link DynamoStreamListener @DynamoStreamListener} methods
 * (invoked), the item types of their parameters ({@code Order},
 * {@code @NewImage Optional<Order>}, the elements of {@code List<Order>}) and the
 * {@code itemTypes} declared on the bean's class, its {@code @Bean} method or its
 * listener methods (mapped with the Enhanced Client's table schemas), and the state type
 * of a {@link DynamoWindowListener} (written and read with Jackson).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamListenerBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	private static final BindingReflectionHintsRegistrar BINDING = new BindingReflectionHintsRegistrar();

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = ClassUtils.getUserClass(registeredBean.getBeanClass());
		Map<Method, DynamoStreamListener> methods = ListenerMethods.of(beanClass);
		DynamoStreamListener declaration = declaration(registeredBean, beanClass);
		ResolvableType windowState = windowState(registeredBean, beanClass);
		if (methods.isEmpty() && declaration == null && windowState == null) {
			return null;
		}
		return (generationContext, beanRegistrationCode) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			ItemTypeHints itemTypes = new ItemTypeHints(reflection);
			methods.forEach((method, listener) -> {
				reflection.registerMethod(method, ExecutableMode.INVOKE);
				for (int i = 0; i < method.getParameterCount(); i++) {
					itemTypes.register(ResolvableType.forMethodParameter(method, i, beanClass));
				}
				registerAll(itemTypes, listener.itemTypes());
			});
			if (declaration != null) {
				registerAll(itemTypes, declaration.itemTypes());
			}
			if (windowState != null) {
				BINDING.registerReflectionHints(reflection, windowState.getType());
			}
		};
	}

	private static void registerAll(ItemTypeHints itemTypes, Class<?>[] types) {
		for (Class<?> type : types) {
			itemTypes.register(type);
		}
	}

	private static @Nullable DynamoStreamListener declaration(RegisteredBean registeredBean, Class<?> beanClass) {
		DynamoStreamListener onClass = AnnotatedElementUtils.findMergedAnnotation(beanClass,
				DynamoStreamListener.class);
		if (onClass != null) {
			return onClass;
		}
		Executable factory = factoryMethod(registeredBean);
		return (factory instanceof Method method)
				? AnnotatedElementUtils.findMergedAnnotation(method, DynamoStreamListener.class) : null;
	}

	private static @Nullable Executable factoryMethod(RegisteredBean registeredBean) {
		if (registeredBean.getMergedBeanDefinition().getFactoryMethodName() == null) {
			return null;
		}
		try {
			return registeredBean.resolveConstructorOrFactoryMethod();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable ResolvableType windowState(RegisteredBean registeredBean, Class<?> beanClass) {
		if (!DynamoWindowListener.class.isAssignableFrom(beanClass)) {
			return null;
		}
		ResolvableType state = registeredBean.getBeanType().as(DynamoWindowListener.class).getGeneric(0);
		return (state.resolve() != null) ? state : null;
	}

}
