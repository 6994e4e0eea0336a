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

package io.github.ddbstreams.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.local.RecordingListener.Delivery;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StartingPosition;
import io.github.ddbstreams.test.LambdaEventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ShardBatchProcessor}: batches go through the application's real Lambda
 * function, and its outcome is applied the way Lambda's event source mapping applies it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShardBatchProcessorTests {

	private static final String STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/demo_items/stream/2026-01-01T00:00:00.000";

	private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

	private static ConfigurableApplicationContext function;

	private static ConfigurableApplicationContext consumer;

	private final LambdaEventJson events = new LambdaEventJson();

	private final List<DiscardedBatch> discarded = new ArrayList<>();

	private final StopSignal stop = new StopSignal();

	@BeforeAll
	static void startApplications() {
		function = start("dynamodb.streams.report-batch-item-failures=true");
		consumer = start("dynamodb.streams.report-batch-item-failures=false");
	}

	@AfterAll
	static void stopApplications() {
		function.close();
		consumer.close();
	}

	@BeforeEach
	void resetListeners() {
		for (ConfigurableApplicationContext context : List.of(function, consumer)) {
			context.getBean(RecordingListener.class).reset();
			context.getBean(RecordingFunctionInvoker.class).reset();
		}
	}

	@Test
	void processesEveryRecordOfABatchOnceAndLogsOneLineWithoutTableData(CapturedOutput output) {
		assertThat(processor(function, settings(true)).process(records("a", "b", "c"))).isTrue();
		assertThat(ids(function)).containsExactly("a", "b", "c");
		assertThat(output)
			.containsPattern("demo_items shardId-1: 3 records \\(SequenceNumber 1 to 3\\) in \\d+ ms, succeeded");
		assertThat(output).doesNotContain("secret-");
	}

	@Test
	void retriesFromTheRecordThatThePartialBatchResponseNames(CapturedOutput output) {
		listener(function).failWhen((record, attempt) -> id(record.keys()).equals("c") && attempt == 1);
		assertThat(processor(function, settings(true)).process(records("a", "b", "c", "d", "e"))).isTrue();
		assertThat(ids(function)).containsExactly("a", "b", "c", "d", "e");
		assertThat(batches(function)).containsExactly(List.of("a", "b", "c", "d", "e"), List.of("c", "d", "e"));
		assertThat(output).contains("demo_items shardId-1: 5 records (SequenceNumber 1 to 5) in ",
				"reported record 3 (SequenceNumber 3) as failed; retrying from it in 1 ms (retry 1, no limit)");
		assertThat(this.discarded).isEmpty();
	}

	@Test
	void retriesTheWholeBatchWhenTheFunctionThrows(CapturedOutput output) {
		listener(consumer).failWhen((record, attempt) -> id(record.keys()).equals("c") && attempt == 1);
		assertThat(processor(consumer, settings(false)).process(records("a", "b", "c", "d", "e"))).isTrue();
		assertThat(ids(consumer)).containsExactly("a", "b", "a", "b", "c", "d", "e");
		assertThat(batches(consumer)).containsExactly(List.of("a", "b", "c", "d", "e"),
				List.of("a", "b", "c", "d", "e"));
		assertThat(output).contains("failed with io.github.ddbstreams.dispatch.StreamRecordFailedException; "
				+ "retrying the batch in 1 ms (retry 1, no limit)");
	}

	@Test
	void doublesTheWaitBeforeEachRetry(CapturedOutput output) {
		listener(function).failWhen((record, attempt) -> id(record.keys()).equals("b") && attempt <= 3);
		assertThat(processor(function, settings(true)).process(records("a", "b"))).isTrue();
		assertThat(output).contains("retrying from it in 1 ms (retry 1, no limit)",
				"retrying from it in 2 ms (retry 2, no limit)", "retrying from it in 4 ms (retry 3, no limit)");
	}

	@Test
	void discardsTheRestOfTheBatchOnceItsFirstRecordExhaustedItsRetries() {
		listener(function).alwaysFail((record) -> id(record.keys()).equals("c"));
		EventSourceMappingSettings settings = settings(true, 1, false, Duration.ofSeconds(-1));
		assertThat(processor(function, settings).process(records("a", "b", "c", "d", "e"))).isTrue();
		assertThat(ids(function)).containsExactly("a", "b");
		assertThat(this.discarded).singleElement().satisfies((batch) -> {
			assertThat(batch.condition()).isEqualTo(DiscardedBatch.RETRY_ATTEMPTS_EXHAUSTED);
			assertThat(batch.startSequenceNumber()).isEqualTo("3");
			assertThat(batch.endSequenceNumber()).isEqualTo("5");
			assertThat(batch.batchSize()).isEqualTo(3);
			assertThat(batch.approximateInvokeCount()).isEqualTo(2);
			assertThat(batch.functionError()).isNull();
			assertThat(batch.shardId()).isEqualTo("shardId-1");
			assertThat(batch.streamArn()).isEqualTo(STREAM_ARN);
			assertThat(idsOf(batch)).containsExactly("c", "d", "e");
		});
	}

	@Test
	void bisectsAFailedBatchUntilTheFailingRecordIsAloneWithoutUsingUpRetries() {
		listener(consumer).alwaysFail((record) -> id(record.keys()).equals("c"));
		EventSourceMappingSettings settings = settings(false, 0, true, Duration.ofSeconds(-1));
		assertThat(processor(consumer, settings).process(records("a", "b", "c", "d", "e"))).isTrue();
		assertThat(batches(consumer)).containsExactly(List.of("a", "b", "c", "d", "e"), List.of("a", "b"),
				List.of("c", "d", "e"), List.of("c"), List.of("d", "e"));
		assertThat(ids(consumer)).containsExactly("a", "b", "a", "b", "d", "e");
		assertThat(this.discarded).singleElement().satisfies((batch) -> {
			assertThat(idsOf(batch)).containsExactly("c");
			assertThat(batch.approximateInvokeCount()).isEqualTo(3);
			assertThat(batch.functionError()).isEqualTo(DiscardedBatch.UNHANDLED);
		});
	}

	@Test
	void discardsRecordsOlderThanTheMaximumRecordAgeWithoutInvokingTheFunction() {
		List<ShardRecord> records = List.of(record("1", "a", NOW.minus(Duration.ofHours(2))),
				record("2", "b", NOW.minus(Duration.ofMinutes(61))),
				record("3", "c", NOW.minus(Duration.ofMinutes(59))));
		EventSourceMappingSettings settings = settings(true, -1, false, Duration.ofHours(1));
		assertThat(processor(function, settings).process(records)).isTrue();
		assertThat(batches(function)).containsExactly(List.of("c"));
		assertThat(this.discarded).singleElement().satisfies((batch) -> {
			assertThat(batch.condition()).isEqualTo(DiscardedBatch.RECORD_AGE_EXCEEDED);
			assertThat(idsOf(batch)).containsExactly("a", "b");
			assertThat(batch.approximateInvokeCount()).isZero();
			assertThat(batch.approximateArrivalOfFirstRecord()).isEqualTo(NOW.minus(Duration.ofHours(2)));
		});
	}

	@Test
	void startsNoFurtherRetryOnceStoppingIsAskedFor() throws Exception {
		listener(function).alwaysFail((record) -> id(record.keys()).equals("b"));
		ShardBatchProcessor processor = processor(function, settings(true));
		CompletableFuture<Boolean> done = CompletableFuture
			.supplyAsync(() -> processor.process(records("a", "b", "c")));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (listener(function).attempts("2") < 3 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		this.stop.request();
		assertThat(done.get(5, TimeUnit.SECONDS)).isFalse();
		assertThat(ids(function)).containsExactly("a");
		assertThat(this.discarded).isEmpty();
	}

	private ShardBatchProcessor processor(ConfigurableApplicationContext context, EventSourceMappingSettings settings) {
		return new ShardBatchProcessor(new ShardLocation("demo_items", STREAM_ARN, "shardId-1"), settings,
				context.getBean(RecordingFunctionInvoker.class), this.events, this.discarded::add, Duration.ofMillis(1),
				this.stop, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static EventSourceMappingSettings settings(boolean partialBatchResponses) {
		return settings(partialBatchResponses, -1, false, Duration.ofSeconds(-1));
	}

	private static EventSourceMappingSettings settings(boolean partialBatchResponses, int maximumRetryAttempts,
			boolean bisect, Duration maximumRecordAge) {
		return new EventSourceMappingSettings("items", null, true, StartingPosition.TRIM_HORIZON, 100, Duration.ZERO,
				bisect, maximumRetryAttempts, maximumRecordAge, 1, Duration.ZERO, null, List.of(),
				partialBatchResponses);
	}

	private List<ShardRecord> records(String... ids) {
		List<ShardRecord> records = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			records.add(record(Integer.toString(i + 1), ids[i], NOW));
		}
		return records;
	}

	private ShardRecord record(String sequenceNumber, String id, Instant created) {
		Record record = Record.builder()
			.eventID("event-" + sequenceNumber)
			.eventName(OperationType.INSERT)
			.eventVersion("1.1")
			.eventSource("aws:dynamodb")
			.awsRegion("us-east-1")
			.dynamodb(StreamRecord.builder()
				.approximateCreationDateTime(created)
				.keys(java.util.Map.of("id", AttributeValue.fromS(id)))
				.newImage(
						java.util.Map.of("id", AttributeValue.fromS(id), "name", AttributeValue.fromS("secret-" + id)))
				.sequenceNumber(sequenceNumber)
				.sizeBytes(20L)
				.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
				.build())
			.build();
		return new ShardRecord(sequenceNumber, created, this.events.record(record, STREAM_ARN));
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(LoopApplication.class).web(WebApplicationType.NONE)
			.properties(property, "spring.main.banner-mode=off")
			.run();
	}

	private static RecordingListener listener(ConfigurableApplicationContext context) {
		return context.getBean(RecordingListener.class);
	}

	private static List<String> ids(ConfigurableApplicationContext context) {
		return listener(context).deliveries().stream().map(Delivery::id).toList();
	}

	private static List<List<String>> batches(ConfigurableApplicationContext context) {
		return context.getBean(RecordingFunctionInvoker.class)
			.invocations()
			.stream()
			.map((invocation) -> invocation.records().stream().map(ShardBatchProcessorTests::id).toList())
			.toList();
	}

	private static List<String> idsOf(DiscardedBatch batch) {
		List<String> ids = new ArrayList<>();
		io.github.ddbstreams.harness.events.StreamEvents.tree(batch.event())
			.get("Records")
			.forEach((record) -> ids.add(id(record)));
		return ids;
	}

	private static String id(JsonNode record) {
		return record.get("dynamodb").get("Keys").get("id").get("S").asString();
	}

	private static String id(java.util.Map<String, AttributeValue> keys) {
		return keys.get("id").s();
	}

}
