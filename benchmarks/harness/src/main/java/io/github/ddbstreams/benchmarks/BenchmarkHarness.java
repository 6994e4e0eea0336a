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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.benchmarks.ColdStartBenchmark.ColdStarts;
import io.github.ddbstreams.benchmarks.plain.HandWrittenStreamHandler;
import org.openjdk.jmh.runner.RunnerException;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.core.io.ClassPathResource;

/**
 * Runs every benchmark: the sizes of the Lambda jars, cold starts and peak memory of the
 * functions started as the Lambda Java runtime starts them, and dispatch throughput with
 * JMH; prints one table and writes it into the README's benchmarks section.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class BenchmarkHarness {

	private static final String FUNCTION_INVOKER = FunctionInvoker.class.getName() + "::handleRequest";

	private static final String HAND_WRITTEN = HandWrittenStreamHandler.class.getName() + "::handleRequest";

	private static final String SAMPLE_EVENT = "events/test-table-changes.json";

	private final BenchmarkSettings settings;

	private final int dispatchForks;

	/**
	 * Create a harness.
	 * @param settings the settings
	 * @param dispatchForks the forks of each dispatch measurement: 1, or 0 for a smoke
	 * test in this JVM
	 */
	BenchmarkHarness(BenchmarkSettings settings, int dispatchForks) {
		this.settings = settings;
		this.dispatchForks = dispatchForks;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
		BenchmarkReport report = new BenchmarkHarness(settings, 1).run();
		System.out.println();
		System.out.println(report.table());
		if (settings.readme() != null) {
			new ReadmeSection(settings.readme(), "benchmarks").replace(report.section());
			System.out.println("Wrote the table into " + settings.readme());
		}
	}

	/**
	 * Run every benchmark.
	 * @return the report
	 * @throws IOException if a runtime cannot start or a file cannot be read
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 * @throws RunnerException if JMH fails
	 */
	BenchmarkReport run() throws IOException, InterruptedException, RunnerException {
		long started = System.nanoTime();
		Machine machine = Machine.describe();
		Files.createDirectories(this.settings.work());
		String firstEvent = new String(StreamEventFactory.event(this.settings.coldStartRecords()),
				StandardCharsets.UTF_8);
		String batch = new String(StreamEventFactory.event(this.settings.batchRecords()), StandardCharsets.UTF_8);
		String sampleEvent = new ClassPathResource(SAMPLE_EVENT).getContentAsString(StandardCharsets.UTF_8);
		LambdaLauncher launcher = new LambdaLauncher(this.settings.memorySize(), this.settings.timeout(),
				this.settings.work());

		String sandbox = LambdaJvm.sandboxOption(this.settings.memorySize());
		LambdaFunction starter = LambdaFunction.of(Contenders.STARTER, this.settings.starterJar(), FUNCTION_INVOKER)
			.withJvmOptions(sandbox);
		LambdaFunction stock = LambdaFunction.of(Contenders.STOCK, this.settings.stockJar(), FUNCTION_INVOKER)
			.withJvmOptions(sandbox);
		LambdaFunction plain = LambdaFunction.of(Contenders.PLAIN, this.settings.plainJar(), HAND_WRITTEN)
			.withJvmOptions(sandbox);
		LambdaFunction sample = LambdaFunction.of(Contenders.SAMPLE, this.settings.sampleJar(), FUNCTION_INVOKER)
			.withJvmOptions(sandbox);
		String aot = "-Dspring.aot.enabled=true";
		LambdaFunction starterAot = starter.named(Contenders.STARTER_AOT)
			.withJar(this.settings.starterAotJar())
			.withJvmOptions(aot);

		log("Training the class data archives");
		LambdaFunction starterCds = AppCds.train(launcher, starter.named(Contenders.STARTER_CDS), firstEvent,
				"starter");
		LambdaFunction starterAotCds = AppCds.train(launcher, starterAot.named(Contenders.STARTER_AOT_CDS), firstEvent,
				"starter-aot");
		LambdaFunction plainCds = AppCds.train(launcher, plain.named(Contenders.PLAIN_CDS), firstEvent, "plain");

		log("Counting loaded classes, then " + this.settings.coldStartRuns() + " rounds of cold starts");
		Map<String, ColdStarts> coldStarts = new ColdStartBenchmark(launcher, batch).add(starter, firstEvent, true)
			.add(stock, firstEvent, true)
			.add(plain, firstEvent, true)
			.add(starter.named(Contenders.STARTER_LAZY).withEnvironment("SPRING_MAIN_LAZY_INITIALIZATION", "true"),
					firstEvent, false)
			.add(starterAot, firstEvent, false)
			.add(starterCds, firstEvent, false)
			.add(starterAotCds, firstEvent, true)
			.add(plainCds, firstEvent, false)
			.add(sample, sampleEvent, false)
			.run(this.settings.coldStartRuns(), this.settings.memoryRuns(), BenchmarkHarness::log);

		log("Dispatch throughput, " + this.settings.dispatchRounds() + " rounds");
		Map<Boolean, Map<String, List<Double>>> dispatch = new DispatchThroughput(this.settings, this.dispatchForks)
			.run(BenchmarkHarness::log);

		Map<String, Long> jarSizes = new LinkedHashMap<>();
		jarSizes.put(Contenders.STARTER, Files.size(this.settings.starterJar()));
		jarSizes.put(Contenders.STOCK, Files.size(this.settings.stockJar()));
		jarSizes.put(Contenders.PLAIN, Files.size(this.settings.plainJar()));
		jarSizes.put(Contenders.STARTER_AOT_JAR, Files.size(this.settings.starterAotJar()));
		jarSizes.put(Contenders.SAMPLE, Files.size(this.settings.sampleJar()));
		return new BenchmarkReport(machine, this.settings, dispatch, coldStarts, jarSizes,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static void log(String message) {
		System.out.println("[benchmarks] " + message);
	}

}
