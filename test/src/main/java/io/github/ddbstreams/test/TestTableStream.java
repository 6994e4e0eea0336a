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

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.util.Assert;

/**
 * The stream of one DynamoDB table, as the source of the records and events of a test:
 * records of inserts, modifications, removals and Time to Live deletions of typed items
 * or attribute maps, as DynamoDB Streams would write them and Lambda would send them.
 * <pre class="code">
 * TestTableStream customers = TestTableStream.of("customers").namespace("demo-dev").partitionKey("id");
 * DynamoRecord record = customers.insert(new Customer("id-1", "Ada")).toDynamoRecord();
 * byte[] event = customers.event().insert(ada).modify(ada, grace).remove(grace).toBytes();
 * </pre>
 * <p>
 * Typed items become attribute maps through their Enhanced Client {@link TableSchema}
 * ({@code @DynamoDbBean}, {@code @DynamoDbImmutable}, Java records, or the schemas of
 * {@link #tableSchemas(TableSchemaResolver)}), leaving {@code null} properties out as
 * DynamoDB does, in the order of the schema's attributes. The keys of a record are the
 * key attributes of its item: those named with {@link #partitionKey(String)} and
 * {@link #sortKey(String)}, or else those the item's table schema declares
 * ({@code @DynamoDbPartitionKey}, {@code @DynamoDbSortKey}). A record carries the images
 * its stream view type ({@code NEW_AND_OLD_IMAGES} unless set) carries, and no other.
 * <p>
 * Each record gets the next sequence number of the stream (strictly increasing, 21
 * digits), the time of the stream's clock in whole seconds as approximate creation time,
 * an event id derived from its stream and sequence number, and the stream ARN
 * {@code arn:aws:dynamodb:<region>:<account>:table/<namespaced name>/stream/<creation time>}
 * (region {@code us-east-1}, account {@code 123456789012}, stream created
 * {@code 2026-01-01T00:00:00.000} unless set). Settings apply to the records created
 * after them. Instances are not thread-safe.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see StreamRecordBuilder
 * @see StreamEventBuilder
 */
public final class TestTableStream {

	/**
	 * The region of a stream unless set.
	 */
	public static final String DEFAULT_REGION = "us-east-1";

	/**
	 * The AWS account of a stream unless set.
	 */
	public static final String DEFAULT_ACCOUNT = "123456789012";

	/**
	 * The creation time of a stream unless set, which is the label of its ARN.
	 */
	public static final Instant DEFAULT_CREATION_TIME = Instant.parse("2026-01-01T00:00:00Z");

	/**
	 * The sequence number of the first record of a stream unless set.
	 */
	public static final String DEFAULT_FIRST_SEQUENCE_NUMBER = "100000000000000000001";

	private static final DateTimeFormatter STREAM_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private static final TableSchemaResolver DEFAULT_SCHEMAS = new DefaultTableSchemaResolver();

	private final String table;

	private final boolean namedByArn;

	private TableNamespace namespace = TableNamespace.NONE;

	private String region = DEFAULT_REGION;

	private String account = DEFAULT_ACCOUNT;

	private String streamLabel = STREAM_LABEL.format(DEFAULT_CREATION_TIME);

	private StreamViewType viewType = StreamViewType.NEW_AND_OLD_IMAGES;

	private @Nullable String partitionKey;

	private @Nullable String sortKey;

	private TableSchemaResolver schemas = DEFAULT_SCHEMAS;

	private Clock clock = Clock.systemUTC();

	private BigInteger nextSequenceNumber = new BigInteger(DEFAULT_FIRST_SEQUENCE_NUMBER);

	private TestTableStream(String table, boolean namedByArn) {
		this.table = table;
		this.namedByArn = namedByArn;
	}

	/**
	 * Return the stream of a table.
	 * @param table the logical name of the table (the namespace, when set, is applied to
	 * it), or the ARN of the table or of one of its streams (which names the table in
	 * DynamoDB and sets the region, the account and, for a stream ARN, its label)
	 * @return the stream
	 */
	public static TestTableStream of(String table) {
		Assert.hasText(table, "'table' must not be empty");
		if (!DynamoDbArn.isArn(table)) {
			return new TestTableStream(table, false);
		}
		String tableName = DynamoDbArn.tableNameOf(table);
		String[] parts = table.split(":", 6);
		Assert.isTrue(tableName != null && parts.length == 6 && "dynamodb".equals(parts[2]),
				() -> "'" + table + "' is not the ARN of a DynamoDB table or stream");
		TestTableStream stream = new TestTableStream(tableName, true).region(parts[3]).account(parts[4]);
		String label = DynamoDbArn.streamLabelOf(table);
		if (label != null) {
			stream.streamLabel = label;
		}
		return stream;
	}

