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

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Set;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.core.ResolvableType;

/**
 * Registers the reflection that the Enhanced Client's table schemas of an item type need
 * ({@code TableSchema.fromClass} for {@code @DynamoDbBean} and {@code @DynamoDbImmutable}
 * classes, the starter's schemas of records): the type's constructors and methods, the
 * builder of an immutable class, attribute converters and converter providers, and the
 * same for every item type nested in its attributes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ItemTypeHints {

	private static final MemberCategory[] MAPPED = { MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	private static final MemberCategory[] CREATED = { MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS };

	private final ReflectionHints hints;

	private final Set<Class<?>> registered = new HashSet<>();

	/**
	 * Create hints that register in the given reflection hints.
	 * @param hints the reflection hints
	 */
	ItemTypeHints(ReflectionHints hints) {
		this.hints = hints;
	}

	/**
	 * Register every item type that a type names: the type itself, and the type arguments
	 * of a generic type such as {@code List<Order>} or {@code Optional<Order>}.
	 * @param type the type
	 */
	void register(ResolvableType type) {
		Class<?> raw = type.resolve();
		if (raw != null) {
			register(raw);
		}
		for (ResolvableType generic : type.getGenerics()) {
			register(generic);
		}
	}

	/**
	 * Register an item type and the item types nested in its attributes; a type that the
	 * Enhanced Client does not introspect (not a record, nor {@code @DynamoDbBean} or
	 * {@code @DynamoDbImmutable}) registers nothing.
	 * @param type the type
	 */
	void register(Class<?> type) {
		if (!isIntrospected(type) || !this.registered.add(type)) {
			return;
		}
		this.hints.registerType(type, MAPPED);
		DynamoDbImmutable immutable = type.getAnnotation(DynamoDbImmutable.class);
		if (immutable != null) {
			this.hints.registerType(immutable.builder(), MAPPED);
			registerCreated(immutable.converterProviders());
		}
		DynamoDbBean bean = type.getAnnotation(DynamoDbBean.class);
		if (bean != null) {
			registerCreated(bean.converterProviders());
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				registerAttribute(component.getAccessor(), type);
			}
			return;
		}
		for (Method method : type.getMethods()) {
			if (isAttribute(method)) {
				registerAttribute(method, type);
			}
		}
	}

	/**
	 * Return whether the Enhanced Client or the starter introspects a type to map it.
	 * @param type the type
	 * @return whether it is a record, a {@code @DynamoDbBean} or a
	 * {@code @DynamoDbImmutable} class
	 */
	static boolean isIntrospected(Class<?> type) {
		return (type.isRecord() && !type.getName().startsWith("java.")) || type.isAnnotationPresent(DynamoDbBean.class)
				|| type.isAnnotationPresent(DynamoDbImmutable.class);
	}

	private void registerAttribute(Method accessor, Class<?> owner) {
		DynamoDbConvertedBy convertedBy = accessor.getAnnotation(DynamoDbConvertedBy.class);
		if (convertedBy != null) {
			this.hints.registerType(convertedBy.value(), CREATED);
		}
		register(ResolvableType.forMethodReturnType(accessor, owner));
	}

	private void registerCreated(Class<?>[] types) {
		for (Class<?> type : types) {
			this.hints.registerType(type, CREATED);
		}
	}

	private static boolean isAttribute(Method method) {
		return method.getParameterCount() == 0 && method.getReturnType() != void.class
				&& method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers());
	}

}
