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

package io.github.ddbstreams.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConcurrencyBenchmark}.
 */
class ConcurrencyBenchmarkTests {

	@TempDir
	Path work;

	private BenchmarkSettings settings;

	@BeforeEach
	void buildOutput() throws IOException {
		Path classes = Files.createDirectories(this.work.resolve("classes/io/github/ddbstreams/it/app"));
		Files.write(classes.resolve("ItemsApplication.class"), new byte[] { 1 });
		Path dependencies = Files.createDirectories(this.work.resolve("dependency"));
		Files.write(dependencies.resolve("io.github.ddbstreams.dynamodb-streams-spring-boot-autoconfigure.jar"),
				new byte[] { 2 });
		this.settings = new BenchmarkSettings(1024, Duration.ofSeconds(30), 2, 100, 30, 10, 1000, 6, 4,
				this.work.resolve("classes"), dependencies, this.work.resolve("classes"), dependencies,
				this.work.resolve("classes"), dependencies, this.work.resolve("classes"), dependencies,
				this.work.resolve("classes"), dependencies, 7, 5, this.work.resolve("work"), null);
	}

	@Test
	void laysOutTheItemsApplicationAsSamBuildDoes() throws IOException {
		Path taskRoot = ConcurrencyBenchmark.of(this.settings).function(1).taskRoot();
		assertThat(taskRoot.resolve("io/github/ddbstreams/it/app/ItemsApplication.class")).exists();
		assertThat(taskRoot.resolve("lib/io.github.ddbstreams.dynamodb-streams-spring-boot-autoconfigure.jar"))
			.exists();
	}

	@Test
	void startsTheItemsApplicationWithEachConcurrencyAndTheListenerLatency() throws IOException {
		ConcurrencyBenchmark benchmark = ConcurrencyBenchmark.of(this.settings);
		LambdaFunction sequential = benchmark.function(1);
		LambdaFunction concurrent = benchmark.function(20);
		assertThat(sequential.handler()).isEqualTo(concurrent.handler())
			.isEqualTo("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest");
		assertThat(sequential.environment()).containsEntry("DYNAMODB_STREAMS_CONCURRENCY", "1")
			.containsEntry("ITEMS_LATENCY", "10ms")
			.containsEntry("MAIN_CLASS", "io.github.ddbstreams.it.app.ItemsApplication")
			.containsEntry("DYNAMODB_STREAMS_TABLENAMESPACE", "it")
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction");
		assertThat(concurrent.environment()).containsEntry("DYNAMODB_STREAMS_CONCURRENCY", "20");
		assertThat(withoutConcurrency(concurrent)).isEqualTo(withoutConcurrency(sequential));
		assertThat(concurrent.name()).isNotEqualTo(sequential.name());
	}

	@Test
	void startsTheItemsApplicationWithTheJvmOptionsOfTheOtherContenders() throws IOException {
		LambdaFunction starter = BenchmarkHarness.contenders(this.settings).get(Contenders.STARTER);
		assertThat(ConcurrencyBenchmark.of(this.settings).function(20).environment())
			.containsEntry(LambdaFunction.JAVA_TOOL_OPTIONS,
					starter.environment().get(LambdaFunction.JAVA_TOOL_OPTIONS))
			.containsEntry(LambdaFunction.JAVA_TOOL_OPTIONS, "-XX:MaxRAM=1024m");
	}

	@Test
	void eventChangesEachOfTwentyItemsTenTimesInStreamOrderOnTheItemsTablesStream() {
		List<DynamodbStreamRecord> records = LambdaEventSerializers
			.serializerFor(DynamodbEvent.class, getClass().getClassLoader())
			.fromJson(new ByteArrayInputStream(ConcurrencyBenchmark.event().getBytes(StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).hasSize(200)
			.allSatisfy((record) -> assertThat(record.getEventSourceARN()).contains(":table/it_items/stream/"));
		Map<String, List<DynamodbStreamRecord>> byItem = records.stream()
			.collect(Collectors.groupingBy((record) -> record.getDynamodb().getKeys().get("id").getS()));
		assertThat(byItem).hasSize(20).allSatisfy((id, changes) -> {
			assertThat(changes).hasSize(10);
			assertThat(changes.get(0).getEventName()).isEqualTo("INSERT");
			for (int i = 1; i < changes.size(); i++) {
				DynamodbStreamRecord previous = changes.get(i - 1);
				DynamodbStreamRecord change = changes.get(i);
				assertThat(change.getEventName()).isEqualTo("MODIFY");
				assertThat(change.getDynamodb().getSequenceNumber())
					.isGreaterThan(previous.getDynamodb().getSequenceNumber());
				assertThat(change.getDynamodb().getOldImage().get("name"))
					.isEqualTo(previous.getDynamodb().getNewImage().get("name"));
			}
		});
	}

	@Test
	void eachStartHandlesTheEventAgainAndMeasuresTheLastInvocations() throws IOException {
		Plan plan = ConcurrencyBenchmark.of(this.settings).plan();
		assertThat(plan.event()).isEqualTo(ConcurrencyBenchmark.event());
		assertThat(plan.warmInvocations()).isEqualTo(7);
		assertThat(plan.warmMeasured()).isEqualTo(5);
		assertThat(plan.batch()).isNull();
	}

	@Test
	void resultPairsTheMeasuredInvocationsOfBothStarts() {
		ConcurrencyResult result = ConcurrencyBenchmark.result(launch(2_100L, 2_050L), launch(120L, 110L));
		assertThat(result.description()).isEqualTo("200 records over 20 items, 10 ms listener");
		assertThat(result.concurrency()).isEqualTo(20);
		assertThat(result.sequentialNanos()).containsExactly(2_100L, 2_050L);
		assertThat(result.concurrentNanos()).containsExactly(120L, 110L);
	}

	private static Map<String, String> withoutConcurrency(LambdaFunction function) {
		return function.environment()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals("DYNAMODB_STREAMS_CONCURRENCY"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static Launch launch(long... measured) {
		return new Launch(3_000, 2_000, Arrays.stream(measured).boxed().toList(), List.of(), 100, 120);
	}

}