	/**
	 * Set the namespace of the table, joined to its name with {@code _}: with namespace
	 * {@code demo-dev}, table {@code test-table} is {@code demo-dev_test-table} in
	 * DynamoDB, as with {@code dynamodb.streams.table-namespace=demo-dev}.
	 * @param namespace the namespace, empty for none
	 * @return this stream
	 */
	public TestTableStream namespace(String namespace) {
		return namespace(new TableNamespace(namespace, "_"));
	}

	/**
	 * Set the namespace of the table.
	 * @param namespace the namespace and its separator
	 * @return this stream
	 */
	public TestTableStream namespace(TableNamespace namespace) {
		this.namespace = namespace;
		return this;
	}

	/**
	 * Set the AWS region of the table.
	 * @param region the region, such as {@code eu-central-1}
	 * @return this stream
	 */
	public TestTableStream region(String region) {
		Assert.hasText(region, "'region' must not be empty");
		this.region = region;
		return this;
	}

	/**
	 * Set the AWS account of the table.
	 * @param account the account id
	 * @return this stream
	 */
	public TestTableStream account(String account) {
		Assert.isTrue(account.matches("[0-9]{12}"),
				() -> "'account' must be the 12 digits of an AWS account id, as in the eventSourceARN of a real stream"
						+ " (the function rejects any other), not '" + account + "'");
		this.account = account;
		return this;
	}

	/**
	 * Set when the stream was created, which is the label at the end of its ARN.
	 * @param creationTime the creation time, written to the millisecond
	 * @return this stream
	 */
	public TestTableStream streamCreationTime(Instant creationTime) {
		this.streamLabel = STREAM_LABEL.format(creationTime);
		return this;
	}

	/**
	 * Set what the stream carries for each change, which decides the images of its
	 * records.
	 * @param viewType the stream view type
	 * @return this stream
	 */
	public TestTableStream viewType(StreamViewType viewType) {
		Assert.isTrue(viewType != StreamViewType.UNKNOWN_TO_SDK_VERSION, "'viewType' must be a known view type");
		this.viewType = viewType;
		return this;
	}

	/**
	 * Set the name of the partition key attribute of the table.
	 * @param attributeName the attribute name
	 * @return this stream
	 */
	public TestTableStream partitionKey(String attributeName) {
		Assert.hasText(attributeName, "'attributeName' must not be empty");
		this.partitionKey = attributeName;
		return this;
	}

	/**
	 * Set the name of the sort key attribute of the table.
	 * @param attributeName the attribute name, or {@code null} for a table without sort
	 * key
	 * @return this stream
	 */
	public TestTableStream sortKey(@Nullable String attributeName) {
		this.sortKey = attributeName;
		return this;
	}

	/**
	 * Set the table schemas that turn typed items into attribute maps and that the
	 * records' {@code newImage(Class)} and {@code oldImage(Class)} map them back with,
	 * such as the application's {@code TableSchemaResolver} bean; a
	 * {@link DefaultTableSchemaResolver} unless set.
	 * @param schemas the table schemas
	 * @return this stream
	 */
	public TestTableStream tableSchemas(TableSchemaResolver schemas) {
		this.schemas = schemas;
		return this;
	}

	/**
	 * Set the clock of the approximate creation times of the records; the system clock
	 * unless set.
	 * @param clock the clock
	 * @return this stream
	 */
	public TestTableStream clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Set the sequence number of the next record; the numbers of the records after it
	 * increase by one.
	 * @param sequenceNumber a positive whole number
	 * @return this stream
	 */
	public TestTableStream nextSequenceNumber(String sequenceNumber) {
		BigInteger next = new BigInteger(sequenceNumber);
		Assert.isTrue(next.signum() > 0, "'sequenceNumber' must be positive");
		this.nextSequenceNumber = next;
		return this;
	}

	/**
	 * Return the logical name of the table, as listeners see it in
	 * {@code DynamoRecord.tableName()}.
	 * @return the table name without namespace
	 */
	public String tableName() {
		return this.namespace.logicalName(physicalTableName());
	}

