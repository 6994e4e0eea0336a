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

package io.github.ddbstreams.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.RequestContext;
import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoBatchListener;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.ImageMappingException;
import io.github.ddbstreams.listener.Keys;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.OldImage;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static io.github.ddbstreams.listener.DynamoEventName.INSERT;
import static io.github.ddbstreams.listener.DynamoEventName.MODIFY;
import static io.github.ddbstreams.listener.DynamoEventName.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DynamoStreamListener @DynamoStreamListener} methods through the
 * auto-configured function: what each parameter receives, what the signature derives, and
 * how batch listeners fail.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class ListenerMethodsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class))
		.withPropertyValues("dynamodb.streams.table-namespace=demo-dev");

	private static final byte[] CHANGES = StreamEventJson.event()
		.insert("1", "a", "a1")
		.modify("2", "a", "a1", "a2")
		.remove("3", "a", "a2")
		.bytes();

	@Test
	void handsTheItemAsOfEachChangeToAnUnannotatedItemParameter() {
		this.contextRunner.withUserConfiguration(ItemListener.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), CHANGES).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(ItemListener.class).seen).containsExactly("INSERT a1", "MODIFY a2", "REMOVE a2");
			assertThat(context.getBean(StreamSubscriptions.class).subscriptions()).singleElement()
				.satisfies((subscription) -> {
					assertThat(subscription.events()).containsExactly(INSERT, MODIFY, REMOVE);
					assertThat(subscription.images()).isEqualTo(RequiredImages.NEW_AND_OLD);
					assertThat(subscription.itemTypes()).containsExactly(Customer.class);
					assertThat(subscription.tables()).containsExactly("test-table");
				});
		});
	}

	@Test
	void handsEveryKindOfParameterInAnyOrder() {
		this.contextRunner.withUserConfiguration(EveryParameterListener.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), CHANGES).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(EveryParameterListener.class).seen).containsExactly(
					"INSERT request-1 1 key=a new=a1 old=none item=a1 INSERT",
					"MODIFY request-1 2 key=a new=a2 old=a1 item=a2 MODIFY",
					"REMOVE request-1 3 key=a new=none old=a2 item=a2 REMOVE");
		});
	}

	@Test
	void derivesTheEventsAndImagesThatThePlainParametersNeed() {
		this.contextRunner.withUserConfiguration(ImageListeners.class).run((context) -> {
			List<StreamSubscription> subscriptions = context.getBean(StreamSubscriptions.class).subscriptions();
			assertThat(subscriptions).extracting(StreamSubscription::events)
				.containsExactly(Set.of(INSERT, MODIFY), Set.of(MODIFY, REMOVE), Set.of(MODIFY), Set.of(REMOVE),
						Set.of(INSERT, MODIFY, REMOVE));
			assertThat(subscriptions).extracting(StreamSubscription::images)
				.containsExactly(RequiredImages.NEW, RequiredImages.OLD, RequiredImages.NEW_AND_OLD, RequiredImages.OLD,
						RequiredImages.NONE);
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), CHANGES).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(ImageListeners.class).seen).containsExactly("new INSERT a1", "keys INSERT a",
					"new MODIFY a2", "old MODIFY a1", "both a1 a2", "keys MODIFY a", "old REMOVE a2", "removed a2",
					"keys REMOVE a");
		});
	}

	@Test
	void failsTheRecordThatLacksAnImageAPlainParameterNeeds() {
		byte[] keysOnly = StreamEventJson.event().viewType("KEYS_ONLY").insert("1", "a", "a1").bytes();
		this.contextRunner.withUserConfiguration(ItemListener.class).run((context) -> {
			StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), keysOnly);
			assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
				.containsExactly("1");
			assertThat(context.getBean(ItemListener.class).failures).singleElement()
				.isInstanceOf(ImageMappingException.class)
				.extracting(Exception::getMessage)
				.isEqualTo("Record with SequenceNumber 1 (INSERT) has no NewImage for parameter 2 (Customer customer)"
						+ " of method " + ItemListener.class.getName() + ".onChange(DynamoEventName, Customer)"
						+ ": declare the parameter Optional to receive records without it");
		});
	}

	@Test
	void handsAnEmptyOptionalWhenTheImageIsAbsent() {
		byte[] keysOnly = StreamEventJson.event().viewType("KEYS_ONLY").insert("1", "a", "a1").bytes();
		this.contextRunner.withUserConfiguration(OptionalListener.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), keysOnly).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(OptionalListener.class).seen).containsExactly("Optional.empty");
		});
	}

	@Test
	void handsABatchListenerTheRecordsItWantsInStreamOrder() {
		this.contextRunner.withUserConfiguration(BatchListeners.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), CHANGES).getBatchItemFailures()).isEmpty();
			BatchListeners listeners = context.getBean(BatchListeners.class);
			assertThat(listeners.batches).containsExactly("records [1, 2, 3]", "customers [a1, a2]", "removed [a2]");
			assertThat(context.getBean(StreamSubscriptions.class).subscriptions())
				.extracting(StreamSubscription::events)
				.containsExactly(Set.of(INSERT, MODIFY, REMOVE), Set.of(INSERT, MODIFY), Set.of(REMOVE));
		});
	}

	@Test
	void answersTheRecordThatABatchListenerNamesByIndexOrRecord() {
		byte[] five = five();
		this.contextRunner.withUserConfiguration(FailingBatchListener.class)
			.withPropertyValues("test.fail-at=2")
			.run((context) -> {
				StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), five);
				assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
					.containsExactly("3");
			});
	}

	@Test
	void answersTheLowestFailedRecordOfAllListeners() {
		this.contextRunner.withUserConfiguration(FailingBatchListener.class, FailingRecordListener.class)
			.withPropertyValues("test.fail-at=3", "test.record-fails=2")
			.run((context) -> {
				StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), five());
				assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
					.containsExactly("2");
				assertThat(context.getBean(FailingRecordListener.class).seen).containsExactly("1", "2");
				assertThat(context.getBean(FailingBatchListener.class).received)
					.containsExactly(List.of("1", "2", "3", "4", "5"));
			});
	}

	@Test
	void failsTheFirstRecordOfABatchListenerThatThrowsAnotherException() {
		this.contextRunner.withUserConfiguration(FailingBatchListener.class)
			.withPropertyValues("test.fail-at=-1")
			.run((context) -> {
				StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), five());
				assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
					.containsExactly("1");
			});
	}

	@Test
	void callsABatchListenerAgainWithTheRecordsAfterOneTheErrorHandlerRecovered() {
		this.contextRunner.withUserConfiguration(FailingBatchListener.class)
			.withPropertyValues("test.fail-at=1")
			.withBean(DynamoRecordErrorHandler.class, () -> (record, exception) -> {
			})
			.run((context) -> {
				StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), five());
				assertThat(response.getBatchItemFailures()).isEmpty();
				assertThat(context.getBean(FailingBatchListener.class).received)
					.containsExactly(List.of("1", "2", "3", "4", "5"), List.of("3", "4", "5"));
			});
	}

	@Test
	void callsABatchListenerWithTheItemsBeforeOneThatDoesNotMapAndFailsThatOne() {
		byte[] event = StreamEventJson.event()
			.insert("1", "a", "a1")
			.record("INSERT", "2", StreamEventJson.key("b"), "{\"id\":{\"S\":\"b\"},\"visits\":{\"S\":\"many\"}}", null)
			.insert("3", "c", "c1")
			.bytes();
		this.contextRunner.withUserConfiguration(VisitsBatchListener.class).run((context) -> {
			StreamsEventResponse response = handle(context.getBean(DynamoStreamsFunction.class), event);
			assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
				.containsExactly("2");
			assertThat(context.getBean(VisitsBatchListener.class).received).containsExactly(List.of("a"));
		});
	}

	@Test
	void runsBatchListenersBeforeOrAfterTheRecordListenersAsOrdered() {
		this.contextRunner.withUserConfiguration(OrderedListeners.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), five()).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(OrderedListeners.class).calls).containsExactly("batch-first [1, 2, 3, 4, 5]",
					"record 1", "bean 1", "record 2", "bean 2", "record 3", "bean 3", "record 4", "bean 4", "record 5",
					"bean 5", "batch-last [1, 2, 3, 4, 5]");
		});
	}

	@Test
	void registersAClassLevelBatchListenerBean() {
		this.contextRunner.withUserConfiguration(BatchListenerBean.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), five()).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(BatchListenerBean.class).batches).containsExactly(List.of("1", "2", "4", "5"));
		});
	}

	@Test
	void registersTheListenerMethodsOfLazyBeans() {
		this.contextRunner.withUserConfiguration(LazyListener.class).run((context) -> {
			assertThat(handle(context.getBean(DynamoStreamsFunction.class), CHANGES).getBatchItemFailures()).isEmpty();
			assertThat(context.getBean(LazyListener.class).seen).containsExactly("1", "2", "3");
		});
	}

	static byte[] five() {
		return StreamEventJson.event()
			.insert("1", "a", "a1")
			.insert("2", "b", "b1")
			.modify("3", "a", "a1", "a2")
			.insert("4", "c", "c1")
			.remove("5", "b", "b1")
			.bytes();
	}

	static StreamsEventResponse handle(DynamoStreamsFunction function, byte[] event) {
		Message<InputStream> message = MessageBuilder.withPayload((InputStream) new ByteArrayInputStream(event))
			.setHeader(DynamoStreamsFunction.CONTEXT_HEADER, new RequestContext("request-1"))
			.build();
		return function.apply(message);
	}

	/**
	 * An item of the test table.
	 *
	 * @param id the key
	 * @param name the name
	 */
	public record Customer(String id, String name) {

	}

	/**
	 * The key of an item of the test table.
	 *
	 * @param id the key
	 */
	public record CustomerKey(String id) {

	}

	/**
	 * An item with a number of visits.
	 *
	 * @param id the key
	 * @param visits the number of visits
	 */
	public record Visits(String id, Integer visits) {

	}

	static class ItemListener {

		final List<String> seen = new ArrayList<>();

		final List<Exception> failures = new ArrayList<>();

		@DynamoStreamListener("test-table")
		void onChange(DynamoEventName eventName, Customer customer) {
			this.seen.add(eventName + " " + customer.name());
		}

		@Bean
		DynamoRecordErrorHandler keepFailures() {
			return (record, exception) -> {
				this.failures.add(exception);
				throw exception;
			};
		}

	}

	static class EveryParameterListener {

		final List<String> seen = new ArrayList<>();

		@DynamoStreamListener("test-table")
		void onChange(@Keys CustomerKey key, DynamoEventName eventName, @NewImage Optional<Customer> newImage,
				Context context, @OldImage Optional<Map<String, AttributeValue>> oldImage, DynamoRecord record,
				Optional<Map<String, AttributeValue>> item) {
			this.seen.add(eventName + " " + context.getAwsRequestId() + " " + record.sequenceNumber() + " key="
					+ key.id() + " new=" + newImage.map(Customer::name).orElse("none") + " old="
					+ oldImage.map((image) -> image.get("name").s()).orElse("none") + " item="
					+ item.map((image) -> image.get("name").s()).orElse("none") + " " + record.eventName());
		}

	}

	static class ImageListeners {

		final List<String> seen = new ArrayList<>();

		@Order(1)
		@DynamoStreamListener
		void onNew(@NewImage Customer customer, DynamoEventName eventName) {
			this.seen.add("new " + eventName + " " + customer.name());
		}

		@Order(2)
		@DynamoStreamListener
		void onOld(@OldImage Customer customer, DynamoEventName eventName) {
			this.seen.add("old " + eventName + " " + customer.name());
		}

		@Order(3)
		@DynamoStreamListener
		void onBoth(@OldImage Customer before, @NewImage Customer after) {
			this.seen.add("both " + before.name() + " " + after.name());
		}

		@Order(4)
		@DynamoStreamListener(events = REMOVE)
		void onRemoved(Customer customer) {
			this.seen.add("removed " + customer.name());
		}

		@Order(5)
		@DynamoStreamListener
		void onKeys(@Keys Map<String, AttributeValue> keys, DynamoEventName eventName) {
			this.seen.add("keys " + eventName + " " + keys.get("id").s());
		}

	}

	static class OptionalListener {

		final List<String> seen = new ArrayList<>();

		@DynamoStreamListener
		void onChange(Optional<Customer> customer) {
			this.seen.add(customer.toString());
		}

	}

	static class BatchListeners {

		final List<String> batches = new ArrayList<>();

		@Order(1)
		@DynamoStreamListener
		void onRecords(List<DynamoRecord> records) {
			this.batches.add("records " + records.stream().map(DynamoRecord::sequenceNumber).toList());
		}

		@Order(2)
		@DynamoStreamListener
		void onCustomers(@NewImage List<Customer> customers, Context context) {
			this.batches.add("customers " + customers.stream().map(Customer::name).toList());
		}

		@Order(3)
		@DynamoStreamListener(events = REMOVE)
		void onRemoved(List<Customer> customers) {
			this.batches.add("removed " + customers.stream().map(Customer::name).toList());
		}

	}

	static class FailingBatchListener {

		final List<List<String>> received = new ArrayList<>();

		@Value("${test.fail-at}")
		int failAt;

		@DynamoStreamListener
		void onRecords(List<DynamoRecord> records) {
			this.received.add(records.stream().map(DynamoRecord::sequenceNumber).toList());
			if (this.failAt < 0) {
				throw new IllegalStateException("failed");
			}
			if (this.failAt < records.size() && this.received.size() == 1) {
				if (this.failAt % 2 == 0) {
					throw new BatchListenerFailedException("failed", this.failAt);
				}
				throw new BatchListenerFailedException("failed", records.get(this.failAt));
			}
		}

	}

	static class FailingRecordListener implements DynamoRecordListener {

		final List<String> seen = new ArrayList<>();

		@Value("${test.record-fails}")
		String fails;

		@Override
		public void onRecord(DynamoRecord record) {
			this.seen.add(record.sequenceNumber());
			if (record.sequenceNumber().equals(this.fails)) {
				throw new IllegalStateException("failed");
			}
		}

	}

	static class VisitsBatchListener {

		final List<List<String>> received = new ArrayList<>();

		@DynamoStreamListener
		void onVisits(List<Visits> visits) {
			this.received.add(visits.stream().map(Visits::id).toList());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedListeners {

		final List<String> calls = new ArrayList<>();

		@Order(1)
		@DynamoStreamListener
		void first(List<DynamoRecord> records) {
			this.calls.add("batch-first " + records.stream().map(DynamoRecord::sequenceNumber).toList());
		}

		@Order(2)
		@DynamoStreamListener
		void onRecord(DynamoRecord record) {
			this.calls.add("record " + record.sequenceNumber());
		}

		@Bean
		@Order(3)
		DynamoRecordListener beanListener() {
			return (record) -> this.calls.add("bean " + record.sequenceNumber());
		}

		@Order(4)
		@DynamoStreamListener
		void last(List<DynamoRecord> records) {
			this.calls.add("batch-last " + records.stream().map(DynamoRecord::sequenceNumber).toList());
		}

	}

	@DynamoStreamListener(tables = "test-table", events = { INSERT, REMOVE })
	static class BatchListenerBean implements DynamoBatchListener {

		final List<List<String>> batches = new ArrayList<>();

		@Override
		public void onBatch(List<DynamoRecord> records) {
			this.batches.add(records.stream().map(DynamoRecord::sequenceNumber).toList());
		}

	}

	@Lazy
	static class LazyListener {

		final List<String> seen = new ArrayList<>();

		@DynamoStreamListener
		void onChange(DynamoRecord record) {
			this.seen.add(record.sequenceNumber());
		}

	}

}
