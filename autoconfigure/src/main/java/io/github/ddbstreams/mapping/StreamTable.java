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

import java.util.List;
import java.util.Set;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.RequiredImages;
import org.jspecify.annotations.Nullable;

/**
 * One table whose stream the application subscribes to, with everything its event source
 * mapping needs: where it is, how it is read, which records pass, and which images its
 * listeners read.
 *
 * @param reference the table as listeners and configuration name it: a logical name, or
 * the ARN of a table or of one of its streams
 * @param tableName the name of the table in DynamoDB (the namespace applied to a logical
 * name)
 * @param settings the event source mapping settings of the table
 * @param definition the key schema and stream view type of the table, for creating it
 * @param filterPatterns the filter patterns of the event source mapping, compact JSON,
 * empty when every record passes
 * @param events the event names its listeners want, empty when no listener receives its
 * records
 * @param images the images its listeners read
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamTable(String reference, String tableName, EventSourceMappingSettings settings,
		TableDefinition definition, List<String> filterPatterns, Set<DynamoEventName> events, RequiredImages images) {

	/**
	 * Return the prefix of the properties of this table, for messages.
	 * @return the prefix, such as {@code dynamodb.streams.tables.test-table}
	 */
	public String property() {
		return "dynamodb.streams.tables." + this.reference;
	}

	/**
	 * Return whether the table is named by an ARN rather than a logical name.
	 * @return whether the reference is an ARN
	 */
	public boolean isArn() {
		return DynamoDbArn.isArn(this.reference);
	}

	/**
	 * Return the name the table goes by in the application: its logical name, or its name
	 * in DynamoDB when it is named by an ARN.
	 * @return the logical name
	 */
	public String logicalName() {
		return isArn() ? this.tableName : this.reference;
	}

	/**
	 * Return the stream ARN given for the table: its {@code stream-arn}, or its reference
	 * when that is a stream ARN.
	 * @return the stream ARN, or {@code null} when the stream must be created or found
	 */
	public @Nullable String streamArn() {
		if (this.settings.streamArn() != null) {
			return this.settings.streamArn();
		}
		return DynamoDbArn.isStreamArn(this.reference) ? this.reference : null;
	}

	/**
	 * Return whether a listener receives the records of this table.
	 * @return whether the table has listeners
	 */
	public boolean hasListeners() {
		return !this.events.isEmpty();
	}

}
