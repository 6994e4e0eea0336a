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

import java.time.Instant;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.TableSchemaResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Turns a record of the DynamoDB Streams API, as the adapter hands it to KCL, into the
 * {@link DynamoRecord} the dispatcher takes, with the stream ARN as its event source, as
 * Lambda's event source mapping sets it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamRecordConverter {

	private final TableSchemaResolver schemas;

	/**
	 * Create a converter.
	 * @param schemas the table schemas that map images to user types
	 */
	public StreamRecordConverter(TableSchemaResolver schemas) {
		this.schemas = schemas;
	}

	/**
	 * Convert a record.
	 * @param record the record of the DynamoDB Streams API
	 * @param streamArn the ARN of the stream the record comes from
	 * @param tableName the logical name of the table, or {@code null} when not known
	 * @return the record for the dispatcher
	 * @throws IllegalArgumentException if the record lacks its sequence number, event
	 * name or keys
	 */
	public DynamoRecord convert(Record record, String streamArn, @Nullable String tableName) {
		StreamRecord change = record.dynamodb();
		if (change == null || change.sequenceNumber() == null || !change.hasKeys()) {
			throw new IllegalArgumentException("Stream record " + record.eventID() + " of " + streamArn
					+ " lacks its sequence number or keys; the DynamoDB Streams API returns both for every record");
		}
		Identity identity = record.userIdentity();
		Instant created = change.approximateCreationDateTime();
		DynamoRecord.Builder builder = DynamoRecord.builder()
			.eventId(record.eventID())
			.eventName(DynamoEventName.valueOf(record.eventNameAsString()))
			.eventVersion(record.eventVersion())
			.eventSource(record.eventSource())
			.awsRegion(record.awsRegion())
			.eventSourceArn(streamArn)
			.tableName(tableName)
			.sequenceNumber(change.sequenceNumber())
			.approximateCreationTime(created)
			.streamViewType(change.streamViewTypeAsString())
			.sizeBytes(change.sizeBytes())
			.userIdentity((identity != null) ? identity.type() : null,
					(identity != null) ? identity.principalId() : null)
			.tableSchemas(this.schemas)
			.keys(change.keys());
		Map<String, AttributeValue> newImage = change.hasNewImage() ? change.newImage() : null;
		if (newImage != null) {
			builder.newImage(newImage);
		}
		Map<String, AttributeValue> oldImage = change.hasOldImage() ? change.oldImage() : null;
		if (oldImage != null) {
			builder.oldImage(oldImage);
		}
		return builder.build();
	}

}
