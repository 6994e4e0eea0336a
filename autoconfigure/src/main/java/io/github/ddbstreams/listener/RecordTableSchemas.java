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

package io.github.ddbstreams.listener;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

import org.springframework.util.ClassUtils;

/**
 * Builds Enhanced Client table schemas for Java records through their canonical
 * constructor: one attribute per record component, named after the component or its
 * {@link DynamoDbAttribute @DynamoDbAttribute}, with the Enhanced Client's default
 * converters. Components that are records, beans or immutables themselves map as nested
 * documents.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class RecordTableSchemas {

	private RecordTableSchemas() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static <T> TableSchema<T> fromRecord(Class<T> recordType) {
		RecordComponent[] components = recordType.getRecordComponents();
		MethodHandle constructor = canonicalConstructor(recordType, components);
		StaticImmutableTableSchema.Builder<T, Arguments> builder = StaticImmutableTableSchema
			.builder(recordType, Arguments.class)
			.newItemBuilder(() -> new Arguments(recordType, components),
					(arguments) -> arguments.construct(constructor));
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			int index = i;
			MethodHandle accessor = accessor(recordType, component);
			Function<T, Object> getter = (item) -> invoke(accessor, item);
			BiConsumer<Arguments, Object> setter = (arguments, value) -> arguments.set(index, value);
			builder.addAttribute((EnhancedType) enhancedType(component),
					(attribute) -> attribute.name(attributeName(component))
						.getter((Function) getter)
						.setter((BiConsumer) setter));
		}
		return builder.build();
	}

	private static EnhancedType<?> enhancedType(RecordComponent component) {
		Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(component.getType());
		if (type.isRecord() && !type.isAnnotationPresent(DynamoDbImmutable.class)) {
			return EnhancedType.documentOf((Class) type, (TableSchema) fromRecord(type));
		}
		if (type.isAnnotationPresent(DynamoDbBean.class) || type.isAnnotationPresent(DynamoDbImmutable.class)) {
			return EnhancedType.documentOf((Class) type, (TableSchema) TableSchema.fromClass(type));
		}
		Type genericType = component.getGenericType();
		return (genericType instanceof Class<?>) ? EnhancedType.of(type) : EnhancedType.of(genericType);
	}

	private static String attributeName(RecordComponent component) {
		DynamoDbAttribute attribute = component.getAccessor().getAnnotation(DynamoDbAttribute.class);
		return (attribute != null) ? attribute.value() : component.getName();
	}

	private static MethodHandle canonicalConstructor(Class<?> recordType, RecordComponent[] components) {
		Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(recordType, MethodHandles.lookup());
			return lookup.findConstructor(recordType, MethodType.methodType(void.class, parameterTypes))
				.asSpreader(Object[].class, parameterTypes.length);
		}
		catch (ReflectiveOperationException | IllegalAccessError ex) {
			throw new IllegalArgumentException("Cannot map items to record " + recordType.getName()
					+ ": its canonical constructor is not accessible", ex);
		}
	}

	private static MethodHandle accessor(Class<?> recordType, RecordComponent component) {
		try {
			return MethodHandles.privateLookupIn(recordType, MethodHandles.lookup()).unreflect(component.getAccessor());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalArgumentException("Cannot map items to record " + recordType.getName() + ": accessor of '"
					+ component.getName() + "' is not accessible", ex);
		}
	}

	private static Object invoke(MethodHandle accessor, Object item) {
		try {
			return accessor.invoke(item);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Failed to read record component with " + accessor, ex);
		}
	}

	/**
	 * The constructor arguments of a record under construction.
	 */
	static final class Arguments {

		private final Class<?> recordType;

		private final RecordComponent[] components;

		private final @Nullable Object[] values;

		Arguments(Class<?> recordType, RecordComponent[] components) {
			this.recordType = recordType;
			this.components = components;
			this.values = new Object[components.length];
		}

		void set(int index, @Nullable Object value) {
			this.values[index] = value;
		}

		@SuppressWarnings("unchecked")
		<T> T construct(MethodHandle constructor) {
			for (int i = 0; i < this.values.length; i++) {
				Class<?> type = this.components[i].getType();
				if (this.values[i] == null && type.isPrimitive()) {
					this.values[i] = defaultValue(type);
				}
			}
			try {
				return (T) constructor.invoke(this.values);
			}
			catch (Throwable ex) {
				throw new IllegalArgumentException(
						"Failed to construct record " + this.recordType.getName() + " from item attributes", ex);
			}
		}

		private static Object defaultValue(Class<?> primitive) {
			return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
		}

	}

}
