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

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.BatchObservationContext;
import io.github.ddbstreams.observation.DefaultRecordObservationConvention;
import io.github.ddbstreams.observation.MicrometerStreamMetrics;
import io.github.ddbstreams.observation.RecordMdc;
import io.github.ddbstreams.observation.RecordObservationContext;
import io.github.ddbstreams.observation.RecordObservationConvention;
import io.github.ddbstreams.observation.StreamMetrics;
import io.github.ddbstreams.observation.StreamObservability;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the observations, meters and logging context that
 * {@link StreamRecordDispatcher} records.
 */
class StreamRecordDispatcherObservationTests {

	private static final String STREAM = StreamEventJson.TEST_TABLE_STREAM;

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final Map<String, Observation.Context> currentInListener = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> mdcInListener = new ConcurrentHashMap<>();

	private final DynamoRecordListener listener = (record) -> {
		Observation current = this.registry.getCurrentObservation();
		if (current != null) {
			this.currentInListener.put(record.sequenceNumber(), current.getContext());
		}
		Map<String, String> mdc = MDC.getCopyOfContextMap();
		this.mdcInListener.put(record.sequenceNumber(), (mdc != null) ? mdc : Map.of());
		switch (record.sequenceNumber()) {
			case "2" -> throw new RecoverableException();
			case "3" -> throw new IllegalStateException("failed on 3");
			default -> {
			}
		}
	};

	private final DynamoRecordErrorHandler errorHandler = (record, ex) -> {
		if (!(ex instanceof RecoverableException)) {
			throw ex;
		}
	};

	@ParameterizedTest
	@ValueSource(ints = { 1, 4 })
	void observesTheBatchAndEachRecordOnItsOwnThread(int concurrency) {
		try (StreamRecordDispatcher dispatcher = dispatcher(concurrency,
				new StreamObservability(this.registry, null, null, StreamMetrics.NONE))) {
			dispatcher.dispatch(List.of(record("1", "a", 0), record("2", "b", 0), record("3", "c", 0)), "req-1");
		}
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("dynamodb.streams.batch", 1)
			.hasNumberOfObservationsWithNameEqualTo("dynamodb.streams.record", 3)
			.hasObservationWithNameEqualTo("dynamodb.streams.batch")
			.that()
			.hasContextualNameEqualTo("process batch test-table")
			.hasLowCardinalityKeyValue("table", "test-table")
			.hasLowCardinalityKeyValue("outcome", "failure")
			.hasHighCardinalityKeyValue("batch.size", "3")
			.hasHighCardinalityKeyValue("request.id", "req-1")
			.hasHighCardinalityKeyValue("failed.sequence.number", "3")
			.hasBeenStopped();
		TestObservationRegistryAssert.assertThat(this.registry)
			.forAllObservationsWithNameEqualTo("dynamodb.streams.record",
					(record) -> record.hasContextualNameEqualTo("process test-table")
						.hasLowCardinalityKeyValue("table", "test-table")
						.hasLowCardinalityKeyValue("event.name", "INSERT")
						.hasParentObservationContextMatching((parent) -> parent instanceof BatchObservationContext))
			.hasAnObservation((record) -> record.hasLowCardinalityKeyValue("outcome", "processed")
				.hasHighCardinalityKeyValue("sequence.number", "1")
				.hasHighCardinalityKeyValue("event.id", "event-1"))
			.hasAnObservation((record) -> record.hasLowCardinalityKeyValue("outcome", "recovered")
				.hasHighCardinalityKeyValue("sequence.number", "2"))
			.hasAnObservation((record) -> record.hasLowCardinalityKeyValue("outcome", "failed")
				.hasHighCardinalityKeyValue("sequence.number", "3")
				.hasError());
		for (String sequenceNumber : List.of("1", "2", "3")) {
			assertThat(this.currentInListener.get(sequenceNumber)).isInstanceOfSatisfying(
					RecordObservationContext.class,
					(context) -> assertThat(context.getRecord().sequenceNumber()).isEqualTo(sequenceNumber));
		}
	}

	@Test
	void usesTheConventionsOfTheUser() {
		RecordObservationConvention convention = new RecordObservationConvention() {

			@Override
			public String getName() {
				return "orders.changes";
			}

			@Override
			public KeyValues getLowCardinalityKeyValues(RecordObservationContext context) {
				return DefaultRecordObservationConvention.INSTANCE.getLowCardinalityKeyValues(context)
					.and("team", "orders");
			}

		};
		try (StreamRecordDispatcher dispatcher = dispatcher(1,
				new StreamObservability(this.registry, convention, null, StreamMetrics.NONE))) {
			dispatcher.dispatch(List.of(record("1", "a", 0)));
		}
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsWithNameEqualTo("dynamodb.streams.record", 0)
			.hasObservationWithNameEqualTo("orders.changes")
			.that()
			.hasLowCardinalityKeyValue("team", "orders")
			.hasLowCardinalityKeyValue("outcome", "processed");
	}

