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

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.util.Assert;

/**
 * One DynamoDB stream record, as handed to a {@link DynamoRecordListener}: what changed,
 * in which table, with the item keys and images as AWS SDK v2 attribute values or mapped
 * to a user type.
 * <p>
 * Attribute values convert without loss (see {@link StreamAttributeValues}); images are
 * converted on first access and kept. Instances are not thread-safe.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class DynamoRecord {

	private static final long LARGEST_PLAUSIBLE_EPOCH_MILLIS = 100_000_000_000_000L;

	private final DynamodbStreamRecord raw;

	private final StreamRecord change;

	private final @Nullable String tableName;

	private final TableSchemaResolver schemas;

	private @Nullable Map<String, AttributeValue> keys;

	private @Nullable Map<String, AttributeValue> newImage;

	private @Nullable Map<String, AttributeValue> oldImage;

	/**
	 * Create a record.
	 * @param raw the record of the Lambda event, with its {@code dynamodb} part
	 * @param tableName the logical name of the table (without namespace), or {@code null}
	 * when the event source is not a table stream ARN
	 * @param schemas the table schemas used to map images to user types
	 */
	public DynamoRecord(DynamodbStreamRecord raw, @Nullable String tableName, TableSchemaResolver schemas) {
		Assert.notNull(raw.getDynamodb(), "Stream record must have a 'dynamodb' part");
		this.raw = raw;
		this.change = raw.getDynamodb();
		this.tableName = tableName;
		this.schemas = schemas;
	}

	/**
	 * Return what kind of change this record describes.
	 * @return the event name
	 */
	public DynamoEventName eventName() {
		return DynamoEventName.valueOf(this.raw.getEventName());
	}

	/**
	 * Return the unique identifier of this stream record.
	 * @return the event id
	 */
	public @Nullable String eventId() {
		return this.raw.getEventID();
	}

	/**
	 * Return the logical name of the table that changed: the name in the event source ARN
	 * without the configured table namespace.
	 * @return the logical table name, or {@code null} when the event source is not a
	 * table stream ARN
	 */
	public @Nullable String tableName() {
		return this.tableName;
	}

	/**
	 * Return the ARN of the stream this record comes from.
	 * @return the event source ARN
	 */
	public @Nullable String eventSourceArn() {
		return this.raw.getEventSourceARN();
	}

	/**
	 * Return the AWS region of the table.
	 * @return the region, such as {@code us-east-1}
	 */
	public @Nullable String awsRegion() {
		return this.raw.getAwsRegion();
	}

	/**
	 * Return the sequence number of this record in its stream shard: the identifier
	 * Lambda retries from.
	 * @return the sequence number
	 */
	public String sequenceNumber() {
		return this.change.getSequenceNumber();
	}

	/**
	 * Return the approximate time the change was made, as DynamoDB reports it (second
	 * precision on real streams). Values that are clearly epoch milliseconds rather than
	 * seconds, as some sample events carry, are read as milliseconds.
	 * @return the creation time, or {@code null} when the record has none
	 */
	public @Nullable Instant approximateCreationTime() {
		Date date = this.change.getApproximateCreationDateTime();
		if (date == null) {
			return null;
		}
		long millis = date.getTime();
		return Instant.ofEpochMilli((millis > LARGEST_PLAUSIBLE_EPOCH_MILLIS) ? millis / 1000 : millis);
	}

	/**
	 * Return the view type of the stream, which decides which images records carry.
	 * @return the stream view type, or {@code null} when the record does not say
	 */
	public @Nullable StreamViewType streamViewType() {
		String type = this.change.getStreamViewType();
		return (type != null) ? StreamViewType.fromValue(type) : null;
	}

	/**
	 * Return the size of the record in bytes, as DynamoDB reports it.
	 * @return the size, or {@code null} when the record does not say
	 */
	public @Nullable Long sizeBytes() {
		return this.change.getSizeBytes();
	}

	/**
	 * Return whether this record is the removal of an expired item by DynamoDB Time to
	 * Live rather than by a request: its user identity is of type {@code Service} with
	 * principal {@code dynamodb.amazonaws.com}.
	 * @return whether Time to Live removed the item
	 */
	public boolean isTimeToLiveDelete() {
		Identity identity = this.raw.getUserIdentity();
		return identity != null && "Service".equals(identity.getType())
				&& "dynamodb.amazonaws.com".equals(identity.getPrincipalId());
	}

	/**
	 * Return the primary key attributes of the item.
	 * @return the key attributes, never {@code null}
	 */
	public Map<String, AttributeValue> keys() {
		Map<String, AttributeValue> keys = this.keys;
		if (keys == null) {
			keys = convert(this.change.getKeys());
			this.keys = keys;
		}
		return keys;
	}

	/**
	 * Return the item as it appears after the change.
	 * @return the new image, or {@code null} for a removal or when the stream view type
	 * carries no new image
	 */
	public @Nullable Map<String, AttributeValue> newImage() {
		if (this.newImage == null && this.change.getNewImage() != null) {
			this.newImage = convert(this.change.getNewImage());
		}
		return this.newImage;
	}

	/**
	 * Return the item as it appeared before the change.
	 * @return the old image, or {@code null} for an insertion or when the stream view
	 * type carries no old image
	 */
	public @Nullable Map<String, AttributeValue> oldImage() {
		if (this.oldImage == null && this.change.getOldImage() != null) {
			this.oldImage = convert(this.change.getOldImage());
		}
		return this.oldImage;
	}

	/**
	 * Return the item as it appears after the change, mapped to a type with its Enhanced
	 * Client table schema.
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the new image, or {@code null} when the record has none
	 * @throws ImageMappingException if the image cannot be mapped to the type
	 */
	public <T> @Nullable T newImage(Class<T> type) {
		return map("NewImage", newImage(), type);
	}

	/**
	 * Return the item as it appeared before the change, mapped to a type with its
	 * Enhanced Client table schema.
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the old image, or {@code null} when the record has none
	 * @throws ImageMappingException if the image cannot be mapped to the type
	 */
	public <T> @Nullable T oldImage(Class<T> type) {
		return map("OldImage", oldImage(), type);
	}

	/**
	 * Return the record exactly as the Lambda event carried it.
	 * @return the raw record
	 */
	public DynamodbStreamRecord raw() {
		return this.raw;
	}

	private <T> @Nullable T map(String image, @Nullable Map<String, AttributeValue> attributes, Class<T> type) {
		if (attributes == null) {
			return null;
		}
		try {
			return this.schemas.resolve(type).mapToItem(attributes);
		}
		catch (RuntimeException ex) {
			throw new ImageMappingException("Cannot map " + image + " of record " + sequenceNumber() + " to "
					+ type.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private static Map<String, AttributeValue> convert(
			@Nullable Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		return (attributes != null) ? StreamAttributeValues.toSdk(attributes) : Map.of();
	}

	@Override
	public String toString() {
		return "DynamoRecord{eventName=" + this.raw.getEventName() + ", table=" + this.tableName + ", sequenceNumber="
				+ sequenceNumber() + "}";
	}

}
