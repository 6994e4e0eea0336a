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

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamRecordDispatcher}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamRecordDispatcherTests {

	private static final String STREAM = StreamEventJson.TEST_TABLE_STREAM;

	private final List<String> seen = new ArrayList<>();

	private final List<DynamoRecord> fiveRecords = List.of(record("1", DynamoEventName.INSERT),
			record("2", DynamoEventName.INSERT), record("3", DynamoEventName.MODIFY),
			record("4", DynamoEventName.REMOVE), record("5", DynamoEventName.INSERT));

	@Test
	void handsEveryRecordToTheListenerInBatchOrder() {
		BatchOutcome outcome = dispatcher(null, recording("first")).dispatch(this.fiveRecords);
		assertThat(outcome).isEqualTo(new BatchOutcome(5, 5, null, null));
		assertThat(outcome.isSuccess()).isTrue();
		assertThat(outcome.failedSequenceNumber()).isNull();
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3", "first:4", "first:5");
	}

	@Test
	void stopsAtTheFirstFailedRecordAndRunsNoLaterRecord() {
		BatchOutcome outcome = dispatcher(null, failingOn("3", recording("first"))).dispatch(this.fiveRecords);
		assertThat(outcome.isSuccess()).isFalse();
		assertThat(outcome.size()).isEqualTo(5);
		assertThat(outcome.processed()).isEqualTo(2);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("3");
		assertThat(outcome.failure()).hasMessage("listener failed on 3");
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3");
	}

	@Test
	void handsEachRecordToEveryListenerThatWantsIt() {
		dispatcher(null, recording("first"), recording("second")).dispatch(this.fiveRecords);
		assertThat(this.seen).containsExactly("first:1", "second:1", "first:2", "second:2", "first:3", "second:3",
				"first:4", "second:4", "first:5", "second:5");
	}

	@Test
	void stopsBeforeTheLaterListenersOfAFailedRecord() {
		BatchOutcome outcome = dispatcher(null, recording("first"), failingOn("2", recording("second")),
				recording("third"))
			.dispatch(this.fiveRecords);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("2");
		assertThat(this.seen).containsExactly("first:1", "second:1", "third:1", "first:2", "second:2");
	}

	@Test
	void errorHandlerThatReturnsRecoversTheRecord() {
		List<String> handled = new ArrayList<>();
		DynamoRecordErrorHandler recovering = (record, ex) -> handled
			.add(record.sequenceNumber() + ":" + ex.getMessage());
		BatchOutcome outcome = dispatcher(recovering, failingOn("3", recording("first"))).dispatch(this.fiveRecords);
		assertThat(outcome.isSuccess()).isTrue();
		assertThat(outcome.processed()).isEqualTo(5);
		assertThat(handled).containsExactly("3:listener failed on 3");
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3", "first:4", "first:5");
	}

	@Test
	void errorHandlerThatThrowsLeavesTheRecordFailed() {
		DynamoRecordErrorHandler rethrowing = (record, ex) -> {
			throw new IllegalStateException("still broken", ex);
		};
		BatchOutcome outcome = dispatcher(rethrowing, failingOn("4", recording("first"))).dispatch(this.fiveRecords);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("4");
		assertThat(outcome.failure()).hasMessage("still broken");
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3", "first:4");
	}

	@Test
	void recordThatNoListenerWantsCountsAsProcessed() {
		StreamRoutes subscriptions = new StreamRoutes(new StreamSubscriptions(List.of(new StreamSubscription("other",
				recording("other"), List.of("other-table"), java.util.EnumSet.allOf(DynamoEventName.class),
				io.github.ddbstreams.listener.RequiredImages.NONE))), new TableNamespace("demo-dev", "_"));
		BatchOutcome outcome = new StreamRecordDispatcher(subscriptions, List.of(), null).dispatch(this.fiveRecords);
		assertThat(outcome).isEqualTo(new BatchOutcome(5, 5, null, null));
		assertThat(this.seen).isEmpty();
	}

	@Test
	void interceptorsRunAroundEveryRecordAndSeeItsFailure() {
		List<String> intercepted = new ArrayList<>();
		DynamoRecordInterceptor interceptor = new DynamoRecordInterceptor() {

			@Override
			public void beforeRecord(DynamoRecord record) {
				intercepted.add("before:" + record.sequenceNumber());
			}

			@Override
			public void afterRecord(DynamoRecord record, @Nullable Exception failure) {
				intercepted
					.add("after:" + record.sequenceNumber() + ":" + ((failure != null) ? failure.getMessage() : "ok"));
			}

		};
		StreamRecordDispatcher dispatcher = new StreamRecordDispatcher(
				subscriptions(failingOn("2", recording("first"))), List.of(interceptor), null);
		dispatcher.dispatch(this.fiveRecords);
		assertThat(intercepted).containsExactly("before:1", "after:1:ok", "before:2", "after:2:listener failed on 2");
	}

	@Test
	void interceptorThatThrowsFailsTheRecord() {
		DynamoRecordInterceptor interceptor = new DynamoRecordInterceptor() {

			@Override
			public void afterRecord(DynamoRecord record, @Nullable Exception failure) {
				if (record.sequenceNumber().equals("2")) {
					throw new IllegalStateException("metrics down");
				}
			}

		};
		BatchOutcome outcome = new StreamRecordDispatcher(subscriptions(recording("first")), List.of(interceptor), null)
			.dispatch(this.fiveRecords);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("2");
		assertThat(outcome.failure()).hasMessage("metrics down");
	}

	@Test
	void logsTheRecordOfAnErrorBeforeItPropagates(CapturedOutput output) {
		DynamoRecordListener overflowing = (record) -> {
			if (record.sequenceNumber().equals("3")) {
				throw new StackOverflowError();
			}
		};
		assertThatExceptionOfType(StackOverflowError.class)
			.isThrownBy(() -> dispatcher(null, recording("first"), overflowing).dispatch(this.fiveRecords));
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3");
		assertThat(output).contains("Record 3 of 5 (SequenceNumber 3, event source " + STREAM
				+ ") failed with java.lang.StackOverflowError; failing the invocation");
	}

	@Test
	void describesTheFailedRecordWithoutLettingItsStringsSplitTheLine() {
		DynamoRecord record = DynamoRecord.builder()
			.eventName(DynamoEventName.INSERT)
			.sequenceNumber("7\nFAKE LOG LINE")
			.eventSourceArn("arn\r\u001b[31m")
			.keys(Map.of("id", AttributeValue.fromS("a")))
			.build();
		BatchOutcome outcome = dispatcher(null, failingOn("7\nFAKE LOG LINE", recording("first")))
			.dispatch(List.of(record));
		assertThat(outcome.describeFailure())
			.isEqualTo("Record 1 of 1 (SequenceNumber 7\\nFAKE LOG LINE, event source arn\\r\\u001b[31m) failed");
		assertThat(outcome.failedSequenceNumber()).isEqualTo("7\nFAKE LOG LINE");
	}

	@Test
	void failsARecordWhoseImageCannotBeMapped() {
		DynamoRecordListener typed = (record) -> record.newImage(Integer.class);
		BatchOutcome outcome = dispatcher(null, typed).dispatch(this.fiveRecords);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("1");
		assertThat(outcome.failure()).isInstanceOf(io.github.ddbstreams.listener.ImageMappingException.class);
	}

	private StreamRecordDispatcher dispatcher(@Nullable DynamoRecordErrorHandler errorHandler,
			DynamoRecordListener... listeners) {
		return new StreamRecordDispatcher(subscriptions(listeners), List.of(), errorHandler);
	}

	private static DynamoRecord record(String sequenceNumber, DynamoEventName eventName) {
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("id-" + sequenceNumber));
		return DynamoRecord.builder()
			.eventName(eventName)
			.sequenceNumber(sequenceNumber)
			.eventSourceArn(STREAM)
			.tableName("test-table")
			.keys(item)
			.newImage((eventName != DynamoEventName.REMOVE) ? item : null)
			.build();
	}

	private static StreamRoutes subscriptions(DynamoRecordListener... listeners) {
		List<StreamSubscription> subscriptions = new ArrayList<>();
		for (int i = 0; i < listeners.length; i++) {
			subscriptions.add(StreamSubscription.of("listener" + i, listeners[i], null, List.of()));
		}
		return new StreamRoutes(new StreamSubscriptions(subscriptions), new TableNamespace("demo-dev", "_"));
	}

	private DynamoRecordListener recording(String name) {
		return (record) -> this.seen.add(name + ":" + record.sequenceNumber());
	}

	private static DynamoRecordListener failingOn(String sequenceNumber, DynamoRecordListener delegate) {
		return (record) -> {
			delegate.onRecord(record);
			if (record.sequenceNumber().equals(sequenceNumber)) {
				throw new IllegalStateException("listener failed on " + sequenceNumber);
			}
		};
	}

}
