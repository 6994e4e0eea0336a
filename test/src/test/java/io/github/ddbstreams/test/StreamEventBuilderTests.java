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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.test.Items.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamEventBuilder}: events that the starter's decoder reads back into
 * the very records the builders make without JSON.
 */
class StreamEventBuilderTests {

	private final DefaultTableSchemaResolver schemas = new DefaultTableSchemaResolver();

	private final StreamEventDecoder decoder = new StreamEventDecoder(new TableNamespace("demo-dev", "_"),
			this.schemas);

	@ParameterizedTest
	@EnumSource(value = StreamViewType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
	void decodesIntoTheRecordsBuiltWithoutJsonForEveryEventNameAndViewType(StreamViewType viewType) {
		TestTableStream stream = TestTableStream.of("test-table")
			.namespace("demo-dev")
			.region("eu-central-1")
			.account("111122223333")
			.streamCreationTime(Instant.parse("2026-11-21T08:30:15.123Z"))
			.partitionKey("pk")
			.sortKey("sk")
			.viewType(viewType)
			.tableSchemas(this.schemas);
		Map<String, AttributeValue> before = everyType("before");
		Map<String, AttributeValue> after = everyType("after");
		StreamEventBuilder event = stream.event()
			.insert(after)
			.modify(before, after)
			.remove(before)
			.timeToLiveDelete(before)
			.record(stream.insert(after).approximateCreationTime(Instant.parse("2026-11-21T08:31:00.456Z")));
		List<DynamoRecord> decoded = this.decoder.decode(event.toBytes());
		List<DynamoRecord> built = event.toDynamoRecords();
		assertThat(decoded).hasSameSizeAs(built).hasSize(5);
		for (int i = 0; i < built.size(); i++) {
			assertSameRecord(decoded.get(i), built.get(i));
		}
	}

	@Test
	void decodesTypedItemsIntoTheSameItems() {
		TestTableStream stream = TestTableStream.of("customers").namespace("demo-dev").partitionKey("id");
		Customer ada = new Customer("id-1", "Ada", java.util.Set.of("vip", "early"));
		Customer grace = new Customer("id-1", "Grace", null);
		StreamEventBuilder event = stream.event().insert(ada).modify(ada, grace);
		List<DynamoRecord> decoded = this.decoder.decode(event.toBytes());
		assertThat(decoded.get(0).newImage(Customer.class)).isEqualTo(ada);
		assertThat(decoded.get(1).oldImage(Customer.class)).isEqualTo(ada);
		assertThat(decoded.get(1).newImage(Customer.class)).isEqualTo(grace);
		assertThat(decoded.get(1).tableName()).isEqualTo("customers");
		for (int i = 0; i < decoded.size(); i++) {
			assertSameRecord(decoded.get(i), event.toDynamoRecords().get(i));
		}
	}

	@Test
	void buildsWhatTheLambdaEventSerializersReadAsTheRecordsOfTheBuilders() {
		TestTableStream stream = TestTableStream.of("test-table").partitionKey("pk").sortKey("sk");
		StreamEventBuilder event = stream.event()
			.insert(everyType("a"))
			.modify(everyType("a"), everyType("b"))
			.timeToLiveDelete(everyType("b"));
		assertThat(StreamEvents.decode(event.toBytes()).getRecords())
			.isEqualTo(event.toDynamoRecords().stream().map(DynamoRecord::raw).toList());
	}

	@Test
	void listsItsRecordsInBatchOrder() {
		TestTableStream stream = TestTableStream.of("test-table").partitionKey("pk").sortKey("sk");
		StreamRecordBuilder own = stream.insert(everyType("a")).sequenceNumber("7");
		StreamEventBuilder event = stream.event().remove(everyType("a")).record(own);
		assertThat(event.records()).extracting(StreamRecordBuilder::sequenceNumber)
			.containsExactly("100000000000000000002", "7");
		assertThat(event.sequenceNumbers()).containsExactly("100000000000000000002", "7");
		assertThat(event.toJson()).startsWith("{\"Records\":[{\"eventID\":");
	}

	static void assertSameRecord(DynamoRecord decoded, DynamoRecord built) {
		assertThat(decoded.eventId()).isEqualTo(built.eventId());
		assertThat(decoded.eventName()).isEqualTo(built.eventName());
		assertThat(decoded.eventVersion()).isEqualTo(built.eventVersion()).isEqualTo("1.1");
		assertThat(decoded.eventSource()).isEqualTo(built.eventSource()).isEqualTo("aws:dynamodb");
		assertThat(decoded.awsRegion()).isEqualTo(built.awsRegion());
		assertThat(decoded.eventSourceArn()).isEqualTo(built.eventSourceArn());
		assertThat(decoded.tableName()).isEqualTo(built.tableName());
		assertThat(decoded.sequenceNumber()).isEqualTo(built.sequenceNumber());
		assertThat(decoded.approximateCreationTime()).isEqualTo(built.approximateCreationTime());
		assertThat(decoded.streamViewType()).isEqualTo(built.streamViewType());
		assertThat(decoded.sizeBytes()).isEqualTo(built.sizeBytes());
		assertThat(decoded.isTimeToLiveDelete()).isEqualTo(built.isTimeToLiveDelete());
		assertThat(decoded.keys()).isEqualTo(built.keys());
		assertThat(decoded.hasNewImage()).isEqualTo(built.hasNewImage());
		assertThat(decoded.newImage()).isEqualTo(built.newImage());
		assertThat(decoded.hasOldImage()).isEqualTo(built.hasOldImage());
		assertThat(decoded.oldImage()).isEqualTo(built.oldImage());
		assertThat(decoded.raw()).isEqualTo(built.raw());
	}

	static Map<String, AttributeValue> everyType(String version) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("pk", AttributeValue.fromS("item-1"));
		item.put("sk", AttributeValue.fromN("42"));
		item.put("text", AttributeValue.fromS(version + " \u00e9\u6f22\ud83d\ude00 \"quoted\"\n"));
		item.put("decimal", AttributeValue.fromN("-1234567890.12345678901234567890123456"));
		item.put("binary", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0, 1, -2, 127, -128 })));
		item.put("strings", AttributeValue.fromSs(List.of("a", version)));
		item.put("numbers", AttributeValue.fromNs(List.of("1", "2.5", "-3E+10")));
		item.put("binaries", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromUtf8String(""))));
		item.put("map", AttributeValue.fromM(Map.of("nested", AttributeValue.fromL(List.of(AttributeValue.fromNul(true),
				AttributeValue.fromBool(false), AttributeValue.fromM(Map.of()))))));
		item.put("list", AttributeValue.fromL(List.of()));
		item.put("null", AttributeValue.fromNul(true));
		item.put("flag", AttributeValue.fromBool(true));
		return item;
	}

}
