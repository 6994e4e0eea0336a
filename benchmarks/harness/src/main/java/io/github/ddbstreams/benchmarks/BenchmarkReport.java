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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.ddbstreams.benchmarks.ColdStartBenchmark.ColdStarts;

/**
 * The results of a run as one Markdown table, with the machine, the JVM, the date and how
 * to read it: what the README's benchmarks section shows, and what the harness prints.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class BenchmarkReport {

	private static final double DISPATCH_TARGET = 1.10;

	private static final double COLD_START_VS_STOCK_TARGET = 1.00;

	private static final double COLD_START_VS_PLAIN_TARGET = 2.00;

	private static final double MEMORY_TARGET = 1.30;

	private static final double JAR_TARGET = 1.00;

	private static final double MIB = 1024 * 1024;

	private final Machine machine;

	private final BenchmarkSettings settings;

	private final Map<Boolean, Map<String, List<Double>>> dispatch;

	private final Map<String, ColdStarts> coldStarts;

	private final Map<String, Long> jarSizes;

	private final Duration elapsed;

	/**
	 * Create a report.
	 * @param machine the machine
	 * @param settings the settings of the run
	 * @param dispatch the records per second, by listener kind and contender
	 * @param coldStarts the cold starts and memory, by function
	 * @param jarSizes the sizes of the Lambda jars in bytes, by function
	 * @param elapsed how long the benchmarks took
	 */
	BenchmarkReport(Machine machine, BenchmarkSettings settings, Map<Boolean, Map<String, List<Double>>> dispatch,
			Map<String, ColdStarts> coldStarts, Map<String, Long> jarSizes, Duration elapsed) {
		this.machine = machine;
		this.settings = settings;
		this.dispatch = dispatch;
		this.coldStarts = coldStarts;
		this.jarSizes = jarSizes;
		this.elapsed = elapsed;
	}

	/**
	 * Return the table alone.
	 * @return the Markdown table
	 */
	String table() {
		List<String> lines = new ArrayList<>();
		lines.add("| Benchmark | Contender | Result | Details | vs. plain Java (hand-written) | vs. stock Spring Cloud"
				+ " Function | Target | Met |");
		lines.add("|---|---|--:|---|--:|--:|---|---|");
		dispatchRows(lines);
		coldStartRows(lines);
		memoryRows(lines);
		jarRows(lines);
		return String.join("\n", lines) + "\n";
	}

	/**
	 * Return the content of the README's benchmarks section.
	 * @return the Markdown
	 */
	String section() {
		return """
				## Benchmarks

				```bash
				./mvnw -Pbenchmarks -pl benchmarks/harness -am verify -DskipTests
				```

				The command builds a Lambda jar per contender, runs every benchmark against the baselines in the same run,
				prints the table below and writes it here. `-Dbenchmarks.cold-start.runs=20`,
				`-Dbenchmarks.dispatch.rounds=5` and the other `benchmarks.*` properties of `BenchmarkSettings` change the
				defaults; `-Dbenchmarks.java=<path to java>` measures on another JVM.

				The contenders run the same listener logic (`benchmarks/orders`: read the key and the new image, untyped
				or mapped to an `@DynamoDbBean` with the Enhanced Client's `TableSchema`; typed in the cold start and
				memory rows), use the same AWS SDK artifacts and answer `{"batchItemFailures":[]}`, which the harness
				checks:

				- **Starter**: a `DynamoRecordListener` bean with this starter, packaged like the sample
				  (`benchmarks/starter-function`), handler `FunctionInvoker::handleRequest`;
				- **Stock Spring Cloud Function**: a hand-written `Function<DynamodbEvent, StreamsEventResponse>` bean
				  with `spring-cloud-function-adapter-aws` and its default dependencies, WebFlux and Netty included, and its
				  default logging (every event at `INFO`), as a user gets it, handler `FunctionInvoker::handleRequest`
				  (`benchmarks/stock-function`);
				- **Plain Java**: a hand-written `RequestStreamHandler` without Spring that decodes with
				  aws-lambda-java-serialization and converts to SDK v2 values (`benchmarks/plain-function`).

				How each benchmark measures:

				- **Dispatch**: JMH, a %1$s-record event (%2$s bytes, under Lambda's 6 MB limit), bytes in to listener
				  calls out, through the Lambda handler; %3$d rounds, each measuring every contender in its own fork
				  (%4$d warm-up and %5$d measured iterations of %6$s) with the JVM options of a %7$d MB function.
				  Result: median records per second; ratio: time per record against the hand-written handler, median of
				  the rounds.
				- **Cold start**: a fresh JVM started exactly as the Lambda Java runtime starts it (the jar unzipped into
				  a task root, the runtime interface client polling a local Runtime API), from the start of the process to
				  the first response posted, for a %8$d-record event (the sample: its own 3-record fixture); %9$d starts
				  of each contender, interleaved (every round starts each one once). Result: median; details: fastest and
				  slowest, and the classes loaded in an extra start with `-Xlog:class+load`; ratios: median of the
				  ratios of the rounds.
				- **Peak memory**: `VmHWM` (peak resident set) of the runtime's JVM after it handled the %1$s-record
				  batch as second invocation, in the first %10$d rounds; details: after the first response.
				- **JVM options**, the same for all: the runtime starts the JVM of a %7$d MB function (the SAM template's
				  default) with
				  `%11$s`;
				  `JAVA_TOOL_OPTIONS` adds `%12$s`, so that the JVM sizes its heap from the function's memory, as in a
				  Lambda sandbox, rather than from this machine's, and the variant's options.
				- **Variants** of the starter: lazy initialization is `SPRING_MAIN_LAZY_INITIALIZATION=true`; Spring AOT
				  is the same application after `spring-boot-maven-plugin:process-aot`, run with
				  `-Dspring.aot.enabled=true` (`benchmarks/starter-function-aot`); AppCDS is a dynamic archive written by
				  a training start of the function with one invocation (`-XX:ArchiveClassesAtExit`), then used with
				  `-XX:SharedArchiveFile` (on Lambda: in the deployment package and `JAVA_TOOL_OPTIONS`, written by the
				  runtime's exact JVM build). Every starter contender leaves out
				  `spring-boot-restclient`, `spring-boot-http-client` and `spring-boot-http-converter`, which
				  `spring-cloud-function-context` brings and a stream function does not use, as the starter does.

				Measured on %13$s: %14$d cores (%15$s), %16$s, %17$s; the benchmarks took %19$s after the build.
				Other processes may have run at the same time, so compare ratios rather than absolute numbers; on
				Lambda, a %7$d MB function gets a fraction of a vCPU and its absolute times are longer.

				%18$s"""
			.formatted(number(this.settings.batchRecords()),
					number(StreamEventFactory.event(this.settings.batchRecords()).length),
					this.settings.dispatchRounds(), this.settings.dispatchWarmupIterations(),
					this.settings.dispatchIterations(), seconds(this.settings.dispatchIterationTime().toMillis()),
					this.settings.memorySize(), this.settings.coldStartRecords(), this.settings.coldStartRuns(),
					this.settings.memoryRuns(), String.join(" ", LambdaJvm.runtimeOptions(this.settings.memorySize())),
					LambdaJvm.sandboxOption(this.settings.memorySize()), this.machine.date(), this.machine.cores(),
					this.machine.cpu(), this.machine.memory(), this.machine.jvm(), table(), minutes(this.elapsed));
	}

	private void dispatchRows(List<String> lines) {
		for (Map.Entry<Boolean, Map<String, List<Double>>> kind : this.dispatch.entrySet()) {
			String benchmark = kind.getKey() ? "Dispatch, typed listener" : "Dispatch, untyped listener";
			List<Double> handWritten = kind.getValue().get(Contenders.DISPATCH_HAND_WRITTEN);
			for (Map.Entry<String, List<Double>> contender : kind.getValue().entrySet()) {
				List<Double> recordsPerSecond = contender.getValue();
				String details = "rounds: "
						+ recordsPerSecond.stream()
							.map((value) -> number(Math.round(value)))
							.collect(Collectors.joining(", "))
						+ "; " + decimal(1e6 / Ratios.median(recordsPerSecond)) + " µs per record";
				boolean baseline = contender.getKey().equals(Contenders.DISPATCH_HAND_WRITTEN);
				double ratio = Ratios.pairedRatio(handWritten, recordsPerSecond);
				lines.add(row(benchmark, Contenders.dispatchName(contender.getKey()),
						number(Math.round(Ratios.median(recordsPerSecond))) + " records/s", details, ratio(ratio), "",
						baseline ? "" : "≤ " + ratio(DISPATCH_TARGET), baseline ? "" : met(ratio <= DISPATCH_TARGET)));
			}
		}
	}

	private void coldStartRows(List<String> lines) {
		ColdStarts plain = this.coldStarts.get(Contenders.PLAIN);
		ColdStarts stock = this.coldStarts.get(Contenders.STOCK);
		for (ColdStarts starts : this.coldStarts.values()) {
			List<Long> millis = starts.coldStartNanos().stream().map((nanos) -> nanos / 1_000_000).toList();
			String details = number(millis.stream().mapToLong(Long::longValue).min().orElse(0)) + "–"
					+ number(millis.stream().mapToLong(Long::longValue).max().orElse(0)) + " ms; "
					+ number(starts.classes().total()) + " classes loaded, " + number(starts.classes().shared())
					+ " from CDS";
			double vsPlain = Ratios.pairedRatio(starts.coldStartNanos(), plain.coldStartNanos());
			double vsStock = Ratios.pairedRatio(starts.coldStartNanos(), stock.coldStartNanos());
			boolean starter = Contenders.isStarter(starts.name());
			lines.add(row("Cold start", starts.name(), number(Math.round(Ratios.median(millis))) + " ms", details,
					ratio(vsPlain), ratio(vsStock),
					starter ? "≤ " + ratio(COLD_START_VS_STOCK_TARGET) + " stock, ≤ "
							+ ratio(COLD_START_VS_PLAIN_TARGET) + " plain" : "",
					starter ? "stock " + met(vsStock <= COLD_START_VS_STOCK_TARGET) + ", plain "
							+ met(vsPlain <= COLD_START_VS_PLAIN_TARGET) : ""));
		}
	}

	private void memoryRows(List<String> lines) {
		ColdStarts plain = this.coldStarts.get(Contenders.PLAIN);
		ColdStarts stock = this.coldStarts.get(Contenders.STOCK);
		for (ColdStarts starts : this.coldStarts.values()) {
			if (starts.batchPeakRssKilobytes().isEmpty()) {
				continue;
			}
			double vsPlain = Ratios.pairedRatio(starts.batchPeakRssKilobytes(), plain.batchPeakRssKilobytes());
			double vsStock = Ratios.pairedRatio(starts.batchPeakRssKilobytes(), stock.batchPeakRssKilobytes());
			boolean starter = Contenders.isStarter(starts.name());
			lines.add(row("Peak memory, " + number(this.settings.batchRecords()) + "-record batch", starts.name(),
					mebibytes(Ratios.median(starts.batchPeakRssKilobytes()) * 1024),
					"after the first response: " + mebibytes(Ratios.median(starts.firstResponseRssKilobytes()) * 1024),
					ratio(vsPlain), ratio(vsStock), starter ? "≤ " + ratio(MEMORY_TARGET) + " plain" : "",
					starter ? met(vsPlain <= MEMORY_TARGET) : ""));
		}
	}

	private void jarRows(List<String> lines) {
		long plain = this.jarSizes.get(Contenders.PLAIN);
		long stock = this.jarSizes.get(Contenders.STOCK);
		for (Map.Entry<String, Long> jar : this.jarSizes.entrySet()) {
			double vsStock = (double) jar.getValue() / stock;
			boolean starter = Contenders.isStarter(jar.getKey());
			lines.add(row("Lambda jar", jar.getKey(), mebibytes(jar.getValue()), number(jar.getValue()) + " bytes",
					ratio((double) jar.getValue() / plain), ratio(vsStock),
					starter ? "≤ " + ratio(JAR_TARGET) + " stock" : "", starter ? met(vsStock <= JAR_TARGET) : ""));
		}
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

	private static String met(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	private static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String seconds(long millis) {
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

	private static String minutes(Duration duration) {
		return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
	}

	private static String mebibytes(double bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
	}

}
