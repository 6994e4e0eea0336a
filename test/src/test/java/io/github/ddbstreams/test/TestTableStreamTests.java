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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.test.Items.Customer;
import io.github.ddbstreams.test.Items.ImmutableCustomer;
import io.github.ddbstreams.test.Items.OrderLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link TestTableStream} and {@link StreamRecordBuilder}: records of every
 * event name and view type, from typed items and attribute maps.
 */
class TestTableStreamTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00.750Z");

	private final TestTableStream customers = TestTableStream.of("customers")
		.namespace("demo-dev")
		.partitionKey("id")
		.clock(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void insertOfARecordCarriesItsAttributesAsNewImageAndItsKey() {
		DynamoRecord record = this.customers.insert(new Customer("id-1", "Ada", Set.of("vip"))).toDynamoRecord();
		assertThat(record.eventName()).isEqualTo(DynamoEventName.INSERT);
		assertThat(record.tableName()).isEqualTo("customers");
		assertThat(record.keys()).containsExactly(Map.entry("id", AttributeValue.fromS("id-1")));
		assertThat(record.newImage()).containsExactly(Map.entry("id", AttributeValue.fromS("id-1")),
				Map.entry("Name", AttributeValue.fromS("Ada")),
				Map.entry("tags", AttributeValue.fromSs(List.of("vip"))));
		assertThat(record.newImage(Customer.class)).isEqualTo(new Customer("id-1", "Ada", Set.of("vip")));
		assertThat(record.hasOldImage()).isFalse();
		assertThat(record.isTimeToLiveDelete()).isFalse();
	}

	@Test
	void leavesNullPropertiesOutOfTheImageAsDynamoDbDoes() {
		DynamoRecord record = this.customers.insert(new Customer("id-1", null, null)).toDynamoRecord();
		assertThat(record.newImage()).containsOnlyKeys("id");
		assertThat(record.newImage(Customer.class)).isEqualTo(new Customer("id-1", null, null));
	}

	@Test
	void takesTheKeysOfABeanFromItsTableSchema() {
		TestTableStream lines = TestTableStream.of("order-lines");
		OrderLine before = OrderLine.of("order-1", 2, "tea", new BigDecimal("3.50"));
		OrderLine after = OrderLine.of("order-1", 2, "tea", new BigDecimal("2.95"));
		DynamoRecord record = lines.modify(before, after).toDynamoRecord();
		assertThat(record.keys()).containsExactly(Map.entry("orderId", AttributeValue.fromS("order-1")),
				Map.entry("line", AttributeValue.fromN("2")));
		assertThat(record.newImage(OrderLine.class).getPrice()).isEqualByComparingTo("2.95");
		assertThat(record.oldImage(OrderLine.class).getPrice()).isEqualByComparingTo("3.50");
		assertThat(record.tableName()).isEqualTo("order-lines");
	}

	@Test
	void takesTheKeyOfAnImmutableFromItsTableSchema() {
		DynamoRecord record = TestTableStream.of("customers")
			.remove(ImmutableCustomer.of("id-7", "Grace"))
			.toDynamoRecord();
		assertThat(record.eventName()).isEqualTo(DynamoEventName.REMOVE);
		assertThat(record.keys()).containsExactly(Map.entry("id", AttributeValue.fromS("id-7")));
		assertThat(record.oldImage(ImmutableCustomer.class).name()).isEqualTo("Grace");
		assertThat(record.hasNewImage()).isFalse();
	}

	@Test
	void namedKeysWinOverTheTableSchema() {
		DynamoRecord record = TestTableStream.of("orders")
			.partitionKey("product")
			.insert(OrderLine.of("order-1", 1, "tea", null))
			.toDynamoRecord();
		assertThat(record.keys()).containsExactly(Map.entry("product", AttributeValue.fromS("tea")));
	}

	@Test
	void buildsRecordsOfAttributeMaps() {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("pk", AttributeValue.fromS("a"));
		item.put("sk", AttributeValue.fromN("1"));
		item.put("data", AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromUtf8String("x")));
		DynamoRecord record = TestTableStream.of("raw").partitionKey("pk").sortKey("sk").insert(item).toDynamoRecord();
		assertThat(record.keys()).containsExactly(Map.entry("pk", AttributeValue.fromS("a")),
				Map.entry("sk", AttributeValue.fromN("1")));
		assertThat(record.newImage()).isEqualTo(item);
	}

	@Test
	void refusesAnItemWithoutKnownKeyAttributes() {
		TestTableStream stream = TestTableStream.of("customers");
		assertThatIllegalStateException().isThrownBy(() -> stream.insert(new Customer("id-1", "Ada", null)))
			.withMessageContaining("The key attributes of table 'customers' are unknown: name them with partitionKey");
		assertThatIllegalStateException().isThrownBy(() -> stream.insert(Map.of("id", AttributeValue.fromS("a"))))
			.withMessageContaining("The key attributes of table 'customers' are unknown");
	}

	@Test
	void refusesAnItemWithoutItsKeyAttribute() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.customers.insert(Map.of("name", AttributeValue.fromS("Ada"))))
			.withMessage("Item of table 'customers' has no partition key attribute 'id'; its attributes: [name]");
	}

	@Test
	void refusesAMapThatIsNotOfAttributeValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.customers.insert((Object) Map.of("id", "id-1")))
			.withMessage("An item given as a map must be a Map<String, AttributeValue>");
	}

	@Test
	void refusesItemsTheEventNameDoesNotHave() {
		Customer ada = new Customer("id-1", "Ada", null);
		assertThatIllegalArgumentException().isThrownBy(() -> this.customers.record(DynamoEventName.INSERT, ada, ada))
			.withMessage("INSERT records have no item before the change");
		assertThatIllegalArgumentException().isThrownBy(() -> this.customers.record(DynamoEventName.MODIFY, null, ada))
			.withMessage("MODIFY records need the item before the change");
		assertThatIllegalArgumentException().isThrownBy(() -> this.customers.record(DynamoEventName.REMOVE, ada, ada))
			.withMessage("REMOVE records have no item after the change");
	}

	@ParameterizedTest
	@EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
	void carriesTheImagesOfTheViewTypeForEveryEventName(StreamViewType viewType) {
		Customer before = new Customer("id-1", "Ada", null);
		Customer after = new Customer("id-1", "Grace", null);
		this.customers.viewType(viewType);
		boolean newImages = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
		boolean oldImages = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
		StreamEventBuilder event = this.customers.event()
			.insert(after)
			.modify(before, after)
			.remove(before)
			.timeToLiveDelete(before);
		List<DynamoRecord> records = event.toDynamoRecords();
		List<JsonNode> changes = records(event).stream().map((record) -> record.get("dynamodb")).toList();
		assertThat(records).extracting(DynamoRecord::eventName)
			.containsExactly(DynamoEventName.INSERT, DynamoEventName.MODIFY, DynamoEventName.REMOVE,
					DynamoEventName.REMOVE);
		assertThat(records).extracting(DynamoRecord::hasNewImage).containsExactly(newImages, newImages, false, false);
		assertThat(records).extracting(DynamoRecord::hasOldImage)
			.containsExactly(false, oldImages, oldImages, oldImages);
		assertThat(changes).extracting((change) -> change.has("NewImage"))
			.containsExactly(newImages, newImages, false, false);
		assertThat(changes).extracting((change) -> change.has("OldImage"))
			.containsExactly(false, oldImages, oldImages, oldImages);
		assertThat(records).allSatisfy((record) -> {
			assertThat(record.keys()).containsExactly(Map.entry("id", AttributeValue.fromS("id-1")));
			assertThat(record.streamViewType()).isEqualTo(viewType);
		});
		assertThat(changes).allSatisfy((change) -> {
			assertThat(change.get("Keys").toString()).isEqualTo("{\"id\":{\"S\":\"id-1\"}}");
			assertThat(change.get("StreamViewType").asString()).isEqualTo(viewType.toString());
		});
		if (newImages) {
			assertThat(records.get(1).newImage(Customer.class)).isEqualTo(after);
		}
		if (oldImages) {
			assertThat(records.get(1).oldImage(Customer.class)).isEqualTo(before);
		}
	}

	@Test
	void marksTimeToLiveDeletionsWithTheIdentityOfDynamoDb() {
		Customer ada = new Customer("id-1", "Ada", null);
		StreamEventBuilder event = this.customers.event().remove(ada).timeToLiveDelete(ada);
		assertThat(event.toDynamoRecords()).extracting(DynamoRecord::isTimeToLiveDelete).containsExactly(false, true);
		List<JsonNode> records = records(event);
		assertThat(records.get(0).has("userIdentity")).isFalse();
		assertThat(records.get(1).get("eventName").asString()).isEqualTo("REMOVE");
		assertThat(records.get(1).get("userIdentity").toString())
			.isEqualTo("{\"principalId\":\"dynamodb.amazonaws.com\",\"type\":\"Service\"}");
	}

	@Test
	void numbersTheRecordsOfAStreamInIncreasingOrder() {
		Customer ada = new Customer("id-1", "Ada", null);
		StreamRecordBuilder first = this.customers.insert(ada);
		StreamEventBuilder event = this.customers.event().modify(ada, ada).remove(ada);
		assertThat(first.sequenceNumber()).isEqualTo(TestTableStream.DEFAULT_FIRST_SEQUENCE_NUMBER)
			.isEqualTo("100000000000000000001");
		assertThat(event.sequenceNumbers()).containsExactly("100000000000000000002", "100000000000000000003");
		assertThat(this.customers.nextSequenceNumber("99999999999999999999").insert(ada).sequenceNumber())
			.isEqualTo("99999999999999999999");
		assertThat(this.customers.insert(ada).sequenceNumber()).isEqualTo("100000000000000000000");
		assertThat(this.customers.insert(ada).sequenceNumber(" 42").sequenceNumber()).isEqualTo(" 42");
	}

	@Test
	void refusesAnAccountThatNoStreamArnCarries() {
		assertThatIllegalArgumentException().isThrownBy(() -> TestTableStream.of("test-table").account("1"))
			.withMessage("'account' must be the 12 digits of an AWS account id, as in the eventSourceARN of a real"
					+ " stream (the function rejects any other), not '1'");
	}

	@Test
	void namesTheStreamOfTheNamespacedTable() {
		TestTableStream stream = TestTableStream.of("test-table")
			.namespace("demo-dev")
			.region("eu-central-1")
			.account("111122223333")
			.streamCreationTime(Instant.parse("2026-11-21T08:30:15.123Z"));
		assertThat(stream.streamArn()).isEqualTo(
				"arn:aws:dynamodb:eu-central-1:111122223333:table/demo-dev_test-table/stream/2026-11-21T08:30:15.123");
		assertThat(stream.physicalTableName()).isEqualTo("demo-dev_test-table");
		assertThat(stream.tableName()).isEqualTo("test-table");
		DynamoRecord record = stream.partitionKey("id")
			.insert(Map.of("id", AttributeValue.fromS("a")))
			.toDynamoRecord();
		assertThat(record.eventSourceArn()).isEqualTo(stream.streamArn());
		assertThat(record.awsRegion()).isEqualTo("eu-central-1");
		assertThat(record.tableName()).isEqualTo("test-table");
	}

	@Test
	void namesTheStreamWithTheDefaults() {
		assertThat(TestTableStream.of("test-table").streamArn())
			.isEqualTo("arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2026-01-01T00:00:00.000");
	}

	@Test
	void namesStreamsInOtherPartitions() {
		assertThat(TestTableStream.of("t").region("cn-north-1").streamArn())
			.startsWith("arn:aws-cn:dynamodb:cn-north-1:");
		assertThat(TestTableStream.of("t").region("us-gov-west-1").streamArn())
			.startsWith("arn:aws-us-gov:dynamodb:us-gov-west-1:");
	}

	@Test
	void takesTheTableRegionAccountAndLabelFromAnArn() {
		String streamArn = "arn:aws:dynamodb:eu-west-1:111122223333:table/demo-dev_orders/stream/2025-01-02T03:04:05.678";
		TestTableStream stream = TestTableStream.of(streamArn).namespace("demo-dev");
		assertThat(stream.streamArn()).isEqualTo(streamArn);
		assertThat(stream.region()).isEqualTo("eu-west-1");
		assertThat(stream.tableName()).isEqualTo("orders");
		assertThat(TestTableStream.of("arn:aws:dynamodb:eu-west-1:111122223333:table/orders").streamArn())
			.isEqualTo("arn:aws:dynamodb:eu-west-1:111122223333:table/orders/stream/2026-01-01T00:00:00.000");
		assertThatIllegalArgumentException().isThrownBy(() -> TestTableStream.of("arn:aws:sqs:eu-west-1:1:queue"))
			.withMessage("'arn:aws:sqs:eu-west-1:1:queue' is not the ARN of a DynamoDB table or stream");
	}

	@Test
	void timesTheRecordsWithTheClockInWholeSeconds() {
		StreamRecordBuilder record = this.customers.insert(new Customer("id-1", "Ada", null));
		assertThat(record.toDynamoRecord().approximateCreationTime()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
		JsonNode created = json.readTree(record.toJson()).get("dynamodb").get("ApproximateCreationDateTime");
		assertThat(created.isIntegralNumber()).isTrue();
		assertThat(created.asLong()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z").getEpochSecond());
		record.approximateCreationTime(Instant.parse("2026-11-21T12:00:01.234567Z"));
		assertThat(record.toDynamoRecord().approximateCreationTime())
			.isEqualTo(Instant.parse("2026-11-21T12:00:01.234Z"));
		assertThat(json.readTree(record.toJson()).get("dynamodb").get("ApproximateCreationDateTime").decimalValue())
			.isEqualByComparingTo("1795262401.234");
	}

	@Test
	void derivesDistinctEventIdsFromStreamAndSequenceNumber() {
		Customer ada = new Customer("id-1", "Ada", null);
		String first = this.customers.insert(ada).toDynamoRecord().eventId();
		String second = this.customers.insert(ada).toDynamoRecord().eventId();
		assertThat(first).matches("[0-9a-f]{32}").isNotEqualTo(second);
		assertThat(TestTableStream.of("customers")
			.namespace("demo-dev")
			.partitionKey("id")
			.insert(ada)
			.toDynamoRecord()
			.eventId()).isEqualTo(first);
		assertThat(this.customers.insert(ada).eventId("mine").toDynamoRecord().eventId()).isEqualTo("mine");
	}

	@Test
	void estimatesTheSizeOfRecordsByTheRulesOfDynamoDb() {
		Map<String, AttributeValue> inserted = new LinkedHashMap<>();
		inserted.put("Message", AttributeValue.fromS("New item!"));
		inserted.put("Id", AttributeValue.fromN("101"));
		Map<String, AttributeValue> modified = new LinkedHashMap<>(inserted);
		modified.put("Message", AttributeValue.fromS("This item has changed"));
		TestTableStream stream = TestTableStream.of("t").partitionKey("Id");
		assertThat(stream.event().insert(inserted).modify(inserted, modified).remove(modified).toDynamoRecords())
			.extracting(DynamoRecord::sizeBytes)
			.containsExactly(26L, 59L, 38L);
		assertThat(stream.insert(inserted).sizeBytes(7).toDynamoRecord().sizeBytes()).isEqualTo(7L);
	}

	@Test
	void writesTheRecordsOfTheSamCliSampleEventExactly() {
		List<JsonNode> expected = StreamEvents.records("sam-cli__generate-event_dynamodb_update.json");
		Map<String, AttributeValue> inserted = new LinkedHashMap<>();
		inserted.put("Message", AttributeValue.fromS("New item!"));
		inserted.put("Id", AttributeValue.fromN("101"));
		Map<String, AttributeValue> modified = new LinkedHashMap<>(inserted);
		modified.put("Message", AttributeValue.fromS("This item has changed"));
		TestTableStream stream = TestTableStream
			.of("arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899")
			.partitionKey("Id")
			.nextSequenceNumber("4421584500000000017450439091")
			.clock(Clock.fixed(Instant.ofEpochSecond(1428537600), ZoneOffset.UTC));
		StreamEventBuilder event = stream.event()
			.record(stream.insert(inserted).eventId("c4ca4238a0b923820dcc509a6f75849b"),
					stream.modify(inserted, modified).eventId("c81e728d9d4c2f636f067f89cc14862c"),
					stream.remove(modified).eventId("eccbc87e4b5ce2fe28308fd9f2a7baf3"));
		assertThat(records(event)).isEqualTo(expected);
		assertThat(StreamEvents.decode(event.toBytes()))
			.isEqualTo(StreamEvents.fixture("sam-cli__generate-event_dynamodb_update.json"));
	}

	@Test
	void writesTheFieldsInTheOrderLambdaSendsThem() {
		JsonNode record = records(this.customers.event().timeToLiveDelete(new Customer("id-1", "Ada", null))).get(0);
		assertThat(record.propertyNames()).containsExactly("eventID", "eventName", "eventVersion", "eventSource",
				"awsRegion", "dynamodb", "eventSourceARN", "userIdentity");
		assertThat(record.get("dynamodb").propertyNames()).containsExactly("ApproximateCreationDateTime", "Keys",
				"OldImage", "SequenceNumber", "SizeBytes", "StreamViewType");
		assertThat(record.get("eventVersion").asString()).isEqualTo("1.1");
		assertThat(record.get("eventSource").asString()).isEqualTo("aws:dynamodb");
		assertThat(record.get("awsRegion").asString()).isEqualTo("us-east-1");
	}

	@Test
	void writesOneRecordAsTheElementOfTheRecordsOfTheEvent() {
		StreamRecordBuilder record = this.customers.insert(new Customer("id-1", "Ada", null));
		assertThat(json.readTree(record.toJson())).isEqualTo(records(this.customers.event().record(record)).get(0));
		assertThat(record.toSdkRecord().dynamodb().sequenceNumber()).isEqualTo(record.sequenceNumber());
		assertThat(record.toSdkRecord().eventNameAsString()).isEqualTo("INSERT");
	}

	private static List<JsonNode> records(StreamEventBuilder event) {
		JsonNode tree = json.readTree(event.toBytes());
		assertThat(tree.propertyNames()).containsExactly("Records");
		return tree.get("Records").valueStream().toList();
	}

}