	/**
	 * Return the name of the table in DynamoDB.
	 * @return the table name with namespace
	 */
	public String physicalTableName() {
		return this.namedByArn ? this.table : this.namespace.physicalName(this.table);
	}

	/**
	 * Return the ARN of the stream, the {@code eventSourceARN} of its records.
	 * @return the stream ARN
	 */
	public String streamArn() {
		return "arn:" + partition() + ":dynamodb:" + this.region + ":" + this.account + ":table/" + physicalTableName()
				+ "/stream/" + this.streamLabel;
	}

	/**
	 * Return the AWS region of the table.
	 * @return the region
	 */
	public String region() {
		return this.region;
	}

	/**
	 * Return what the stream carries for each change.
	 * @return the stream view type
	 */
	public StreamViewType viewType() {
		return this.viewType;
	}

	/**
	 * Return the table schemas of the stream's items.
	 * @return the table schemas
	 */
	public TableSchemaResolver tableSchemas() {
		return this.schemas;
	}

	/**
	 * Return a new event of this stream, to add records to.
	 * @return an event without records
	 */
	public StreamEventBuilder event() {
		return new StreamEventBuilder(this);
	}

	/**
	 * Return the record of an item put into the table where it was absent.
	 * @param newItem the item as put: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return the record ({@code INSERT})
	 */
	public StreamRecordBuilder insert(Object newItem) {
		return record(DynamoEventName.INSERT, null, newItem);
	}

	/**
	 * Return the record of an item put into the table where it was absent.
	 * @param newItem the attributes of the item as put
	 * @return the record ({@code INSERT})
	 */
	public StreamRecordBuilder insert(Map<String, AttributeValue> newItem) {
		return record(DynamoEventName.INSERT, null, newItem);
	}

	/**
	 * Return the record of a change of an item.
	 * @param oldItem the item before the change: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @param newItem the item after the change, of the same kind
	 * @return the record ({@code MODIFY})
	 */
	public StreamRecordBuilder modify(Object oldItem, Object newItem) {
		return record(DynamoEventName.MODIFY, oldItem, newItem);
	}

	/**
	 * Return the record of a change of an item.
	 * @param oldItem the attributes of the item before the change
	 * @param newItem the attributes of the item after the change
	 * @return the record ({@code MODIFY})
	 */
	public StreamRecordBuilder modify(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
		return record(DynamoEventName.MODIFY, oldItem, newItem);
	}

	/**
	 * Return the record of an item deleted by a request.
	 * @param oldItem the item before the deletion: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return the record ({@code REMOVE})
	 */
	public StreamRecordBuilder remove(Object oldItem) {
		return record(DynamoEventName.REMOVE, oldItem, null);
	}

	/**
	 * Return the record of an item deleted by a request.
	 * @param oldItem the attributes of the item before the deletion
	 * @return the record ({@code REMOVE})
	 */
	public StreamRecordBuilder remove(Map<String, AttributeValue> oldItem) {
		return record(DynamoEventName.REMOVE, oldItem, null);
	}

	/**
	 * Return the record of an item that DynamoDB deleted because its Time to Live
	 * expired: a removal whose user identity is the DynamoDB service (type
	 * {@code Service}, principal {@code dynamodb.amazonaws.com}).
	 * @param oldItem the item before the deletion: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return the record ({@code REMOVE})
	 */
	public StreamRecordBuilder timeToLiveDelete(Object oldItem) {
		return remove(oldItem).userIdentity(StreamRecordBuilder.TIME_TO_LIVE_IDENTITY_TYPE,
				StreamRecordBuilder.TIME_TO_LIVE_PRINCIPAL);
	}

	/**
	 * Return the record of an item that DynamoDB deleted because its Time to Live
	 * expired.
	 * @param oldItem the attributes of the item before the deletion
	 * @return the record ({@code REMOVE})
	 */
	public StreamRecordBuilder timeToLiveDelete(Map<String, AttributeValue> oldItem) {
		return timeToLiveDelete((Object) oldItem);
	}

