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
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoRecord}.
 */
class DynamoRecordTests {

	private final StreamEventDecoder decoder = new StreamEventDecoder(new TableNamespace("demo-dev", "_"),
			new DefaultTableSchemaResolver());

	@Test
	void exposesTheFieldsOfTheRecord() {
		DynamoRecord record = record("sam-cli__generate-event_dynamodb_update.json", 1);
		assertThat(record.eventName()).isEqualTo(DynamoEventName.MODIFY);
		assertThat(record.eventId()).isEqualTo("c81e728d9d4c2f636f067f89cc14862c");
		assertThat(record.tableName()).isEqualTo("ExampleTableWithStream");
		assertThat(record.eventSourceArn()).isEqualTo(
				"arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899");
		assertThat(record.awsRegion()).isEqualTo("us-east-1");
		assertThat(record.sequenceNumber()).isEqualTo("4421584500000000017450439092");
		assertThat(record.sizeBytes()).isEqualTo(59);
		assertThat(record.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
		assertThat(record.approximateCreationTime()).isEqualTo(Instant.ofEpochSecond(1428537600));
		assertThat(record.keys()).containsExactly(Map.entry("Id", AttributeValue.fromN("101")));
		assertThat(record.newImage()).containsEntry("Message", AttributeValue.fromS("This item has changed"));
		assertThat(record.oldImage()).containsEntry("Message", AttributeValue.fromS("New item!"));
		assertThat(record.isTimeToLiveDelete()).isFalse();
		assertThat(record.raw().getEventID()).isEqualTo("c81e728d9d4c2f636f067f89cc14862c");
	}

	@Test
	void readsFractionalEpochSeconds() {
		assertThat(record("java-libs__dynamo_event.json", 1).approximateCreationTime())
			.isEqualTo(Instant.parse("2021-11-01T02:40:07.123Z"));
	}

	@Test
	void readsEpochMillisecondsThatSomeSampleEventsCarry() {
		assertThat(record("lambda-dotnet__dynamodb-with-ms-event.json", 0).approximateCreationTime())
			.isEqualTo(Instant.ofEpochSecond(1480642020));
	}

	@Test
	void hasNoCreationTimeWhenTheRecordHasNone() {
		assertThat(record("powertools-python__getting_started_dynamodb_event.json", 0).approximateCreationTime())
			.isNull();
	}

	@Test
	void recognisesTimeToLiveDeletes() {
		DynamoRecord ttlDelete = record("lambda-dotnet__dynamodb-event.json", 1);
		assertThat(ttlDelete.eventName()).isEqualTo(DynamoEventName.REMOVE);
		assertThat(ttlDelete.isTimeToLiveDelete()).isTrue();
		assertThat(ttlDelete.newImage()).isNull();
		assertThat(ttlDelete.oldImage()).containsEntry("val", AttributeValue.fromS("data"));
		assertThat(record("lambda-dotnet__dynamodb-event.json", 0).isTimeToLiveDelete()).isFalse();
	}

	@Test
	void keysOnlyRecordsHaveNoImages() {
		DynamoRecord record = built(StreamEventJson.event().viewType("KEYS_ONLY").modify("1", "id-1", "a", "b"));
		assertThat(record.streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
		assertThat(record.keys()).containsExactly(Map.entry("id", AttributeValue.fromS("id-1")));
		assertThat(record.newImage()).isNull();
		assertThat(record.oldImage()).isNull();
		assertThat(record.newImage(Customer.class)).isNull();
	}

	@Test
	void newImageRecordsHaveOnlyTheNewImage() {
		DynamoRecord record = built(StreamEventJson.event().viewType("NEW_IMAGE").modify("1", "id-1", "a", "b"));
		assertThat(record.newImage(Customer.class).getName()).isEqualTo("b");
		assertThat(record.oldImage()).isNull();
	}

	@Test
	void oldImageRecordsHaveOnlyTheOldImage() {
		DynamoRecord record = built(StreamEventJson.event().viewType("OLD_IMAGE").modify("1", "id-1", "a", "b"));
		assertThat(record.newImage()).isNull();
		assertThat(record.oldImage(Customer.class).getName()).isEqualTo("a");
	}

	@Test
	void mapsImagesToBeans() {
		DynamoRecord record = built(StreamEventJson.event().modify("1", "id-1", "old", "new"));
		Customer customer = record.newImage(Customer.class);
		assertThat(customer.getId()).isEqualTo("id-1");
		assertThat(customer.getName()).isEqualTo("new");
		assertThat(record.oldImage(Customer.class).getName()).isEqualTo("old");
	}

	@Test
	void mapsAnImageWithoutKeepingItsConversionUnlessTheUntypedImageWasRead() {
		AtomicInteger conversions = new AtomicInteger();
		DynamoRecord record = DynamoRecord.builder()
			.eventName(DynamoEventName.INSERT)
			.sequenceNumber("1")
			.keys(Map.of("id", AttributeValue.fromS("id-1")))
			.newImage(() -> {
				conversions.incrementAndGet();
				return Map.of("id", AttributeValue.fromS("id-1"), "name", AttributeValue.fromS("Joe"));
			})
			.build();
		assertThat(record.newImage(Customer.class).getName()).isEqualTo("Joe");
		assertThat(record.newImage(Customer.class).getName()).isEqualTo("Joe");
		assertThat(conversions).hasValue(2);
		assertThat(record.newImage()).containsEntry("name", AttributeValue.fromS("Joe"));
		assertThat(record.newImage(Customer.class).getName()).isEqualTo("Joe");
		assertThat(record.newImage()).containsEntry("id", AttributeValue.fromS("id-1"));
		assertThat(conversions).hasValue(3);
	}

	@Test
	void mapsImagesToImmutables() {
		DynamoRecord record = built(StreamEventJson.event().insert("1", "id-1", "Joe"));
		ImmutableCustomer customer = record.newImage(ImmutableCustomer.class);
		assertThat(customer.id()).isEqualTo("id-1");
		assertThat(customer.name()).isEqualTo("Joe");
	}

	@Test
	void mapsImagesToRecordsWithEveryDefaultConverterAndNestedRecords() {
		DynamoRecord record = record("lambda-go__dynamodb-event.json", 1);
		Everything everything = record.newImage(Everything.class);
		assertThat(everything.val()).isEqualTo("data");
		assertThat(everything.floatNumber()).isEqualTo(new BigDecimal("123.45"));
		assertThat(everything.integerNumber()).isEqualTo(123);
		assertThat(everything.isTrue()).isTrue();
		assertThat(everything.stringSet()).containsExactlyInAnyOrder("Giraffe", "Zebra");
		assertThat(everything.map().name()).isEqualTo("Joe");
		assertThat(everything.map().age()).isEqualTo(35);
		assertThat(everything.missing()).isZero();
	}

	@Test
	void failsWithTheRecordAttributeAndTypeButNoValueWhenAnImageCannotBeMapped() {
		DynamoRecord record = built(StreamEventJson.event()
			.record("INSERT", "7", StreamEventJson.key("id-1"),
					"{\"id\":{\"S\":\"id-1\"},\"age\":{\"S\":\"PLANTED-AGE\"}}", null));
		assertThatExceptionOfType(ImageMappingException.class).isThrownBy(() -> record.newImage(Aged.class))
			.withMessage("Cannot map NewImage of record 7 to " + Aged.class.getName()
					+ ": attribute 'age' (S) does not convert to the type of its property"
					+ " (java.lang.NumberFormatException; the message is left out as it may quote item data)")
			.satisfies((ex) -> {
				for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
					assertThat(String.valueOf(cause.getMessage())).doesNotContain("PLANTED");
					assertThat(cause.toString()).doesNotContain("PLANTED");
				}
				assertThat(ex.getCause().getStackTrace()).isNotEmpty();
			});
	}

	@Test
	void namesNoNestedKeyWhenANestedDocumentCannotBeMapped() {
		DynamoRecord record = built(StreamEventJson.event()
			.record("INSERT", "8", StreamEventJson.key("id-1"),
					"{\"val\":{\"S\":\"v\"},\"Map\":{\"M\":{\"Name\":{\"S\":\"n\"},"
							+ "\"Age\":{\"S\":\"PLANTED-NESTED\"}}}}",
					null));
		assertThatExceptionOfType(ImageMappingException.class).isThrownBy(() -> record.newImage(Everything.class))
			.withMessageStartingWith("Cannot map NewImage of record 8 to " + Everything.class.getName()
					+ ": attribute 'Map' (M) does not convert")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Age", "PLANTED"));
	}

	@Test
	void buildsRecordsForTests() {
		DynamoRecord record = DynamoRecord.builder()
			.eventName(DynamoEventName.REMOVE)
			.sequenceNumber("42")
			.eventSourceArn("arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/x")
			.tableName("test-table")
			.approximateCreationDateTime(new java.math.BigDecimal("1480642020000"))
			.userIdentity("Service", "dynamodb.amazonaws.com")
			.keys(Map.of("id", AttributeValue.fromS("a")))
			.oldImage(() -> Map.of("id", AttributeValue.fromS("a"), "name", AttributeValue.fromS("Joe")))
			.build();
		assertThat(record.isTimeToLiveDelete()).isTrue();
		assertThat(record.approximateCreationTime()).isEqualTo(Instant.ofEpochSecond(1480642020));
		assertThat(record.hasNewImage()).isFalse();
		assertThat(record.newImage()).isNull();
		assertThat(record.oldImage(Customer.class).getName()).isEqualTo("Joe");
		assertThat(record.eventSource()).isEqualTo("aws:dynamodb");
		assertThat(record.raw().getEventName()).isEqualTo("REMOVE");
		assertThat(record.raw().getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
		assertThat(record.raw().getDynamodb().getOldImage().get("name").getS()).isEqualTo("Joe");
		assertThat(record.raw().getDynamodb().getApproximateCreationDateTime())
			.isEqualTo(java.util.Date.from(Instant.ofEpochSecond(1480642020)));
	}

	@Test
	void failsWhenTheTypeHasNoTableSchema() {
		DynamoRecord record = built(StreamEventJson.event().insert("8", "id-1", "Joe"));
		assertThatExceptionOfType(ImageMappingException.class).isThrownBy(() -> record.newImage(Object.class))
			.withMessageStartingWith("Cannot map NewImage of record 8 to java.lang.Object");
	}

	@Test
	void doesNotPrintTableDataInToString() {
		DynamoRecord record = built(StreamEventJson.event().insert("9", "secret-id", "secret-name"));
		assertThat(record.toString()).contains("INSERT", "9").doesNotContain("secret");
	}

	private DynamoRecord record(String fixture, int index) {
		return this.decoder.decode(StreamEvents.bytes(fixture)).get(index);
	}

	private DynamoRecord built(StreamEventJson event) {
		return this.decoder.decode(event.bytes()).get(0);
	}

	@DynamoDbBean
	public static class Customer {

		private String id;

		private String name;

		@DynamoDbPartitionKey
		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	@DynamoDbImmutable(builder = ImmutableCustomer.Builder.class)
	public static final class ImmutableCustomer {

		private final String id;

		private final String name;

		private ImmutableCustomer(Builder builder) {
			this.id = builder.id;
			this.name = builder.name;
		}

		@DynamoDbPartitionKey
		public String id() {
			return this.id;
		}

		public String name() {
			return this.name;
		}

		public static Builder builder() {
			return new Builder();
		}

		public static final class Builder {

			private String id;

			private String name;

			public Builder id(String id) {
				this.id = id;
				return this;
			}

			public Builder name(String name) {
				this.name = name;
				return this;
			}

			public ImmutableCustomer build() {
				return new ImmutableCustomer(this);
			}

		}

	}

	public record Person(@DynamoDbAttribute("Name") String name, @DynamoDbAttribute("Age") int age) {
	}

	public record Everything(String val, @DynamoDbAttribute("FloatNumber") BigDecimal floatNumber,
			@DynamoDbAttribute("IntegerNumber") int integerNumber, @DynamoDbAttribute("Boolean") boolean isTrue,
			@DynamoDbAttribute("StringSet") Set<String> stringSet, @DynamoDbAttribute("Map") Person map, long missing) {
	}

	public record Aged(String id, int age) {
	}

}
