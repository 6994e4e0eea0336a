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

package io.github.ddbstreams.lambda;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fields of the stream record that {@link StreamEventReader} is reading, and the
 * {@link DynamoRecord} they make when the record ends, once it is known to have what
 * every record must have. One instance serves all the records of an event.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class RecordFields {

	static final String DYNAMODB_EVENT_SOURCE = "aws:dynamodb";

	static final String EVENT_NAMES = "one of INSERT, MODIFY, REMOVE";

	private final byte[] json;

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	private final AttributeValueReader attributeReader;

	private final StreamEventProblems problems;

	private @Nullable String tableNameArn;

	private @Nullable String tableName;

	private @Nullable String tableStreamArn;

	@Nullable String eventId;

	boolean hasEventName;

	@Nullable DynamoEventName eventName;

	@Nullable String unknownEventName;

	@Nullable String eventVersion;

	boolean hasEventSource;

	@Nullable String eventSource;

	@Nullable String awsRegion;

	@Nullable String eventSourceArn;

	@Nullable String userIdentityType;

	@Nullable String userIdentityPrincipalId;

	boolean hasChange;

	@Nullable Instant approximateCreationTime;

	@Nullable BigDecimal approximateCreationDateTime;

	@Nullable AttributeRange keys;

	@Nullable AttributeRange newImage;

	@Nullable AttributeRange oldImage;

	@Nullable String sequenceNumber;

	@Nullable Long sizeBytes;

	@Nullable String streamViewType;

	RecordFields(byte[] json, TableNamespace namespace, TableSchemaResolver schemas,
			AttributeValueReader attributeReader, StreamEventProblems problems) {
		this.json = json;
		this.namespace = namespace;
		this.schemas = schemas;
		this.attributeReader = attributeReader;
		this.problems = problems;
	}

	/**
	 * Forget the fields of the previous record.
	 */
	void clear() {
		this.eventId = null;
		this.hasEventName = false;
		this.eventName = null;
		this.unknownEventName = null;
		this.eventVersion = null;
		this.hasEventSource = false;
		this.eventSource = null;
		this.awsRegion = null;
		this.eventSourceArn = null;
		this.userIdentityType = null;
		this.userIdentityPrincipalId = null;
		this.hasChange = false;
		this.approximateCreationTime = null;
		this.approximateCreationDateTime = null;
		this.keys = null;
		this.newImage = null;
		this.oldImage = null;
		this.sequenceNumber = null;
		this.sizeBytes = null;
		this.streamViewType = null;
	}

	/**
	 * Return the record the fields make.
	 * @return the record
	 * @throws io.github.ddbstreams.dispatch.InvalidStreamEventException if the record has
	 * a problem or lacks a field every record has
	 */
	DynamoRecord toRecord() {
		if (!this.hasEventSource) {
			throw this.problems.invalidRecord("has no eventSource: expected '" + DYNAMODB_EVENT_SOURCE + "'");
		}
		if (this.eventSource != null && !DYNAMODB_EVENT_SOURCE.equals(this.eventSource)) {
			throw this.problems.invalidRecord("has eventSource '" + LogText.escape(this.eventSource) + "', not '"
					+ DYNAMODB_EVENT_SOURCE + "': is this function subscribed to the right event source?");
		}
		this.problems.throwFirstProblem();
		if (!this.hasChange) {
			throw this.problems.invalidRecord("has no 'dynamodb' object");
		}
		String sequenceNumber = this.sequenceNumber;
		if (sequenceNumber == null || sequenceNumber.isBlank()) {
			throw this.problems.invalidRecord("has no 'dynamodb.SequenceNumber'");
		}
		if (!this.hasEventName) {
			throw this.problems.invalidRecord("has no eventName: expected " + EVENT_NAMES);
		}
		DynamoEventName eventName = this.eventName;
		if (eventName == null) {
			throw this.problems
				.invalidRecord("has eventName '" + LogText.escape(this.unknownEventName) + "', not " + EVENT_NAMES);
		}
		checkEventSourceArn(this.eventSourceArn);
		AttributeRange keys = this.keys;
		if (keys == null || keys.isEmpty()) {
			throw this.problems.invalidRecord("has no 'dynamodb.Keys'");
		}
		DynamoRecord.Builder record = DynamoRecord.builder()
			.eventId(this.eventId)
			.eventName(eventName)
			.eventVersion(this.eventVersion)
			.eventSource(this.eventSource)
			.awsRegion(this.awsRegion)
			.eventSourceArn(this.eventSourceArn)
			.tableName(tableNameOf(this.eventSourceArn))
			.sequenceNumber(sequenceNumber)
			.approximateCreationTime(this.approximateCreationTime)
			.streamViewType(this.streamViewType)
			.sizeBytes(this.sizeBytes)
			.userIdentity(this.userIdentityType, this.userIdentityPrincipalId)
			.tableSchemas(this.schemas)
			.keys(attributesOf(keys))
			.newImage((this.newImage != null) ? attributesOf(this.newImage) : null)
			.oldImage((this.oldImage != null) ? attributesOf(this.oldImage) : null);
		if (this.approximateCreationDateTime != null) {
			record.approximateCreationDateTime(this.approximateCreationDateTime);
		}
		return record.build();
	}

	private void checkEventSourceArn(@Nullable String eventSourceArn) {
		if (eventSourceArn == null) {
			throw this.problems.invalidRecord("has no eventSourceARN: expected " + DynamoDbArn.TABLE_STREAM_ARN_FORM);
		}
		if (eventSourceArn != this.tableStreamArn) {
			if (!DynamoDbArn.isTableStreamArn(eventSourceArn)) {
				throw this.problems.invalidRecord("has eventSourceARN '" + LogText.escape(eventSourceArn)
						+ "', not a DynamoDB table stream ARN: expected " + DynamoDbArn.TABLE_STREAM_ARN_FORM);
			}
			this.tableStreamArn = eventSourceArn;
		}
	}

	private Supplier<Map<String, AttributeValue>> attributesOf(AttributeRange range) {
		byte[] json = this.json;
		AttributeValueReader reader = this.attributeReader;
		return () -> reader.read(json, range.start(), range.end());
	}

	private @Nullable String tableNameOf(@Nullable String eventSourceArn) {
		if (eventSourceArn == null) {
			return null;
		}
		if (!eventSourceArn.equals(this.tableNameArn)) {
			String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
			this.tableName = (physicalName != null) ? this.namespace.logicalName(physicalName) : null;
			this.tableNameArn = eventSourceArn;
		}
		return this.tableName;
	}

}
