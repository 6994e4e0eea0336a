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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;
import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.events.ItemChanges;

/**
 * The concurrency benchmark of issue 12: the {@code integration-tests} module's
 * {@code ItemsApplication}, laid out as {@code sam build} lays it out, whose listener
 * maps each record and then takes 10 ms for it (like a call to another service), started
 * once with {@code dynamodb.streams.concurrency} 1 and once with 20; each start handles a
 * 200-record event over 20 items several times, and the measured invocations of the two
 * starts are paired in order.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ConcurrencyBenchmark {

	static final String ITEMS_APPLICATION = "io.github.ddbstreams.it.app.ItemsApplication";

	/**
	 * The stream of the table {@code items} in the namespace {@code it}, which the
	 * application listens to.
	 */
	static final String ITEMS_STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/it_items/stream/2026-11-01T00:00:00.000";

	static final int RECORDS = 200;

	static final int ITEMS = 20;

	static final int CONCURRENCY = 20;

	static final Duration LISTENER_LATENCY = Duration.ofMillis(10);

	private final LambdaFunction function;

	private final int invocations;

	private final int measured;

	/**
	 * Create the benchmark.
	 * @param function the application without a concurrency set
	 * @param invocations the invocations of each start after the first
	 * @param measured how many of the last of them are measured
	 */
	ConcurrencyBenchmark(LambdaFunction function, int invocations, int measured) {
		this.function = function;
		this.invocations = invocations;
		this.measured = measured;
	}

	/**
	 * Lay out the application under the work directory and create the benchmark.
	 * @param settings the settings
	 * @return the benchmark
	 * @throws IOException if the task root cannot be laid out
	 */
	static ConcurrencyBenchmark of(BenchmarkSettings settings) throws IOException {
		Path taskRoot = SamBuild.taskRoot(settings.itemsClasses(), settings.itemsDependencies(),
				settings.work().resolve("task").resolve("items"));
		LambdaFunction function = LambdaFunction.of("Items", taskRoot, BenchmarkHarness.FUNCTION_INVOKER)
			.withEnvironment("MAIN_CLASS", ITEMS_APPLICATION)
			.withEnvironment("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction")
			.withEnvironment("DYNAMODB_STREAMS_TABLENAMESPACE", "it")
			.withEnvironment("ITEMS_LATENCY", LISTENER_LATENCY.toMillis() + "ms")
			.withJvmOptions(LambdaJvm.sandboxOption(settings.memorySize()));
		return new ConcurrencyBenchmark(function, settings.concurrencyInvocations(), settings.concurrencyMeasured());
	}

	/**
	 * Return the application with a concurrency.
	 * @param concurrency the records of one batch in flight at the same time
	 * @return the function
	 */
	LambdaFunction function(int concurrency) {
		return this.function.named("Items, concurrency " + concurrency)
			.withEnvironment("DYNAMODB_STREAMS_CONCURRENCY", Integer.toString(concurrency));
	}

	/**
	 * Return what each start invokes: the event, then the same event again.
	 * @return the plan
	 */
	Plan plan() {
		return new Plan(event(), this.invocations, this.measured, null, 0, 0);
	}

	/**
	 * Return the event: {@value #RECORDS} changes of {@value #ITEMS} items, interleaved,
	 * so that each item changes {@code RECORDS / ITEMS} times in stream order.
	 * @return the event JSON
	 */
	static String event() {
		return ItemChanges.event(ITEMS_STREAM_ARN, RECORDS, ITEMS);
	}

	/**
	 * Return what the row of the report says the benchmark is.
	 * @return the description
	 */
	static String description() {
		return RECORDS + " records over " + ITEMS + " items, " + LISTENER_LATENCY.toMillis() + " ms listener";
	}

	/**
	 * Start the application with concurrency 1, then with {@value #CONCURRENCY}, each as
	 * planned.
	 * @param launcher the launcher
	 * @param progress receives a line per start
	 * @return the result
	 * @throws IOException if a runtime cannot start
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 */
	ConcurrencyResult run(LambdaLauncher launcher, Consumer<String> progress) throws IOException, InterruptedException {
		Launch sequential = launch(launcher, 1, progress);
		Launch concurrent = launch(launcher, CONCURRENCY, progress);
		return result(sequential, concurrent);
	}

	private Launch launch(LambdaLauncher launcher, int concurrency, Consumer<String> progress)
			throws IOException, InterruptedException {
		Launch launch = launcher.launch(function(concurrency), plan(), "items-concurrency-" + concurrency);
		progress.accept("Concurrency " + concurrency + ": cold start " + launch.coldStartNanos() / 1_000_000
				+ " ms, first invocation " + launch.firstInvocationNanos() / 1_000_000 + " ms, measured invocations "
				+ launch.warmNanos().stream().map((nanos) -> nanos / 1_000_000 + " ms").toList() + ", load average "
				+ Machine.loadAverage());
		return launch;
	}

	/**
	 * Return the result of the two starts.
	 * @param sequential the start with concurrency 1
	 * @param concurrent the start with concurrency {@value #CONCURRENCY}
	 * @return the measured invocations of each, in order
	 */
	static ConcurrencyResult result(Launch sequential, Launch concurrent) {
		return new ConcurrencyResult(description(), CONCURRENCY, sequential.warmNanos(), concurrent.warmNanos());
	}

}
