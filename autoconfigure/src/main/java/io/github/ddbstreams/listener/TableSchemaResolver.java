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

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * Strategy that supplies the DynamoDB Enhanced Client {@link TableSchema} used to map an
 * item image to a user type.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DefaultTableSchemaResolver
 */
public interface TableSchemaResolver {

	/**
	 * Return the table schema of a type.
	 * @param <T> the type of the items
	 * @param type the type of the items
	 * @return the table schema
	 * @throws IllegalArgumentException if no schema can be built for the type
	 */
	<T> TableSchema<T> resolve(Class<T> type);

	/**
	 * Return the types whose schemas this resolver has resolved so far, for priming to
	 * exercise: the types listeners mapped before it ran.
	 * @return the types, empty when the resolver does not keep track of them
	 */
	default Collection<Class<?>> resolvedTypes() {
		return List.of();
	}

}
