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

package io.github.ddbstreams.mapping;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create a table with its stream: the key schema and the stream view
 * type, and whether the SAM template creates the table.
 *
 * @param partitionKey the name of the partition key attribute, or {@code null} when not
 * configured
 * @param partitionKeyType the type of the partition key attribute
 * @param sortKey the name of the sort key attribute, or {@code null} for none
 * @param sortKeyType the type of the sort key attribute
 * @param streamViewType the stream view type of the table when it is created, or when its
 * stream is enabled
 * @param create whether the SAM template creates the table
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record TableDefinition(@Nullable String partitionKey, KeyType partitionKeyType, @Nullable String sortKey,
		KeyType sortKeyType, StreamViewType streamViewType, boolean create) {

	/**
	 * The definition of a table nothing is configured for.
	 */
	public static final TableDefinition UNDEFINED = new TableDefinition(null, KeyType.S, null, KeyType.S,
			StreamViewType.NEW_AND_OLD_IMAGES, false);

}
