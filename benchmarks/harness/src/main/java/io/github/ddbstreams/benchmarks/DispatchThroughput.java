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
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DispatchBenchmark} through JMH's Runner API in rounds: each round measures
 * every contender once, untyped then typed, each in a fresh fork with the JVM options of
 * the Lambda Java runtime, so that contenders alternate across the run.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class DispatchThroughput {

	/**
	 * The contenders, as {@link DispatchBenchmark#contender} names them.
	 */
	static final List<String> CONTENDERS = List.of("handWritten", "functionInvoker");

	private final BenchmarkSettings settings;

	private final int forks;

	/**
	 * Create a runner.
	 * @param settings the settings
	 * @param forks the forks of each measurement: 1, or 0 to run in this JVM (a smoke
	 * test)
	 */
	DispatchThroughput(BenchmarkSettings settings, int forks) {
		this.settings = settings;
		this.forks = forks;
	}

	/**
	 * Run the benchmark.
	 * @param progress receives a line per round
	 * @return the records per second of each contender and round, by listener kind
	 * ({@code false} untyped, {@code true} typed) and contender
	 * @throws RunnerException if JMH fails
	 * @throws IOException if the logs cannot be written
	 */
	Map<Boolean, Map<String, List<Double>>> run(Consumer<String> progress) throws RunnerException, IOException {
		Path logs = Files.createDirectories(this.settings.work().resolve("logs"));
		Map<Boolean, Map<String, List<Double>>> results = new LinkedHashMap<>();
		for (int round = 1; round <= this.settings.dispatchRounds(); round++) {
			StringBuilder line = new StringBuilder("Dispatch round ").append(round)
				.append('/')
				.append(this.settings.dispatchRounds());
			for (boolean typed : List.of(false, true)) {
				for (String contender : CONTENDERS) {
					Path log = logs
						.resolve("jmh-" + round + "-" + (typed ? "typed" : "untyped") + "-" + contender + ".log");
					RunResult result = runSingle(contender, typed, log);
					double recordsPerSecond = result.getPrimaryResult().getScore() * this.settings.batchRecords();
					results.computeIfAbsent(typed, (key) -> new LinkedHashMap<>())
						.computeIfAbsent(contender, (key) -> new ArrayList<>())
						.add(recordsPerSecond);
					line.append(", ")
						.append(typed ? "typed " : "untyped ")
						.append(contender)
						.append(' ')
						.append(Math.round(recordsPerSecond))
						.append(" records/s");
				}
			}
			progress.accept(line.toString());
		}
		return results;
	}

	/**
	 * Run one measurement, with what its fork prints (the application's logs) going to
	 * the log file rather than to the console.
	 * @param contender the contender
	 * @param typed whether the listener maps images to a type
	 * @param log where the fork's output goes
	 * @return the result of the run
	 * @throws RunnerException if JMH fails
	 */
	private RunResult runSingle(String contender, boolean typed, Path log) throws RunnerException {
		PrintStream out = System.out;
		PrintStream err = System.err;
		try (PrintStream forkOutput = new PrintStream(
				Files.newOutputStream(log.resolveSibling(log.getFileName() + ".out")), true, StandardCharsets.UTF_8)) {
			System.setOut(forkOutput);
			System.setErr(forkOutput);
			return new Runner(options(contender, typed, log).build()).runSingle();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private ChainedOptionsBuilder options(String contender, boolean typed, Path log) {
		List<String> jvmOptions = new ArrayList<>(LambdaJvm.runtimeOptions(this.settings.memorySize()));
		jvmOptions.add(LambdaJvm.sandboxOption(this.settings.memorySize()));
		return new OptionsBuilder().include("^" + Pattern.quote(DispatchBenchmark.class.getName()) + "\\.dispatch$")
			.param("contender", contender)
			.param("typed", String.valueOf(typed))
			.param("records", String.valueOf(this.settings.batchRecords()))
			.param("memorySize", String.valueOf(this.settings.memorySize()))
			.forks(this.forks)
			.warmupIterations(this.settings.dispatchWarmupIterations())
			.warmupTime(time())
			.measurementIterations(this.settings.dispatchIterations())
			.measurementTime(time())
			.jvmArgs(jvmOptions.toArray(String[]::new))
			.shouldFailOnError(true)
			.output(log.toString());
	}

	private TimeValue time() {
		return new TimeValue(this.settings.dispatchIterationTime().toMillis(), TimeUnit.MILLISECONDS);
	}

}