	@Test
	void recordsIteratorAgeAndRecordsByOutcomePerTable() {
		MockClock clock = new MockClock();
		clock.add(1_000_000, TimeUnit.MILLISECONDS);
		SimpleMeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
		long now = clock.wallTime();
		try (StreamRecordDispatcher dispatcher = dispatcher(1,
				new StreamObservability(ObservationRegistry.NOOP, null, null, new MicrometerStreamMetrics(meters)))) {
			dispatcher.dispatch(List.of(record("1", "a", now - 9000), record("2", "b", now - 7000),
					record("3", "c", now - 5000), record("4", "a", now - 4000)));
			dispatcher.dispatch(List.of(record("5", "a", now - 2000)));
		}
		Timer iteratorAge = meters.get("dynamodb.streams.iterator.age").tag("table", "test-table").timer();
		assertThat(iteratorAge.count()).isEqualTo(2);
		assertThat(iteratorAge.max(TimeUnit.MILLISECONDS)).isEqualTo(4000);
		assertThat(iteratorAge.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6000);
		assertThat(count(meters, "processed")).isEqualTo(2);
		assertThat(count(meters, "recovered")).isEqualTo(1);
		assertThat(count(meters, "failed")).isEqualTo(1);
		assertThat(count(meters, "error")).isZero();
	}

	@Test
	void putsTheRecordIntoTheMdcWhileItRunsAndRestoresTheCallersMdc() {
		MDC.put(RecordMdc.REQUEST_ID, "outer");
		try (StreamRecordDispatcher dispatcher = dispatcher(1, StreamObservability.NONE)) {
			dispatcher.dispatch(List.of(record("1", "a", 0)), "req-1");
			assertThat(MDC.get(RecordMdc.REQUEST_ID)).isEqualTo("outer");
			assertThat(MDC.get(RecordMdc.TABLE)).isNull();
			assertThat(MDC.get(RecordMdc.SEQUENCE_NUMBER)).isNull();
		}
		finally {
			MDC.remove(RecordMdc.REQUEST_ID);
		}
		assertThat(this.mdcInListener.get("1")).containsEntry(RecordMdc.TABLE, "test-table")
			.containsEntry(RecordMdc.EVENT_NAME, "INSERT")
			.containsEntry(RecordMdc.SEQUENCE_NUMBER, "1")
			.containsEntry(RecordMdc.EVENT_ID, "event-1")
			.containsEntry(RecordMdc.REQUEST_ID, "req-1")
			.doesNotContainValue("a");
	}

	@Test
	void escapesValuesOfTheEventInTheMdc() {
		DynamoRecord record = DynamoRecord.builder()
			.eventName(DynamoEventName.INSERT)
			.eventId("id\nFAKE LINE")
			.sequenceNumber("1\r\u001b[31m")
			.eventSourceArn(STREAM)
			.tableName("test-table")
			.keys(Map.of("id", AttributeValue.fromS("a")))
			.build();
		try (StreamRecordDispatcher dispatcher = dispatcher(1, StreamObservability.NONE)) {
			dispatcher.dispatch(List.of(record));
		}
		assertThat(this.mdcInListener.get("1\r\u001b[31m")).containsEntry(RecordMdc.EVENT_ID, "id\\nFAKE LINE")
			.containsEntry(RecordMdc.SEQUENCE_NUMBER, "1\\r\\u001b[31m");
	}

	@Test
	void allocatesNothingPerRecordWhenObservationsAreOff() {
		DynamoRecord record = record("1", "a", 0);
		Route route = routes(this.listener).routeOf(STREAM);
		BatchObservation batch = BatchObservation.start(StreamObservability.NONE, List.of(record), "test-table",
				StreamInvocation.NONE);
		RecordObservations.Handling handling = (handled, handledRoute, handledBatch, context) -> null;
		RecordObservations off = RecordObservations.of(StreamObservability.NONE);
		ObservationRegistry observing = ObservationRegistry.create();
		observing.observationConfig().observationHandler((context) -> true);
		RecordObservations on = RecordObservations
			.of(new StreamObservability(observing, null, null, StreamMetrics.NONE));
		assertThat(allocatedPerCall(off, record, route, batch, handling)).isLessThan(1);
		assertThat(allocatedPerCall(on, record, route, batch, handling)).isGreaterThan(16);
	}

	private static double allocatedPerCall(RecordObservations observations, DynamoRecord record, Route route,
			BatchObservation batch, RecordObservations.Handling handling) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < 20_000; i++) {
			observations.observe(record, route, batch, handling);
		}
		int calls = 100_000;
		long before = threads.getCurrentThreadAllocatedBytes();
		for (int i = 0; i < calls; i++) {
			observations.observe(record, route, batch, handling);
		}
		return (threads.getCurrentThreadAllocatedBytes() - before) / (double) calls;
	}

	private static double count(SimpleMeterRegistry meters, String outcome) {
		return meters.get("dynamodb.streams.records")
			.tag("table", "test-table")
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private StreamRecordDispatcher dispatcher(int concurrency, StreamObservability observability) {
		return new StreamRecordDispatcher(routes(this.listener), List.of(), this.errorHandler,
				ConcurrencySettings.of(concurrency), observability);
	}

	private static StreamRoutes routes(DynamoRecordListener listener) {
		return new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", listener, null, List.of()))),
				new TableNamespace("demo-dev", "_"));
	}

	private static DynamoRecord record(String sequenceNumber, String id, long createdMillis) {
		return DynamoRecord.builder()
			.eventName(DynamoEventName.INSERT)
			.eventId("event-" + sequenceNumber)
			.sequenceNumber(sequenceNumber)
			.eventSourceArn(STREAM)
			.tableName("test-table")
			.approximateCreationTime((createdMillis > 0) ? Instant.ofEpochMilli(createdMillis) : null)
			.keys(Map.of("id", AttributeValue.fromS(id)))
			.build();
	}

	private static final class RecoverableException extends RuntimeException {

	}

}
