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

package io.github.ddbstreams.dispatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.endpoint.ListenerEndpoint;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.StreamObservability;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link StreamRecordDispatcher} with batch listeners beside record listeners,
 * with and without concurrency: the answer names the lowest failed record of all
 * listeners, every record before it was processed by every listener, and every listener
 * sees the records of each item in stream order.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class StreamRecordDispatcherBatchTests {

	private static final String STREAM = StreamEventJson.TEST_TABLE_STREAM;

	private static final Set<DynamoEventName> ALL = EnumSet.allOf(DynamoEventName.class);

	@Test
	void answersTheLowestFailureOfTheRecordListenersAndABatchListenerAfterThem() {
		Run run = new Run(40, 8);
		run.recordFailures.add(29);
		run.batchAfterFailure = 11;
		try (StreamRecordDispatcher dispatcher = run.dispatcher(4)) {
			BatchOutcome outcome = dispatcher.dispatch(run.records);
			assertThat(outcome.processed()).isEqualTo(11);
			assertThat(outcome.failedSequenceNumber()).isEqualTo("12");
		}
		assertThat(run.batchAfterCalls).singleElement().satisfies((call) -> assertThat(call).hasSize(29));
		run.assertEveryRecordBeforeWasProcessedByEveryListener(11);
	}

	@Test
	void runsTheRecordListenersOnlyOnTheRecordsBeforeTheFailureOfABatchListenerBeforeThem() {
		Run run = new Run(20, 4);
		run.batchBeforeFailure = 4;
		try (StreamRecordDispatcher dispatcher = run.dispatcher(4)) {
			BatchOutcome outcome = dispatcher.dispatch(run.records);
			assertThat(outcome.processed()).isEqualTo(4);
		}
		assertThat(run.recordCalls.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3);
		assertThat(run.batchAfterCalls).singleElement().satisfies((call) -> assertThat(call).hasSize(4));
	}

	@Test
	void keepsEveryRuleOverRandomBatchesFailuresAndConcurrencies() {
		Random random = new Random(7);
		for (int round = 0; round < 300; round++) {
			Run run = new Run(1 + random.nextInt(60), 1 + random.nextInt(10));
			int size = run.records.size();
			for (int i = 0; i < random.nextInt(3); i++) {
				run.recordFailures.add(random.nextInt(size));
			}
			run.batchBeforeFailure = random.nextBoolean() ? random.nextInt(size) : -1;
			run.batchAfterFailure = random.nextBoolean() ? random.nextInt(size) : -1;
			int expected = size;
			for (int failure : run.recordFailures) {
				expected = Math.min(expected, failure);
			}
			expected = (run.batchBeforeFailure >= 0) ? Math.min(expected, run.batchBeforeFailure) : expected;
			expected = (run.batchAfterFailure >= 0) ? Math.min(expected, run.batchAfterFailure) : expected;
			int concurrency = 1 + random.nextInt(8);
			BatchOutcome outcome;
			try (StreamRecordDispatcher dispatcher = run.dispatcher(concurrency)) {
				outcome = dispatcher.dispatch(run.records);
			}
			String plan = "round " + round + ": " + size + " records, concurrency " + concurrency + ", record failures "
					+ run.recordFailures + ", batch before " + run.batchBeforeFailure + ", batch after "
					+ run.batchAfterFailure;
			assertThat(outcome.processed()).as(plan).isEqualTo(expected);
			assertThat(outcome.isSuccess()).as(plan).isEqualTo(expected == size);
			run.assertEveryRecordBeforeWasProcessedByEveryListener(expected);
			run.assertEachItemInStreamOrder(plan);
		}
	}

	/**
	 * One dispatch of a batch to a batch listener, a record listener and another batch
	 * listener, in that order, with planted failures.
	 */
	private static final class Run {

		final List<DynamoRecord> records = new ArrayList<>();

		final Set<Integer> recordFailures = ConcurrentHashMap.newKeySet();

		int batchBeforeFailure = -1;

		int batchAfterFailure = -1;

		final List<List<Integer>> batchBeforeCalls = new CopyOnWriteArrayList<>();

		final Map<Integer, Integer> recordCalls = new ConcurrentHashMap<>();

		final Map<String, List<Integer>> recordCallsByItem = new ConcurrentHashMap<>();

		final List<List<Integer>> batchAfterCalls = new CopyOnWriteArrayList<>();

		Run(int size, int items) {
			for (int i = 0; i < size; i++) {
				this.records.add(DynamoRecord.builder()
					.eventName(DynamoEventName.MODIFY)
					.sequenceNumber(Integer.toString(i + 1))
					.eventSourceArn(STREAM)
					.tableName("test-table")
					.keys(Map.of("id", AttributeValue.fromS("item-" + (i % items))))
					.build());
			}
		}

		StreamRecordDispatcher dispatcher(int concurrency) {
			BatchEndpoint before = batch("before", this.batchBeforeCalls, () -> this.batchBeforeFailure);
			RecordEndpoint recordListener = new RecordEndpoint() {

				@Override
				public void onRecord(DynamoRecord record, StreamInvocation invocation) {
					int index = indexOf(record);
					Run.this.recordCalls.merge(index, 1, Integer::sum);
					Run.this.recordCallsByItem
						.computeIfAbsent(record.keys().get("id").s(), (item) -> new CopyOnWriteArrayList<>())
						.add(index);
					if (Run.this.recordFailures.contains(index)) {
						throw new IllegalStateException("planted");
					}
				}

				@Override
				public String description() {
					return "record listener";
				}

				@Override
				public ListenerEndpoint readingEndpoint() {
					return this;
				}

			};
			BatchEndpoint after = batch("after", this.batchAfterCalls, () -> this.batchAfterFailure);
			StreamSubscriptions subscriptions = new StreamSubscriptions(List.of(subscription("before", before),
					subscription("record", recordListener), subscription("after", after)));
			return new StreamRecordDispatcher(new StreamRoutes(subscriptions, new TableNamespace("demo-dev", "_")),
					List.of(), null, ConcurrencySettings.of(concurrency), StreamObservability.NONE);
		}

		private BatchEndpoint batch(String name, List<List<Integer>> calls, IntSupplier failure) {
			return new BatchEndpoint() {

				@Override
				public void onBatch(List<DynamoRecord> received, StreamInvocation invocation) {
					List<Integer> indexes = received.stream().map(Run.this::indexOf).toList();
					calls.add(indexes);
					int failAt = failure.getAsInt();
					if (indexes.contains(failAt)) {
						throw new BatchListenerFailedException("planted", received.get(indexes.indexOf(failAt)));
					}
				}

				@Override
				public String description() {
					return name;
				}

				@Override
				public ListenerEndpoint readingEndpoint() {
					return this;
				}

			};
		}

		private static StreamSubscription subscription(String name, ListenerEndpoint endpoint) {
			return new StreamSubscription(name, endpoint, List.of(), ALL, RequiredImages.NONE, List.of());
		}

		int indexOf(DynamoRecord record) {
			return Integer.parseInt(record.sequenceNumber()) - 1;
		}

		void assertEveryRecordBeforeWasProcessedByEveryListener(int processed) {
			for (int i = 0; i < processed; i++) {
				assertThat(this.recordCalls).containsKey(i);
				int index = i;
				assertThat(this.batchBeforeCalls).anySatisfy((call) -> assertThat(call).contains(index));
				assertThat(this.batchAfterCalls).anySatisfy((call) -> assertThat(call).contains(index));
			}
		}

		void assertEachItemInStreamOrder(String plan) {
			this.recordCallsByItem.forEach((item, indexes) -> assertThat(indexes).as(plan).isSorted());
			for (List<Integer> call : this.batchBeforeCalls) {
				assertThat(call).as(plan).isSorted();
			}
			for (List<Integer> call : this.batchAfterCalls) {
				assertThat(call).as(plan).isSorted();
			}
			this.recordCalls.forEach((index, calls) -> assertThat(calls).as(plan).isOne());
		}

	}

}
