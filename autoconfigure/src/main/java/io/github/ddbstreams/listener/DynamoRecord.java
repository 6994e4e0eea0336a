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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.util.Assert;

/**
 * One DynamoDB stream record, as handed to a {@link DynamoRecordListener}: what changed,
 * in which table, with the item keys and images as AWS SDK v2 attribute values or mapped
 * to a user type.
 * <p>
 * Keys and images are converted when a listener first reads them, and kept: a listener
 * that reads only the new image pays for no other conversion. Attribute values convert
 * without loss (see {@link StreamAttributeValues}). Decoders and tests create records
 * with {@link #builder()}. Instances are not thread-safe.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class DynamoRecord {

	private static final BigDecimal LARGEST_PLAUSIBLE_EPOCH_SECONDS = new BigDecimal("100000000000");

	private static final BigDecimal LARGEST_EPOCH_MILLISECONDS = new BigDecimal("1000000000000000000");

	private static final TableSchemaResolver DEFAULT_SCHEMAS = new DefaultTableSchemaResolver();

	private final @Nullable String eventId;

	private final DynamoEventName eventName;

	private final @Nullable String eventVersion;

	private final @Nullable String eventSource;

	private final @Nullable String awsRegion;

	private final @Nullable String eventSourceArn;

	private final @Nullable String tableName;

	private final String sequenceNumber;

	private final @Nullable Instant approximateCreationTime;

	private final @Nullable String streamViewType;

	private final @Nullable Long sizeBytes;

	private final @Nullable String userIdentityType;

	private final @Nullable String userIdentityPrincipalId;

	private final TableSchemaResolver schemas;

	private @Nullable Supplier<Map<String, AttributeValue>> keysSource;

	private @Nullable Supplier<Map<String, AttributeValue>> newImageSource;

	private @Nullable Supplier<Map<String, AttributeValue>> oldImageSource;

	private @Nullable Supplier<DynamodbStreamRecord> rawSource;

	private @Nullable Map<String, AttributeValue> keys;

	private @Nullable Map<String, AttributeValue> newImage;

	private @Nullable Map<String, AttributeValue> oldImage;

	private @Nullable ImageView newImageView;

	private @Nullable ImageView oldImageView;

	private @Nullable DynamodbStreamRecord raw;

	private DynamoRecord(Builder builder, String sequenceNumber, DynamoEventName eventName,
			Supplier<Map<String, AttributeValue>> keys) {
		this.eventId = builder.eventId;
		this.eventName = eventName;
		this.eventVersion = builder.eventVersion;
		this.eventSource = builder.eventSource;
		this.awsRegion = builder.awsRegion;
		this.eventSourceArn = builder.eventSourceArn;
		this.tableName = builder.tableName;
		this.sequenceNumber = sequenceNumber;
		this.approximateCreationTime = builder.approximateCreationTime;
		this.streamViewType = builder.streamViewType;
		this.sizeBytes = builder.sizeBytes;
		this.userIdentityType = builder.userIdentityType;
		this.userIdentityPrincipalId = builder.userIdentityPrincipalId;
		this.schemas = (builder.schemas != null) ? builder.schemas : DEFAULT_SCHEMAS;
		this.keysSource = keys;
		this.newImageSource = builder.newImage;
		this.oldImageSource = builder.oldImage;
		this.rawSource = builder.raw;
	}

	/**
	 * Return a builder of a record, for decoders of stream events and for tests.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a record from a record of the Lambda events library, converting its keys and
	 * images when they are first read.
	 * @param raw the record of the Lambda event, with its {@code dynamodb} part, a
	 * sequence number, keys and a known event name
	 * @param tableName the logical name of the table (without namespace), or {@code null}
	 * when the event source is not a table stream ARN
	 * @param schemas the table schemas used to map images to user types
	 * @return the record
	 * @throws IllegalArgumentException if the record lacks a part every stream record has
	 */
	public static DynamoRecord of(DynamodbStreamRecord raw, @Nullable String tableName, TableSchemaResolver schemas) {
		StreamRecord change = raw.getDynamodb();
		Assert.notNull(change, "Stream record must have a 'dynamodb' part");
		Assert.notNull(change.getKeys(), "Stream record must have keys");
		Identity identity = raw.getUserIdentity();
		Date created = change.getApproximateCreationDateTime();
		Builder builder = builder().eventId(raw.getEventID())
			.eventName(DynamoEventName.valueOf(raw.getEventName()))
			.eventVersion(raw.getEventVersion())
			.eventSource(raw.getEventSource())
			.awsRegion(raw.getAwsRegion())
			.eventSourceArn(raw.getEventSourceARN())
			.tableName(tableName)
			.sequenceNumber(change.getSequenceNumber())
			.approximateCreationTime((created != null) ? epochTime(BigDecimal.valueOf(created.getTime(), 3)) : null)
			.streamViewType(change.getStreamViewType())
			.sizeBytes(change.getSizeBytes())
			.userIdentity((identity != null) ? identity.getType() : null,
					(identity != null) ? identity.getPrincipalId() : null)
			.tableSchemas(schemas)
			.keys(() -> StreamAttributeValues.toSdk(change.getKeys()))
			.raw(() -> raw);
		if (change.getNewImage() != null) {
			builder.newImage(() -> StreamAttributeValues.toSdk(change.getNewImage()));
		}
		if (change.getOldImage() != null) {
			builder.oldImage(() -> StreamAttributeValues.toSdk(change.getOldImage()));
		}
		return builder.build();
	}

	/**
	 * Return what kind of change this record describes.
	 * @return the event name
	 */
	public DynamoEventName eventName() {
		return this.eventName;
	}

	/**
	 * Return the unique identifier of this stream record.
	 * @return the event id
	 */
	public @Nullable String eventId() {
		return this.eventId;
	}

	/**
	 * Return the version of the stream record format.
	 * @return the event version, such as {@code 1.1}
	 */
	public @Nullable String eventVersion() {
		return this.eventVersion;
	}

	/**
	 * Return the service the record comes from.
	 * @return the event source, {@code aws:dynamodb}
	 */
	public @Nullable String eventSource() {
		return this.eventSource;
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
		return this.eventSourceArn;
	}

	/**
	 * Return the AWS region of the table.
	 * @return the region, such as {@code us-east-1}
	 */
	public @Nullable String awsRegion() {
		return this.awsRegion;
	}

	/**
	 * Return the sequence number of this record in its stream shard: the identifier
	 * Lambda retries from.
	 * @return the sequence number
	 */
	public String sequenceNumber() {
		return this.sequenceNumber;
	}

	/**
	 * Return the approximate time the change was made, as DynamoDB reports it (second
	 * precision on real streams). Values that are clearly epoch milliseconds rather than
	 * seconds, as some sample events carry, are read as milliseconds.
	 * @return the creation time, or {@code null} when the record has none
	 */
	public @Nullable Instant approximateCreationTime() {
		return this.approximateCreationTime;
	}

	/**
	 * Return the view type of the stream, which decides which images records carry.
	 * @return the stream view type, or {@code null} when the record does not say
	 */
	public @Nullable StreamViewType streamViewType() {
		return (this.streamViewType != null) ? StreamViewType.fromValue(this.streamViewType) : null;
	}

	/**
	 * Return the size of the record in bytes, as DynamoDB reports it.
	 * @return the size, or {@code null} when the record does not say
	 */
	public @Nullable Long sizeBytes() {
		return this.sizeBytes;
	}

	/**
	 * Return whether this record is the removal of an expired item by DynamoDB Time to
	 * Live rather than by a request: its user identity is of type {@code Service} with
	 * principal {@code dynamodb.amazonaws.com}.
	 * @return whether Time to Live removed the item
	 */
	public boolean isTimeToLiveDelete() {
		return "Service".equals(this.userIdentityType) && "dynamodb.amazonaws.com".equals(this.userIdentityPrincipalId);
	}

	/**
	 * Return the primary key attributes of the item.
	 * @return the key attributes, never {@code null}
	 */
	public Map<String, AttributeValue> keys() {
		Map<String, AttributeValue> keys = this.keys;
		Supplier<Map<String, AttributeValue>> source = this.keysSource;
		if (keys == null && source != null) {
			keys = source.get();
			this.keys = keys;
			this.keysSource = null;
		}
		return (keys != null) ? keys : Map.of();
	}

	/**
	 * Return whether the record carries the item as it appears after the change, without
	 * converting it.
	 * @return whether {@link #newImage()} returns an image
	 */
	public boolean hasNewImage() {
		return this.newImage != null || this.newImageSource != null;
	}

	/**
	 * Return whether the record carries the item as it appeared before the change,
	 * without converting it.
	 * @return whether {@link #oldImage()} returns an image
	 */
	public boolean hasOldImage() {
		return this.oldImage != null || this.oldImageSource != null;
	}

	/**
	 * Return the item as it appears after the change. The map converts the image when it
	 * is first read and keeps the conversion, so that testing for {@code null} converts
	 * nothing, and {@link #newImage(Class)} after reading the map converts nothing again.
	 * @return the new image, or {@code null} for a removal or when the stream view type
	 * carries no new image
	 */
	public @Nullable Map<String, AttributeValue> newImage() {
		if (this.newImage != null) {
			return this.newImage;
		}
		if (this.newImageSource == null) {
			return null;
		}
		ImageView view = this.newImageView;
		if (view == null) {
			view = new ImageView(true);
			this.newImageView = view;
		}
		return view;
	}

	/**
	 * Return the item as it appeared before the change. The map converts the image when
	 * it is first read and keeps the conversion, like {@link #newImage()}.
	 * @return the old image, or {@code null} for an insertion or when the stream view
	 * type carries no old image
	 */
	public @Nullable Map<String, AttributeValue> oldImage() {
		if (this.oldImage != null) {
			return this.oldImage;
		}
		if (this.oldImageSource == null) {
			return null;
		}
		ImageView view = this.oldImageView;
		if (view == null) {
			view = new ImageView(false);
			this.oldImageView = view;
		}
		return view;
	}

	/**
	 * Return the item as of this change: the new image of an insertion or modification,
	 * the old image of a removal.
	 * @return the image, or {@code null} when the stream view type does not carry it
	 */
	public @Nullable Map<String, AttributeValue> item() {
		return (this.eventName == DynamoEventName.REMOVE) ? oldImage() : newImage();
	}

	/**
	 * Return whether the record carries the item as of this change (see {@link #item()}),
	 * without converting it.
	 * @return whether {@link #item()} returns an image
	 */
	public boolean hasItem() {
		return (this.eventName == DynamoEventName.REMOVE) ? hasOldImage() : hasNewImage();
	}

	/**
	 * Return the item as of this change, mapped to a type with its Enhanced Client table
	 * schema: the new image of an insertion or modification, the old image of a removal.
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the item, or {@code null} when the stream view type does not carry it
	 * @throws ImageMappingException if the image cannot be mapped to the type
	 */
	public <T> @Nullable T item(Class<T> type) {
		return (this.eventName == DynamoEventName.REMOVE) ? oldImage(type) : newImage(type);
	}

	/**
	 * Return the primary key attributes of the item, mapped to a type with its Enhanced
	 * Client table schema (its other properties stay unset).
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the keys as the type
	 * @throws ImageMappingException if the keys cannot be mapped to the type
	 */
	public <T> T keys(Class<T> type) {
		T keys = map("Keys", keys(), type);
		Assert.state(keys != null, "Keys are never absent");
		return keys;
	}

	private Map<String, AttributeValue> convertedNewImage() {
		Map<String, AttributeValue> image = this.newImage;
		Supplier<Map<String, AttributeValue>> source = this.newImageSource;
		if (image == null && source != null) {
			image = source.get();
			this.newImage = image;
			this.newImageSource = null;
		}
		return (image != null) ? image : Map.of();
	}

	private Map<String, AttributeValue> convertedOldImage() {
		Map<String, AttributeValue> image = this.oldImage;
		Supplier<Map<String, AttributeValue>> source = this.oldImageSource;
		if (image == null && source != null) {
			image = source.get();
			this.oldImage = image;
			this.oldImageSource = null;
		}
		return (image != null) ? image : Map.of();
	}

	/**
	 * Return the item as it appears after the change, mapped to a type with its Enhanced
	 * Client table schema. The record keeps neither the item nor, unless
	 * {@link #newImage()} converted it, the converted image: each call converts again.
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the new image, or {@code null} when the record has none
	 * @throws ImageMappingException if the image cannot be mapped to the type
	 */
	public <T> @Nullable T newImage(Class<T> type) {
		return map("NewImage", imageToMap(this.newImage, this.newImageSource), type);
	}

	/**
	 * Return the item as it appeared before the change, mapped to a type with its
	 * Enhanced Client table schema. The record keeps neither the item nor, unless
	 * {@link #oldImage()} converted it, the converted image: each call converts again.
	 * @param <T> the type
	 * @param type a {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or record class, or
	 * a class with a {@code TableSchema} bean
	 * @return the old image, or {@code null} when the record has none
	 * @throws ImageMappingException if the image cannot be mapped to the type
	 */
	public <T> @Nullable T oldImage(Class<T> type) {
		return map("OldImage", imageToMap(this.oldImage, this.oldImageSource), type);
	}

	/**
	 * Return an image to map: the converted one if {@link #newImage()} or
	 * {@link #oldImage()} kept it, else a conversion that the record does not keep, so
	 * that a listener that only reads the mapped item does not hold a converted copy of
	 * it for the rest of the batch.
	 * @param converted the image the record kept, or {@code null}
	 * @param source converts the image, or {@code null} when there is none to convert
	 * @return the image, or {@code null} when the record has none
	 */
	private static @Nullable Map<String, AttributeValue> imageToMap(@Nullable Map<String, AttributeValue> converted,
			@Nullable Supplier<Map<String, AttributeValue>> source) {
		if (converted != null) {
			return converted;
		}
		return (source != null) ? source.get() : null;
	}

	/**
	 * Return the record in the model of the Lambda events library, built from this
	 * record's data on first call (keys and images included).
	 * @return the record of the Lambda event
	 */
	public DynamodbStreamRecord raw() {
		DynamodbStreamRecord raw = this.raw;
		if (raw == null) {
			Supplier<DynamodbStreamRecord> source = this.rawSource;
			raw = (source != null) ? source.get() : toLambdaEvent();
			this.raw = raw;
			this.rawSource = null;
		}
		return raw;
	}

	private DynamodbStreamRecord toLambdaEvent() {
		DynamodbStreamRecord raw = new DynamodbStreamRecord();
		raw.setEventID(this.eventId);
		raw.setEventName(this.eventName.name());
		raw.setEventVersion(this.eventVersion);
		raw.setEventSource(this.eventSource);
		raw.setAwsRegion(this.awsRegion);
		raw.setEventSourceARN(this.eventSourceArn);
		if (this.userIdentityType != null || this.userIdentityPrincipalId != null) {
			raw.setUserIdentity(
					new Identity().withType(this.userIdentityType).withPrincipalId(this.userIdentityPrincipalId));
		}
		StreamRecord change = new StreamRecord();
		change.setSequenceNumber(this.sequenceNumber);
		change.setKeys(StreamAttributeValues.toLambdaEvent(keys()));
		Map<String, AttributeValue> newImage = newImage();
		if (newImage != null) {
			change.setNewImage(StreamAttributeValues.toLambdaEvent(newImage));
		}
		Map<String, AttributeValue> oldImage = oldImage();
		if (oldImage != null) {
			change.setOldImage(StreamAttributeValues.toLambdaEvent(oldImage));
		}
		if (this.approximateCreationTime != null) {
			change.setApproximateCreationDateTime(Date.from(this.approximateCreationTime));
		}
		change.setSizeBytes(this.sizeBytes);
		for (com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType viewType : com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType
			.values()) {
			if (viewType.toString().equals(this.streamViewType)) {
				change.setStreamViewType(viewType);
			}
		}
		raw.setDynamodb(change);
		return raw;
	}

	private <T> @Nullable T map(String image, @Nullable Map<String, AttributeValue> attributes, Class<T> type) {
		if (attributes == null) {
			return null;
		}
		TableSchema<T> schema;
		try {
			schema = this.schemas.resolve(type);
		}
		catch (RuntimeException ex) {
			throw new ImageMappingException("Cannot map " + image + " of record " + LogText.escape(this.sequenceNumber)
					+ " to " + type.getName() + ": " + ex.getMessage(), ex);
		}
		try {
			return schema.mapToItem(attributes);
		}
		catch (RuntimeException ex) {
			throw ImageMappingException.of(image, this.sequenceNumber, type, schema, attributes, ex);
		}
	}

	/**
	 * Return the time of an {@code ApproximateCreationDateTime} as stream events carry
	 * it: epoch seconds, or epoch milliseconds, which some sample events carry and which
	 * are told apart by their size.
	 * @param value the number of the event
	 * @return the time, to the millisecond
	 * @throws ArithmeticException if the value is out of the range of an {@link Instant}
	 */
	static Instant epochTime(BigDecimal value) {
		if (value.abs().compareTo(LARGEST_EPOCH_MILLISECONDS) > 0) {
			throw new ArithmeticException("Epoch time out of range");
		}
		BigDecimal millis = (value.compareTo(LARGEST_PLAUSIBLE_EPOCH_SECONDS) > 0) ? value : value.movePointRight(3);
		return Instant.ofEpochMilli(millis.setScale(0, RoundingMode.FLOOR).longValueExact());
	}

	@Override
	public String toString() {
		return "DynamoRecord{eventName=" + this.eventName + ", table=" + LogText.escape(this.tableName)
				+ ", sequenceNumber=" + LogText.escape(this.sequenceNumber) + "}";
	}

	/**
	 * An image of the record that converts when first read, and keeps the conversion in
	 * the record.
	 */
	private final class ImageView extends AbstractMap<String, AttributeValue> {

		private final boolean newImage;

		ImageView(boolean newImage) {
			this.newImage = newImage;
		}

		private Map<String, AttributeValue> image() {
			return this.newImage ? convertedNewImage() : convertedOldImage();
		}

		@Override
		public Set<Entry<String, AttributeValue>> entrySet() {
			return image().entrySet();
		}

		@Override
		public @Nullable AttributeValue get(@Nullable Object key) {
			return image().get(key);
		}

		@Override
		public boolean containsKey(@Nullable Object key) {
			return image().containsKey(key);
		}

		@Override
		public int size() {
			return image().size();
		}

		@Override
		public boolean isEmpty() {
			return image().isEmpty();
		}

	}

	/**
	 * Builds a {@link DynamoRecord}. The sequence number, the event name and the keys are
	 * required; everything else is optional.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable DynamoEventName eventName;

		private @Nullable String eventVersion;

		private @Nullable String eventSource = "aws:dynamodb";

		private @Nullable String awsRegion;

		private @Nullable String eventSourceArn;

		private @Nullable String tableName;

		private @Nullable String sequenceNumber;

		private @Nullable Instant approximateCreationTime;

		private @Nullable String streamViewType;

		private @Nullable Long sizeBytes;

		private @Nullable String userIdentityType;

		private @Nullable String userIdentityPrincipalId;

		private @Nullable TableSchemaResolver schemas;

		private @Nullable Supplier<Map<String, AttributeValue>> keys;

		private @Nullable Supplier<Map<String, AttributeValue>> newImage;

		private @Nullable Supplier<Map<String, AttributeValue>> oldImage;

		private @Nullable Supplier<DynamodbStreamRecord> raw;

		private Builder() {
		}

		/**
		 * Set the unique identifier of the record ({@code eventID}).
		 * @param eventId the event id
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Set the kind of change ({@code eventName}).
		 * @param eventName the event name
		 * @return this builder
		 */
		public Builder eventName(DynamoEventName eventName) {
			this.eventName = eventName;
			return this;
		}

		/**
		 * Set the version of the record format ({@code eventVersion}).
		 * @param eventVersion the event version
		 * @return this builder
		 */
		public Builder eventVersion(@Nullable String eventVersion) {
			this.eventVersion = eventVersion;
			return this;
		}

		/**
		 * Set the service the record comes from ({@code eventSource});
		 * {@code aws:dynamodb} unless set.
		 * @param eventSource the event source
		 * @return this builder
		 */
		public Builder eventSource(@Nullable String eventSource) {
			this.eventSource = eventSource;
			return this;
		}

		/**
		 * Set the region of the table ({@code awsRegion}).
		 * @param awsRegion the region
		 * @return this builder
		 */
		public Builder awsRegion(@Nullable String awsRegion) {
			this.awsRegion = awsRegion;
			return this;
		}

		/**
		 * Set the ARN of the stream ({@code eventSourceARN}).
		 * @param eventSourceArn the stream ARN
		 * @return this builder
		 */
		public Builder eventSourceArn(@Nullable String eventSourceArn) {
			this.eventSourceArn = eventSourceArn;
			return this;
		}

		/**
		 * Set the logical name of the table, without namespace.
		 * @param tableName the logical table name
		 * @return this builder
		 */
		public Builder tableName(@Nullable String tableName) {
			this.tableName = tableName;
			return this;
		}

		/**
		 * Set the sequence number of the record ({@code dynamodb.SequenceNumber}).
		 * @param sequenceNumber the sequence number
		 * @return this builder
		 */
		public Builder sequenceNumber(String sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * Set the approximate time of the change.
		 * @param approximateCreationTime the time
		 * @return this builder
		 */
		public Builder approximateCreationTime(@Nullable Instant approximateCreationTime) {
			this.approximateCreationTime = approximateCreationTime;
			return this;
		}

		/**
		 * Set the approximate time of the change from the number an event carries
		 * ({@code dynamodb.ApproximateCreationDateTime}): epoch seconds, or epoch
		 * milliseconds, which some sample events carry and which are told apart by their
		 * size.
		 * @param approximateCreationDateTime the number of the event
		 * @return this builder
		 * @throws ArithmeticException if the number is out of the range of an
		 * {@link Instant}
		 */
		public Builder approximateCreationDateTime(@Nullable BigDecimal approximateCreationDateTime) {
			this.approximateCreationTime = (approximateCreationDateTime != null)
					? epochTime(approximateCreationDateTime) : null;
			return this;
		}

		/**
		 * Set the view type of the stream ({@code dynamodb.StreamViewType}).
		 * @param streamViewType the view type, such as {@code NEW_AND_OLD_IMAGES}
		 * @return this builder
		 */
		public Builder streamViewType(@Nullable String streamViewType) {
			this.streamViewType = streamViewType;
			return this;
		}

		/**
		 * Set the size of the record ({@code dynamodb.SizeBytes}).
		 * @param sizeBytes the size in bytes
		 * @return this builder
		 */
		public Builder sizeBytes(@Nullable Long sizeBytes) {
			this.sizeBytes = sizeBytes;
			return this;
		}

		/**
		 * Set who made the change ({@code userIdentity}), which tells removals by Time to
		 * Live apart.
		 * @param type the type of the identity, such as {@code Service}
		 * @param principalId the principal, such as {@code dynamodb.amazonaws.com}
		 * @return this builder
		 */
		public Builder userIdentity(@Nullable String type, @Nullable String principalId) {
			this.userIdentityType = type;
			this.userIdentityPrincipalId = principalId;
			return this;
		}

		/**
		 * Set the table schemas used to map images to user types; a shared
		 * {@link DefaultTableSchemaResolver} unless set.
		 * @param schemas the table schemas
		 * @return this builder
		 */
		public Builder tableSchemas(TableSchemaResolver schemas) {
			this.schemas = schemas;
			return this;
		}

		/**
		 * Set the key attributes of the item.
		 * @param keys the key attributes
		 * @return this builder
		 */
		public Builder keys(Map<String, AttributeValue> keys) {
			Map<String, AttributeValue> copy = unmodifiable(keys);
			return keys(() -> copy);
		}

		/**
		 * Set where the key attributes come from when first read.
		 * @param keys supplies the key attributes, once
		 * @return this builder
		 */
		public Builder keys(Supplier<Map<String, AttributeValue>> keys) {
			this.keys = keys;
			return this;
		}

		/**
		 * Set the item as it appears after the change.
		 * @param newImage the new image, or {@code null} for none
		 * @return this builder
		 */
		public Builder newImage(@Nullable Map<String, AttributeValue> newImage) {
			Map<String, AttributeValue> copy = (newImage != null) ? unmodifiable(newImage) : null;
			return newImage((copy != null) ? () -> copy : null);
		}

		/**
		 * Set where the item as it appears after the change comes from when first read.
		 * @param newImage supplies the new image, once; {@code null} for none
		 * @return this builder
		 */
		public Builder newImage(@Nullable Supplier<Map<String, AttributeValue>> newImage) {
			this.newImage = newImage;
			return this;
		}

		/**
		 * Set the item as it appeared before the change.
		 * @param oldImage the old image, or {@code null} for none
		 * @return this builder
		 */
		public Builder oldImage(@Nullable Map<String, AttributeValue> oldImage) {
			Map<String, AttributeValue> copy = (oldImage != null) ? unmodifiable(oldImage) : null;
			return oldImage((copy != null) ? () -> copy : null);
		}

		/**
		 * Set where the item as it appeared before the change comes from when first read.
		 * @param oldImage supplies the old image, once; {@code null} for none
		 * @return this builder
		 */
		public Builder oldImage(@Nullable Supplier<Map<String, AttributeValue>> oldImage) {
			this.oldImage = oldImage;
			return this;
		}

		/**
		 * Set where {@link DynamoRecord#raw()} comes from when first called; built from
		 * the record's data unless set.
		 * @param raw supplies the record of the Lambda events library, once
		 * @return this builder
		 */
		public Builder raw(Supplier<DynamodbStreamRecord> raw) {
			this.raw = raw;
			return this;
		}

		/**
		 * Build the record.
		 * @return the record
		 * @throws IllegalArgumentException if the sequence number, the event name or the
		 * keys are missing
		 */
		public DynamoRecord build() {
			String sequenceNumber = this.sequenceNumber;
			DynamoEventName eventName = this.eventName;
			Supplier<Map<String, AttributeValue>> keys = this.keys;
			Assert.isTrue(sequenceNumber != null && !sequenceNumber.isEmpty(), "A sequence number is required");
			Assert.notNull(eventName, "An event name is required");
			Assert.notNull(keys, "Keys are required");
			return new DynamoRecord(this, sequenceNumber, eventName, keys);
		}

		private static Map<String, AttributeValue> unmodifiable(Map<String, AttributeValue> attributes) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
		}

	}

}
