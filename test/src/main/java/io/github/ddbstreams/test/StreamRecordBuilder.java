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

package io.github.ddbstreams.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.TableSchemaResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.util.Assert;
import org.springframework.util.DigestUtils;

/**
 * One record of a {@link TestTableStream}, as a {@link DynamoRecord} for a unit test of a
 * listener, as the JSON Lambda sends, or as the AWS SDK's DynamoDB Streams
 * {@link Record}. Each form carries the same data: event id, event name, event version
 * {@code 1.1}, event source {@code aws:dynamodb}, region, keys, the images of the stream
 * view type, sequence number, approximate creation time, size, stream view type, stream
 * ARN and, for Time to Live deletions, the user identity.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamRecordBuilder {

	/**
	 * The event version of the records.
	 */
	public static final String EVENT_VERSION = "1.1";

	/**
	 * The event source of the records.
	 */
	public static final String EVENT_SOURCE = "aws:dynamodb";

	static final String TIME_TO_LIVE_IDENTITY_TYPE = "Service";

	static final String TIME_TO_LIVE_PRINCIPAL = "dynamodb.amazonaws.com";

	private static final LambdaEventJson lambdaEventJson = new LambdaEventJson();

	private final DynamoEventName eventName;

	private final String streamArn;

	private final String region;

	private final String tableName;

	private final StreamViewType viewType;

	private final TableSchemaResolver schemas;

	private final Map<String, AttributeValue> keys;

	private final @Nullable Map<String, AttributeValue> newImage;

	private final @Nullable Map<String, AttributeValue> oldImage;

	private String sequenceNumber;

	private Instant approximateCreationTime;

	private @Nullable String eventId;

	private @Nullable Long sizeBytes;

	private @Nullable String userIdentityType;

	private @Nullable String userIdentityPrincipalId;

	StreamRecordBuilder(TestTableStream stream, DynamoEventName eventName, String sequenceNumber,
			Instant approximateCreationTime, Map<String, AttributeValue> keys,
			@Nullable Map<String, AttributeValue> newImage, @Nullable Map<String, AttributeValue> oldImage) {
		this.eventName = eventName;
		this.streamArn = stream.streamArn();
		this.region = stream.region();
		this.tableName = stream.tableName();
		this.viewType = stream.viewType();
		this.schemas = stream.tableSchemas();
		this.sequenceNumber = sequenceNumber;
		this.approximateCreationTime = approximateCreationTime;
		this.keys = unmodifiable(keys);
		this.newImage = (newImage != null) ? unmodifiable(newImage) : null;
		this.oldImage = (oldImage != null) ? unmodifiable(oldImage) : null;
	}

	/**
	 * Set the sequence number of the record, in place of the next one of its stream.
	 * @param sequenceNumber the sequence number
	 * @return this builder
	 */
	public StreamRecordBuilder sequenceNumber(String sequenceNumber) {
		Assert.hasText(sequenceNumber, "'sequenceNumber' must not be empty");
		this.sequenceNumber = sequenceNumber;
		return this;
	}

	/**
	 * Set the approximate time of the change, in place of the time of the stream's clock.
	 * @param approximateCreationTime the time, kept to the millisecond as the decoders of
	 * events keep it (DynamoDB sends whole seconds)
	 * @return this builder
	 */
	public StreamRecordBuilder approximateCreationTime(Instant approximateCreationTime) {
		this.approximateCreationTime = approximateCreationTime.truncatedTo(ChronoUnit.MILLIS);
		return this;
	}

	/**
	 * Set the event id of the record, in place of the one derived from its stream and
	 * sequence number.
	 * @param eventId the event id
	 * @return this builder
	 */
	public StreamRecordBuilder eventId(String eventId) {
		Assert.hasText(eventId, "'eventId' must not be empty");
		this.eventId = eventId;
		return this;
	}

	/**
	 * Set the size of the record, in place of the estimate of its keys and images by
	 * DynamoDB's rules for item sizes.
	 * @param sizeBytes the size in bytes
	 * @return this builder
	 */
	public StreamRecordBuilder sizeBytes(long sizeBytes) {
		this.sizeBytes = sizeBytes;
		return this;
	}

	/**
	 * Set who made the change; DynamoDB names itself (type {@code Service}, principal
	 * {@code dynamodb.amazonaws.com}) for deletions by Time to Live, and no one
	 * otherwise.
	 * @param type the type of the identity
	 * @param principalId the principal
	 * @return this builder
	 */
	public StreamRecordBuilder userIdentity(@Nullable String type, @Nullable String principalId) {
		this.userIdentityType = type;
		this.userIdentityPrincipalId = principalId;
		return this;
	}

	/**
	 * Return the kind of change of the record.
	 * @return the event name
	 */
	public DynamoEventName eventName() {
		return this.eventName;
	}

	/**
	 * Return the sequence number of the record, which a partial batch response names to
	 * report it failed.
	 * @return the sequence number
	 */
	public String sequenceNumber() {
		return this.sequenceNumber;
	}

	/**
	 * Return the ARN of the stream of the record, its {@code eventSourceARN}.
	 * @return the stream ARN
	 */
	public String streamArn() {
		return this.streamArn;
	}

	/**
	 * Return the record as a listener receives it, without JSON and without Spring.
	 * @return the record, with the logical table name and the stream's table schemas
	 */
	public DynamoRecord toDynamoRecord() {
		return DynamoRecord.builder()
			.eventId(eventIdOrDerived())
			.eventName(this.eventName)
			.eventVersion(EVENT_VERSION)
			.eventSource(EVENT_SOURCE)
			.awsRegion(this.region)
			.eventSourceArn(this.streamArn)
			.tableName(this.tableName)
			.sequenceNumber(this.sequenceNumber)
			.approximateCreationTime(this.approximateCreationTime)
			.streamViewType(this.viewType.toString())
			.sizeBytes(sizeBytesOrEstimate())
			.userIdentity(this.userIdentityType, this.userIdentityPrincipalId)
			.tableSchemas(this.schemas)
			.keys(this.keys)
			.newImage(this.newImage)
			.oldImage(this.oldImage)
			.build();
	}

	/**
	 * Return the record as the DynamoDB Streams API returns it ({@code GetRecords}); it
	 * has no stream ARN (see {@link #streamArn()}).
	 * @return the record of the AWS SDK
	 */
	public Record toSdkRecord() {
		StreamRecord.Builder change = StreamRecord.builder()
			.approximateCreationDateTime(this.approximateCreationTime)
			.keys(this.keys)
			.sequenceNumber(this.sequenceNumber)
			.sizeBytes(sizeBytesOrEstimate())
			.streamViewType(this.viewType);
		if (this.newImage != null) {
			change.newImage(this.newImage);
		}
		if (this.oldImage != null) {
			change.oldImage(this.oldImage);
		}
		Record.Builder record = Record.builder()
			.eventID(eventIdOrDerived())
			.eventName(OperationType.fromValue(this.eventName.name()))
			.eventVersion(EVENT_VERSION)
			.eventSource(EVENT_SOURCE)
			.awsRegion(this.region)
			.dynamodb(change.build());
		if (this.userIdentityType != null || this.userIdentityPrincipalId != null) {
			record.userIdentity(
					Identity.builder().type(this.userIdentityType).principalId(this.userIdentityPrincipalId).build());
		}
		return record.build();
	}

	/**
	 * Return the record as an element of the {@code Records} of the event Lambda sends.
	 * @return the record as JSON
	 */
	public String toJson() {
		return lambdaEventJson.record(toSdkRecord(), this.streamArn).toString();
	}

	@Override
	public String toString() {
		return "StreamRecordBuilder{" + this.eventName + ", table=" + this.tableName + ", sequenceNumber="
				+ this.sequenceNumber + "}";
	}

	private String eventIdOrDerived() {
		return (this.eventId != null) ? this.eventId : DigestUtils
			.md5DigestAsHex((this.streamArn + "#" + this.sequenceNumber).getBytes(StandardCharsets.UTF_8));
	}

	private long sizeBytesOrEstimate() {
		return (this.sizeBytes != null) ? this.sizeBytes
				: StreamRecordSize.estimate(this.keys, this.newImage, this.oldImage);
	}

	private static Map<String, AttributeValue> unmodifiable(Map<String, AttributeValue> attributes) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

}
