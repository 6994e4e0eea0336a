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

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamRecordDispatcher}.
 */
class StreamRecordDispatcherTests {

	private final List<String> seen = new ArrayList<>();

	private final DynamodbEvent fiveRecords = StreamEvents.decode(StreamEventJson.event()
		.insert("1", "a", "a1")
		.insert("2", "b", "b1")
		.modify("3", "a", "a1", "a2")
		.remove("4", "b", "b1")
		.insert("5", "c", "c1")
		.bytes());

	@Test
	void handsEveryRecordToTheListenerInBatchOrder() {
		BatchOutcome outcome = dispatcher(null, recording("first")).dispatch(this.fiveRecords.getRecords());
		assertThat(outcome).isEqualTo(new BatchOutcome(5, 5, null, null));
		assertThat(outcome.isSuccess()).isTrue();
		assertThat(outcome.failedSequenceNumber()).isNull();
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3", "first:4", "first:5");
	}

	@Test
	void stopsAtTheFirstFailedRecordAndRunsNoLaterRecord() {
		BatchOutcome outcome = dispatcher(null, failingOn("3", recording("first")))
			.dispatch(this.fiveRecords.getRecords());
		assertThat(outcome.isSuccess()).isFalse();
		assertThat(outcome.size()).isEqualTo(5);
		assertThat(outcome.processed()).isEqualTo(2);
		assertThat(outcome.failedSequenceNumber()).isEqualTo("3");
		assertThat(outcome.failure()).hasMessage("listener failed on 3");
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3");
	}

	@Test
	void handsEachRecordToEveryListenerThatWantsIt() {
		dispatcher(null, recording("first"), recording("second")).dispatch(this.fiveRecords.getRecords());
		assertThat(this.seen).containsExactly("first:1", "second:1", "first:2", "second:2", "first:3", "second:3",
				"first:4", "second:4", "first:5", "second:5");
	}

	@Test
	void stopsBeforeTheLaterListenersOfAFailedRecord() {
		BatchOutcome outcome = dispatcher(null, recording("first"), failingOn("2", recording("second")),
				recording("third"))
			.dispatch(this.fiveRecords.getRecords());
		assertThat(outcome.failedSequenceNumber()).isEqualTo("2");
		assertThat(this.seen).containsExactly("first:1", "second:1", "third:1", "first:2", "second:2");
	}

	@Test
	void errorHandlerThatReturnsRecoversTheRecord() {
		List<String> handled = new ArrayList<>();
		DynamoRecordErrorHandler recovering = (record, ex) -> handled
			.add(record.sequenceNumber() + ":" + ex.getMessage());
		BatchOutcome outcome = dispatcher(recovering, failingOn("3", recording("first")))
			.dispatch(this.fiveRecords.getRecords());
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
		BatchOutcome outcome = dispatcher(rethrowing, failingOn("4", recording("first")))
			.dispatch(this.fiveRecords.getRecords());
		assertThat(outcome.failedSequenceNumber()).isEqualTo("4");
		assertThat(outcome.failure()).hasMessage("still broken");
		assertThat(this.seen).containsExactly("first:1", "first:2", "first:3", "first:4");
	}

	@Test
	void recordThatNoListenerWantsCountsAsProcessed() {
		StreamRoutes subscriptions = new StreamRoutes(
				new StreamSubscriptions(
						List.of(new StreamSubscription("other", recording("other"), List.of("other-table"),
								java.util.EnumSet.allOf(io.github.ddbstreams.listener.DynamoEventName.class),
								io.github.ddbstreams.listener.RequiredImages.NONE))),
				new TableNamespace("demo-dev", "_"));
		BatchOutcome outcome = new StreamRecordDispatcher(subscriptions, new DefaultTableSchemaResolver(), List.of(),
				null)
			.dispatch(this.fiveRecords.getRecords());
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
				subscriptions(failingOn("2", recording("first"))), new DefaultTableSchemaResolver(),
				List.of(interceptor), null);
		dispatcher.dispatch(this.fiveRecords.getRecords());
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
		BatchOutcome outcome = new StreamRecordDispatcher(subscriptions(recording("first")),
				new DefaultTableSchemaResolver(), List.of(interceptor), null)
			.dispatch(this.fiveRecords.getRecords());
		assertThat(outcome.failedSequenceNumber()).isEqualTo("2");
		assertThat(outcome.failure()).hasMessage("metrics down");
	}

	@Test
	void failsTheWholeEventWhenItReachesAnAttributeValueWithoutType() {
		DynamodbEvent event = StreamEvents.decode(StreamEventJson.event()
			.insert("1", "a", "a1")
			.record("INSERT", "2", StreamEventJson.key("b"), "{\"id\":{\"Q\":\"b\"}}", null)
			.insert("3", "c", "c1")
			.bytes());
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> dispatcher(null, recording("first")).dispatch(event.getRecords()))
			.withMessage("Record 1 (SequenceNumber 2) of the DynamoDB stream event has attribute 'id' in "
					+ "'dynamodb.NewImage' with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		assertThat(this.seen).containsExactly("first:1");
	}

	@Test
	void checksTheTypesOfImagesNoListenerReads() {
		DynamodbEvent event = StreamEvents.decode(StreamEventJson.event()
			.record("REMOVE", "6", StreamEventJson.key("a"), null,
					"{\"id\":{\"S\":\"a\"},\"address\":{\"M\":{\"zip\":{\"X\":\"1\"}}}}")
			.bytes());
		StreamRoutes nobody = new StreamRoutes(new StreamSubscriptions(List.of()), new TableNamespace("demo-dev", "_"));
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> new StreamRecordDispatcher(nobody, new DefaultTableSchemaResolver(), List.of(), null)
				.dispatch(event.getRecords()))
			.withMessageContaining("has attribute 'address.zip' in 'dynamodb.OldImage'");
	}

	@Test
	void failsARecordWhoseImageCannotBeMapped() {
		DynamoRecordListener typed = (record) -> record.newImage(Integer.class);
		BatchOutcome outcome = dispatcher(null, typed).dispatch(this.fiveRecords.getRecords());
		assertThat(outcome.failedSequenceNumber()).isEqualTo("1");
		assertThat(outcome.failure()).isInstanceOf(io.github.ddbstreams.listener.ImageMappingException.class);
	}

	private StreamRecordDispatcher dispatcher(@Nullable DynamoRecordErrorHandler errorHandler,
			DynamoRecordListener... listeners) {
		return new StreamRecordDispatcher(subscriptions(listeners), new DefaultTableSchemaResolver(), List.of(),
				errorHandler);
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
