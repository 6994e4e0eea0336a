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

package io.github.ddbstreams.kcl;

import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.StreamTables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Finds the streams the consumer reads: those of the application's enabled tables that
 * have listeners, by their configured {@code stream-arn} or the table's latest stream.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class ConsumedStreams {

	private ConsumedStreams() {
	}

	/**
	 * Find the streams.
	 * @param tables the application's tables
	 * @param dynamoDb the client that describes the tables without a configured stream
	 * ARN
	 * @return the streams, in the order of the tables
	 * @throws IllegalStateException if a table is misconfigured, does not exist or has no
	 * stream, naming the fix
	 */
	public static List<ConsumedStream> find(StreamTables tables, DynamoDbClient dynamoDb) {
		if (!tables.problems().isEmpty()) {
			throw new IllegalStateException("The KCL consumer cannot start: " + String.join("; ", tables.problems()));
		}
		List<ConsumedStream> streams = new ArrayList<>();
		for (StreamTable table : tables.tables()) {
			if (!table.settings().enabled() || !table.hasListeners()) {
				continue;
			}
			String streamArn = table.streamArn();
			if (streamArn == null) {
				streamArn = latestStreamArn(table, dynamoDb);
			}
			streams.add(new ConsumedStream(streamArn, table.tableName(), table.logicalName(), table.settings()));
		}
		if (streams.isEmpty()) {
			throw new IllegalStateException("The KCL consumer has no stream to read: no enabled table has a listener. "
					+ "Declare a listener of a table (@DynamoStreamListener(table = ...)), or set "
					+ "dynamodb.streams.consumer.enabled=false");
		}
		return streams;
	}

	private static String latestStreamArn(StreamTable table, DynamoDbClient dynamoDb) {
		TableDescription description;
		try {
			description = dynamoDb.describeTable((request) -> request.tableName(table.tableName())).table();
		}
		catch (ResourceNotFoundException ex) {
			throw new IllegalStateException("Table " + table.tableName() + " (" + table.property()
					+ ") does not exist: create it with a stream, or set " + table.property()
					+ ".stream-arn to the ARN of its stream", ex);
		}
		String streamArn = description.latestStreamArn();
		if (streamArn == null || description.streamSpecification() == null
				|| !Boolean.TRUE.equals(description.streamSpecification().streamEnabled())) {
			throw new IllegalStateException("Table " + table.tableName() + " has no stream; enable it with: "
					+ "aws dynamodb update-table --table-name " + table.tableName()
					+ " --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
		}
		return streamArn;
	}

}
