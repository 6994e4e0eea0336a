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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;
import io.github.ddbstreams.benchmarks.LambdaRounds.Launches;
import io.github.ddbstreams.harness.build.SamBuild;
import org.jspecify.annotations.Nullable;

/**
 * Runs every benchmark: the contenders, laid out as {@code sam build} lays them out,
 * started round by round as the Lambda Java runtime starts them; prints one table and
 * writes it into the README's benchmarks section.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class BenchmarkHarness {

	static final String FUNCTION_INVOKER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

	static final String HAND_WRITTEN = "io.github.ddbstreams.benchmarks.plain.HandWrittenStreamHandler::handleRequest";

	static final String EMPTY_HANDLER = "io.github.ddbstreams.benchmarks.plain.EmptyStreamHandler::handleRequest";

	static final String STARTER_APPLICATION = "io.github.ddbstreams.benchmarks.starter.StarterFunctionApplication";

	/**
	 * The JVM option that starts a Spring application from the classes that
	 * {@code process-aot} generated.
	 */
	static final String AOT_MODE = "-Dspring.aot.enabled=true";

	static final String STOCK_APPLICATION = "io.github.ddbstreams.benchmarks.stock.StockFunctionApplication";

	static final String STOCK_FUNCTION = "emptyStreamFunction";

	private final BenchmarkSettings settings;

	/**
	 * Create a harness.
	 * @param settings the settings
	 */
	BenchmarkHarness(BenchmarkSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		BenchmarkReport report = new BenchmarkHarness(settings).run();
		System.out.println();
		System.out.println(report.table());
		if (settings.readme() != null) {
			new ReadmeSection(settings.readme(), "benchmarks").replace(report.section());
			System.out.println("Wrote the table into " + settings.readme());
		}
	}

	/**
	 * Return the contenders, laid out as {@code sam build} lays them out under the work
	 * directory.
	 * @param settings the settings
	 * @return the starter, the starter primed at start-up, the hand-written handler, and
	 * the floors of both: Spring Cloud Function's stock handler with a function that does
	 * no work (with the adapter's dependencies, and with the starter's exclusions), and a
	 * handler that does no work
	 * @throws IOException if a task root cannot be laid out
	 */
	static Map<String, LambdaFunction> contenders(BenchmarkSettings settings) throws IOException {
		Path tasks = settings.work().resolve("task");
		String sandbox = LambdaJvm.sandboxOption(settings.memorySize());
		LambdaFunction starter = LambdaFunction
			.of(Contenders.STARTER,
					SamBuild.taskRoot(settings.starterClasses(), settings.starterDependencies(),
							tasks.resolve("starter")),
					FUNCTION_INVOKER)
			.withEnvironment("MAIN_CLASS", STARTER_APPLICATION)
			.withEnvironment("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction")
			.withJvmOptions(sandbox);
		LambdaFunction plain = LambdaFunction
			.of(Contenders.HAND_WRITTEN,
					SamBuild.taskRoot(settings.plainClasses(), settings.plainDependencies(), tasks.resolve("plain")),
					HAND_WRITTEN)
			.withJvmOptions(sandbox);
		LambdaFunction stockFloor = stockFunction(Contenders.STOCK_FLOOR,
				SamBuild.taskRoot(settings.stockClasses(), settings.stockDependencies(), tasks.resolve("stock")))
			.withJvmOptions(sandbox);
		LambdaFunction leanFloor = stockFunction(Contenders.LEAN_FLOOR,
				SamBuild.taskRoot(settings.leanClasses(), settings.leanDependencies(), tasks.resolve("lean")))
			.withJvmOptions(sandbox);
		LambdaFunction method = starter.named(Contenders.STARTER_METHOD).withEnvironment("BENCH_LISTENER", "method");
		LambdaFunction starterAot = starter.named(Contenders.STARTER_AOT).withJvmOptions(AOT_MODE);
		LambdaFunction stockFloorAot = stockFloor.named(Contenders.STOCK_FLOOR_AOT).withJvmOptions(AOT_MODE);
		return Map.ofEntries(Map.entry(Contenders.STARTER, starter),
				Map.entry(Contenders.STARTER_PRIMED,
						starter.named(Contenders.STARTER_PRIMED)
							.withEnvironment("DYNAMODB_STREAMS_PRIMING", "startup")),
				Map.entry(Contenders.STARTER_METHOD, method),
				Map.entry(Contenders.STARTER_METHOD_PRIMED,
						method.named(Contenders.STARTER_METHOD_PRIMED)
							.withEnvironment("DYNAMODB_STREAMS_PRIMING", "startup")),
				Map.entry(Contenders.STARTER_PRESENCE,
						starter.named(Contenders.STARTER_PRESENCE).withEnvironment("BENCH_LISTENER", "presence")),
				Map.entry(Contenders.STARTER_AOT, starterAot), Map.entry(Contenders.HAND_WRITTEN, plain),
				Map.entry(Contenders.STOCK_FLOOR, stockFloor), Map.entry(Contenders.STOCK_FLOOR_AOT, stockFloorAot),
				Map.entry(Contenders.LEAN_FLOOR, leanFloor),
				Map.entry(Contenders.PLAIN_FLOOR,
						LambdaFunction.of(Contenders.PLAIN_FLOOR, plain.taskRoot(), EMPTY_HANDLER)
							.withJvmOptions(sandbox)));
	}

	/**
	 * Return Spring Cloud Function's floor: the stock handler on the application that
	 * runs a function doing no work.
	 * @param name the name of the contender
	 * @param taskRoot the task root of one of the builds of that application
	 * @return the function
	 */
	private static LambdaFunction stockFunction(String name, Path taskRoot) {
		return LambdaFunction.of(name, taskRoot, FUNCTION_INVOKER)
			.withEnvironment("MAIN_CLASS", STOCK_APPLICATION)
			.withEnvironment("SPRING_CLOUD_FUNCTION_DEFINITION", STOCK_FUNCTION);
	}

	/**
	 * Run every benchmark.
	 * @return the report
	 * @throws IOException if a runtime cannot start or a file cannot be read
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 */
	BenchmarkReport run() throws IOException, InterruptedException {
		long started = System.nanoTime();
		Machine machine = Machine.describe();
		Files.createDirectories(this.settings.work());
		String event = new String(StreamEventFactory.event(this.settings.records()), StandardCharsets.UTF_8);
		String batch = new String(StreamEventFactory.event(this.settings.batchRecords()), StandardCharsets.UTF_8);
		Map<String, LambdaFunction> contenders = contenders(this.settings);
		Plan withBatch = new Plan(event, this.settings.warmInvocations(), this.settings.warmMeasured(), batch,
				this.settings.batchInvocations(), this.settings.batchMeasured());
		Plan withoutBatch = new Plan(event, this.settings.warmInvocations(), this.settings.warmMeasured(), null, 0, 0);
		LambdaLauncher launcher = new LambdaLauncher(this.settings.memorySize(), this.settings.timeout(),
				this.settings.work());
		log("Counting loaded classes, then " + this.settings.rounds() + " rounds");
		Map<String, Launches> results = new LambdaRounds(launcher).add(contenders.get(Contenders.STARTER), withBatch)
			.add(contenders.get(Contenders.STARTER_PRIMED), withoutBatch)
			.add(contenders.get(Contenders.STARTER_METHOD), withBatch)
			.add(contenders.get(Contenders.STARTER_METHOD_PRIMED), withoutBatch)
			.add(contenders.get(Contenders.STARTER_PRESENCE), withBatch)
			.add(contenders.get(Contenders.STARTER_AOT), withBatch)
			.add(contenders.get(Contenders.HAND_WRITTEN), withBatch)
			.add(contenders.get(Contenders.STOCK_FLOOR), Plan.firstOnly(event))
			.add(contenders.get(Contenders.STOCK_FLOOR_AOT), Plan.firstOnly(event))
			.add(contenders.get(Contenders.LEAN_FLOOR), Plan.firstOnly(event))
			.add(contenders.get(Contenders.PLAIN_FLOOR), Plan.firstOnly(event))
			.run(this.settings.rounds(), BenchmarkHarness::log);
		return new BenchmarkReport(machine, this.settings, results, concurrency(launcher),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Run the concurrency benchmark, unless the settings leave it out.
	 * @param launcher the launcher
	 * @return its result, or {@code null} when left out
	 * @throws IOException if the application cannot be laid out or started
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 */
	private @Nullable ConcurrencyResult concurrency(LambdaLauncher launcher) throws IOException, InterruptedException {
		if (this.settings.concurrencyMeasured() <= 0) {
			return null;
		}
		log("Concurrency: " + ConcurrencyBenchmark.description() + ", concurrency 1 and "
				+ ConcurrencyBenchmark.CONCURRENCY);
		return ConcurrencyBenchmark.of(this.settings).run(launcher, BenchmarkHarness::log);
	}

	private static void log(String message) {
		System.out.println("[benchmarks] " + message);
	}

}
