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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

/**
 * {@link TableSchemaResolver} that builds each schema once and caches it.
 * <p>
 * Schemas given to the constructor (for example {@code StaticTableSchema} beans) win.
 * Other types are introspected: {@link DynamoDbBean @DynamoDbBean} and
 * {@link DynamoDbImmutable @DynamoDbImmutable} classes with
 * {@link TableSchema#fromClass(Class)}, and Java records, which the Enhanced Client
 * cannot introspect, through their canonical constructor.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DefaultTableSchemaResolver implements TableSchemaResolver {

	private final Map<Class<?>, TableSchema<?>> schemas = new ConcurrentHashMap<>();

	/**
	 * Create a resolver that introspects every type.
	 */
	public DefaultTableSchemaResolver() {
		this(List.of());
	}

	/**
	 * Create a resolver that uses the given schemas for their item types and introspects
	 * the others.
	 * @param schemas the schemas to use as they are
	 */
	public DefaultTableSchemaResolver(Collection<? extends TableSchema<?>> schemas) {
		schemas.forEach((schema) -> this.schemas.put(schema.itemType().rawClass(), schema));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> TableSchema<T> resolve(Class<T> type) {
		return (TableSchema<T>) this.schemas.computeIfAbsent(type, DefaultTableSchemaResolver::introspect);
	}

	@Override
	public Collection<Class<?>> resolvedTypes() {
		return List.copyOf(this.schemas.keySet());
	}

	private static TableSchema<?> introspect(Class<?> type) {
		if (type.isRecord() && !type.isAnnotationPresent(DynamoDbImmutable.class)) {
			return RecordTableSchemas.fromRecord(type);
		}
		return TableSchema.fromClass(type);
	}

}