	/**
	 * Return the record of a change.
	 * @param eventName the kind of change
	 * @param oldItem the item before the change (a typed item or a
	 * {@code Map<String, AttributeValue>}), {@code null} for an insert
	 * @param newItem the item after the change, {@code null} for a removal
	 * @return the record
	 * @throws IllegalArgumentException if an item the event name needs is missing, or one
	 * it does not have is given
	 */
	public StreamRecordBuilder record(DynamoEventName eventName, @Nullable Object oldItem, @Nullable Object newItem) {
		Assert.isTrue((oldItem != null) == (eventName != DynamoEventName.INSERT), () -> eventName + " records "
				+ ((oldItem != null) ? "have no item" : "need the item") + " before the change");
		Assert.isTrue((newItem != null) == (eventName != DynamoEventName.REMOVE), () -> eventName + " records "
				+ ((newItem != null) ? "have no item" : "need the item") + " after the change");
		Map<String, AttributeValue> oldImage = (oldItem != null) ? attributes(oldItem) : null;
		Map<String, AttributeValue> newImage = (newItem != null) ? attributes(newItem) : null;
		Object keyItem = (newItem != null) ? newItem : oldItem;
		Map<String, AttributeValue> keys = keys(keyItem, (newImage != null) ? newImage : oldImage);
		String sequenceNumber = this.nextSequenceNumber.toString();
		this.nextSequenceNumber = this.nextSequenceNumber.add(BigInteger.ONE);
		return new StreamRecordBuilder(this, eventName, sequenceNumber,
				this.clock.instant().truncatedTo(ChronoUnit.SECONDS), keys, carriesNewImage() ? newImage : null,
				carriesOldImage() ? oldImage : null);
	}

	private boolean carriesNewImage() {
		return this.viewType == StreamViewType.NEW_IMAGE || this.viewType == StreamViewType.NEW_AND_OLD_IMAGES;
	}

	private boolean carriesOldImage() {
		return this.viewType == StreamViewType.OLD_IMAGE || this.viewType == StreamViewType.NEW_AND_OLD_IMAGES;
	}

	@SuppressWarnings("unchecked")
	private Map<String, AttributeValue> attributes(Object item) {
		if (item instanceof Map<?, ?> map) {
			map.forEach((name, value) -> Assert.isTrue(name instanceof String && value instanceof AttributeValue,
					"An item given as a map must be a Map<String, AttributeValue>"));
			return new LinkedHashMap<>((Map<String, AttributeValue>) map);
		}
		TableSchema<Object> schema = schema(item);
		Map<String, AttributeValue> attributes = schema.itemToMap(item, true);
		Map<String, AttributeValue> ordered = new LinkedHashMap<>();
		for (String name : schema.attributeNames()) {
			AttributeValue value = attributes.get(name);
			if (value != null) {
				ordered.put(name, value);
			}
		}
		attributes.forEach(ordered::putIfAbsent);
		return ordered;
	}

	@SuppressWarnings("unchecked")
	private <T> TableSchema<T> schema(T item) {
		return this.schemas.resolve((Class<T>) item.getClass());
	}

	private Map<String, AttributeValue> keys(@Nullable Object item, @Nullable Map<String, AttributeValue> image) {
		Assert.state(item != null && image != null, "A record needs an item");
		String partitionKey = this.partitionKey;
		String sortKey = this.sortKey;
		if (partitionKey == null && !(item instanceof Map<?, ?>)) {
			TableMetadata metadata = schema(item).tableMetadata();
			try {
				partitionKey = metadata.primaryPartitionKey();
				sortKey = metadata.primarySortKey().orElse(null);
			}
			catch (IllegalArgumentException ex) {
				partitionKey = null;
			}
		}
		Assert.state(partitionKey != null,
				() -> "The key attributes of table '" + this.table + "' are unknown: name them with partitionKey(...)"
						+ " (and sortKey(...)) of its TestTableStream, or annotate the item type's key properties"
						+ " with @DynamoDbPartitionKey (and @DynamoDbSortKey)");
		Map<String, AttributeValue> keys = new LinkedHashMap<>();
		keys.put(partitionKey, keyAttribute(image, partitionKey, "partition"));
		if (sortKey != null) {
			keys.put(sortKey, keyAttribute(image, sortKey, "sort"));
		}
		return keys;
	}

	private AttributeValue keyAttribute(Map<String, AttributeValue> image, String name, String kind) {
		AttributeValue value = image.get(name);
		Assert.isTrue(value != null, () -> "Item of table '" + this.table + "' has no " + kind + " key attribute '"
				+ name + "'; its attributes: " + image.keySet());
		return value;
	}

	private String partition() {
		if (this.region.startsWith("cn-")) {
			return "aws-cn";
		}
		if (this.region.startsWith("us-gov-")) {
			return "aws-us-gov";
		}
		return "aws";
	}

	@Override
	public String toString() {
		return "TestTableStream{" + streamArn() + ", " + this.viewType + "}";
	}

}
