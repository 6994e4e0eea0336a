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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.RecordMdc;
import io.github.ddbstreams.observation.StreamObservability;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamRecordDispatcher} with a concurrency above 1: scenarios of the
 * failure rule that the property-based tests reach only by chance.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamRecordDispatcherConcurrencyTests {

	private static final String STREAM = StreamEventJson.TEST_TABLE_STREAM;

	private final Map<String, Thread> threads = new ConcurrentHashMap<>();

	@Test
	void runsRecordsOfDifferentItemsAtTheSameTime() throws Exception {
		CountDownLatch bothRunning = new CountDownLatch(2);
		DynamoRecordListener waitingForTheOther = (record) -> {
			bothRunning.countDown();
			if (!bothRunning.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the other record did not run at the same time");
			}
		};
		try (StreamRecordDispatcher dispatcher = dispatcher(ConcurrencySettings.of(2), null, waitingForTheOther)) {
			BatchOutcome outcome = dispatcher.dispatch(List.of(record("1", "a"), record("2", "b")));
			assertThat(outcome.isSuccess()).isTrue();
		}
	}

	@Test
	void runsTheRecordsOfOneItemOneAfterAnotherInBatchOrder() {
		List<String> seen = new ArrayList<>();
		DynamoRecordListener listener = (record) -> {
			if (record.keys().get("id").s().equals("a")) {
				synchronized (seen) {
					seen.add(record.sequenceNumber());
				}
			}
		};
		List<DynamoRecord> records = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			records.add(record(Integer.toString(i), ((i % 2) == 0) ? "a" : "item-" + i));
		}
		try (StreamRecordDispatcher dispatcher = dispatcher(ConcurrencySettings.of(8), null, listener)) {
			assertThat(dispatcher.dispatch(records).isSuccess()).isTrue();
		}
		assertThat(seen).containsExactly("2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22", "24", "26", "28",
				"30", "32", "34", "36", "38", "40");
	}

	@Test
	void runsEveryRecordBeforeTheLowestFailureAndAnswersIt() throws Exception {
		CountDownLatch laterFailed = new CountDownLatch(1);
		Set<String> ran = ConcurrentHashMap.newKeySet();
		DynamoRecordListener listener = (record) -> {
			ran.add(record.sequenceNumber());
			switch (record.sequenceNumber()) {
				case "1" -> {
					if (!laterFailed.await(30, TimeUnit.SECONDS)) {
						throw new IllegalStateException("record 3 did not fail meanwhile");
					}
				}
				case "2" -> throw new IllegalStateException("failed on 2");
				case "3" -> {
					laterFailed.countDown();
					throw new IllegalStateException("failed on 3");
				}
				default -> {
				}
			}
		};
		List<DynamoRecord> records = List.of(record("1", "a"), record("2", "a"), record("3", "c"), record("4", "d"));
		try (StreamRecordDispatcher dispatcher = dispatcher(ConcurrencySettings.of(2), null, listener)) {
			BatchOutcome outcome = dispatcher.dispatch(records);
			assertThat(outcome.failedSequenceNumber()).isEqualTo("2");
			assertThat(outcome.processed()).isEqualTo(1);
			assertThat(outcome.failure()).hasMessage("failed on 2");
			assertThat(outcome.describeFailure()).startsWith("Record 2 of 4 (SequenceNumber 2");
		}
		assertThat(ran).containsExactlyInAnyOrder("1", "2", "3");
	}

	@Test
	void failsTheInvocationWithAnErrorOnceTheRunningRecordsFinished(CapturedOutput output) throws Exception {
		CountDownLatch otherRunning = new CountDownLatch(1);
		Set<String> ended = ConcurrentHashMap.newKeySet();
		DynamoRecordListener listener = (record) -> {
			switch (record.sequenceNumber()) {
				case "1" -> {
					if (otherRunning.await(30, TimeUnit.SECONDS)) {
						throw new StackOverflowError();
					}
				}
				case "2" -> {
					otherRunning.countDown();
					Thread.sleep(50);
				}
				default -> {
				}
			}
			ended.add(record.sequenceNumber());
		};
		List<DynamoRecord> records = List.of(record("1", "a"), record("2", "b"), record("3", "a"), record("4", "c"));
		try (StreamRecordDispatcher dispatcher = dispatcher(ConcurrencySettings.of(2), null, listener)) {
			assertThatExceptionOfType(StackOverflowError.class).isThrownBy(() -> dispatcher.dispatch(records));
			assertThat(ended).contains("2").doesNotContain("1", "3");
		}
		assertThat(output).contains("Record 1 of 4 (SequenceNumber 1, event source " + STREAM
				+ ") failed with java.lang.StackOverflowError; failing the invocation");
	}

	@Test
	void runsInterceptorsErrorHandlerAndMdcOnTheThreadOfTheRecord() {
		Map<String, String> mdcOfListener = new ConcurrentHashMap<>();
		DynamoRecordListener listener = (record) -> {
			seenOn("listener:" + record.sequenceNumber());
			mdcOfListener.put(record.sequenceNumber(), String.valueOf(MDC.get(RecordMdc.SEQUENCE_NUMBER)));
			if (record.sequenceNumber().equals("2")) {
				throw new IllegalStateException("recovered");
			}
		};
		DynamoRecordInterceptor interceptor = new DynamoRecordInterceptor() {

			@Override
			public void beforeRecord(DynamoRecord record) {
				seenOn("before:" + record.sequenceNumber());
			}

			@Override
			public void afterRecord(DynamoRecord record, @Nullable Exception failure) {
				seenOn("after:" + record.sequenceNumber());
			}

		};
		DynamoRecordErrorHandler errorHandler = (record, ex) -> seenOn("errorHandler:" + record.sequenceNumber());
		StreamRoutes routes = routes(listener);
		try (StreamRecordDispatcher dispatcher = new StreamRecordDispatcher(routes, List.of(interceptor), errorHandler,
				ConcurrencySettings.of(4), StreamObservability.NONE)) {
			MDC.put("caller", "kept");
			try {
				assertThat(dispatcher.dispatch(List.of(record("1", "a"), record("2", "b"), record("3", "c")), "req-1")
					.isSuccess()).isTrue();
			}
			finally {
				assertThat(MDC.get(RecordMdc.SEQUENCE_NUMBER)).isNull();
				MDC.remove("caller");
			}
		}
		for (String sequenceNumber : List.of("1", "2", "3")) {
			Thread thread = this.threads.get("listener:" + sequenceNumber);
			assertThat(thread).isNotEqualTo(Thread.currentThread());
			assertThat(this.threads.get("before:" + sequenceNumber)).isSameAs(thread);
			assertThat(this.threads.get("after:" + sequenceNumber)).isSameAs(thread);
			assertThat(mdcOfListener).containsEntry(sequenceNumber, sequenceNumber);
		}
		assertThat(this.threads.get("errorHandler:2")).isSameAs(this.threads.get("listener:2"));
	}

	@Test
	void runsOnTheInvokingThreadWithAConcurrencyOfOneForItsTable() {
		ConcurrencySettings settings = new ConcurrencySettings(8, Map.of("test-table", 1));
		try (StreamRecordDispatcher dispatcher = dispatcher(settings, null,
				(record) -> seenOn("listener:" + record.sequenceNumber()))) {
			dispatcher.dispatch(List.of(record("1", "a"), record("2", "b")));
		}
		assertThat(this.threads).containsEntry("listener:1", Thread.currentThread())
			.containsEntry("listener:2", Thread.currentThread());
	}

	@Test
	void keysTheConcurrencyOfATableByItsLogicalNameOrArn() {
		String tableArn = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table";
		assertThat(new ConcurrencySettings(4, Map.of(tableArn, 2)).concurrencyOf("test-table", STREAM)).isEqualTo(2);
		assertThat(new ConcurrencySettings(4, Map.of(STREAM, 3)).concurrencyOf("test-table", STREAM)).isEqualTo(3);
		assertThat(new ConcurrencySettings(4, Map.of("test-table", 5)).concurrencyOf("test-table", STREAM))
			.isEqualTo(5);
		assertThat(new ConcurrencySettings(4, Map.of("other", 5)).concurrencyOf("test-table", STREAM)).isEqualTo(4);
	}

	private void seenOn(String step) {
		this.threads.put(step, Thread.currentThread());
	}

	private static StreamRecordDispatcher dispatcher(ConcurrencySettings concurrency,
			@Nullable DynamoRecordErrorHandler errorHandler, DynamoRecordListener listener) {
		return new StreamRecordDispatcher(routes(listener), List.of(), errorHandler, concurrency,
				StreamObservability.NONE);
	}

	private static StreamRoutes routes(DynamoRecordListener listener) {
		return new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", listener, null, List.of()))),
				new TableNamespace("demo-dev", "_"));
	}

	private static DynamoRecord record(String sequenceNumber, String id) {
		return DynamoRecord.builder()
			.eventName(DynamoEventName.INSERT)
			.sequenceNumber(sequenceNumber)
			.eventSourceArn(STREAM)
			.tableName("test-table")
			.keys(Map.of("id", AttributeValue.fromS(id)))
			.build();
	}

}
