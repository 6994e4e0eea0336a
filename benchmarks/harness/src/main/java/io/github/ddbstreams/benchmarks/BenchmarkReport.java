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

import io.github.ddbstreams.benchmarks.LambdaRounds.Launches;
import org.jspecify.annotations.Nullable;

/**
 * The results of a run as one Markdown table, with the machine, the JVM, the date, the
 * load and how to read it: what the README's benchmarks section shows, and what the
 * harness prints.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class BenchmarkReport {

	static final double TIME_PER_RECORD_TARGET = 1.00;

	static final double METHOD_TIME_PER_RECORD_TARGET = 0.90;

	static final double METHOD_FIRST_VS_WARM_TARGET = 2.00;

	static final double TIME_PER_RECORD_AIM = 0.80;

	static final double MEMORY_TARGET = 1.15;

	static final double FIRST_VS_WARM_TARGET = 5.00;

	static final double COLD_START_TARGET = 2.00;

	static final double AOT_COLD_START_TARGET = 0.85;

	static final double CONCURRENCY_TARGET = 8.00;

	private static final double MIB = 1024 * 1024;

	private final Machine machine;

	private final BenchmarkSettings settings;

	private final Map<String, Launches> results;

	private final @Nullable ConcurrencyResult concurrency;

	private final Duration elapsed;

	/**
	 * Create a report.
	 * @param machine the machine
	 * @param settings the settings of the run
	 * @param results the starts of each contender, by name
	 * @param concurrency the concurrency benchmark, or {@code null} when it did not run
	 * @param elapsed how long the benchmarks took
	 */
	BenchmarkReport(Machine machine, BenchmarkSettings settings, Map<String, Launches> results,
			@Nullable ConcurrencyResult concurrency, Duration elapsed) {
		this.machine = machine;
		this.settings = settings;
		this.results = results;
		this.concurrency = concurrency;
		this.elapsed = elapsed;
	}

	/**
	 * Return the table alone.
	 * @return the Markdown table
	 */
	String table() {
		List<String> lines = new ArrayList<>();
		lines.add("| Benchmark | Contender | Result | Details | vs. hand-written | Target | Met |");
		lines.add("|---|---|--:|---|--:|---|---|");
		timePerRecordRows(lines);
		memoryRows(lines);
		firstInvocationRows(lines);
		coldStartRows(lines);
		coldStartAboveFloorRows(lines);
		concurrencyRow(lines);
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

				The command builds the contenders, runs every benchmark against the hand-written baseline in the same
				run, prints the table below and writes it here. `-Dbenchmarks.rounds=20` and the other `benchmarks.*`
				properties of `BenchmarkSettings` change the defaults; `-Dbenchmarks.java=<path to java>` measures on
				another JVM.

				The contenders run the same listener logic (`benchmarks/orders`: map the new image of each record to an
				`@DynamoDbBean` `Order` with the Enhanced Client's `TableSchema`), use the same AWS SDK artifacts, answer
				`{"batchItemFailures":[]}`, which the harness checks, and are packaged as `sam build` packages them (the
				module's `target/classes` at the task root, its runtime dependencies in `lib/`):

				- **Starter**: a start.spring.io-style application with this starter and one `DynamoRecordListener` bean
				  (`@DynamoStreamListener(itemTypes = Order.class)`) that maps the new image, handler
				  `FunctionInvoker::handleRequest`, as the SAM template deploys it (`benchmarks/starter-function`);
				  **priming=startup** is the same function with `DYNAMODB_STREAMS_PRIMING=startup`, which primes it at the
				  end of start-up as SnapStart primes it before the snapshot (the default, `snapshot`, does nothing without
				  a checkpoint). The same application with `BENCH_LISTENER=method` has instead a listener method
				  `@DynamoStreamListener("orders") void onOrder(Order order)`, with nothing else declared (no `itemTypes`,
				  no events); with `BENCH_LISTENER=presence`, a listener bean that tests for the new image untyped before
				  it maps it, as users write it:
				  `record.newImage() != null ? record.newImage(Order.class) : record.oldImage(Order.class)`;
				  **AOT mode** is the default starter function started from the classes that `process-aot` generated at
				  build time (`-Dspring.aot.enabled=true` in `JAVA_TOOL_OPTIONS`, as the template sets it); the
				  build runs `process-aot` on the starter's and the stock floor's applications;
				- **Hand-written**: a `RequestStreamHandler` without Spring that decodes with aws-lambda-java-serialization,
				  converts each image to SDK v2 values and maps it with `TableSchema.fromBean` (`benchmarks/plain-function`).
				- **Floors**, measured for the cold start only: what each side costs before any work of its own.
				  **Spring Cloud Function, empty function** is a start.spring.io-style application without the starter,
				  behind the same stock `FunctionInvoker`, whose one `Function<InputStream, String>` reads the event
				  undecoded and answers (`benchmarks/stock-function`); **without web modules** is the same application
				  with the adapter's web and HTTP client modules left out, as the starter leaves them out
				  (`benchmarks/stock-function-lean`); **empty RequestStreamHandler** does the same without Spring
				  (`EmptyStreamHandler`, beside the hand-written handler).

				How it measures: %1$d rounds; every round starts each contender once, in turn, in a fresh JVM exactly as
				the Lambda Java runtime starts it (the task root on the class path, the runtime interface client polling a
				local Runtime API), with the options of a %2$d MB function:
				`%3$s`, and `JAVA_TOOL_OPTIONS=%4$s` so that the JVM sizes itself for the function's memory, as in a Lambda
				sandbox. Each start delivers a %5$d-record event first, then %6$d more (the last %7$d measured: warm); the
				starter and the hand-written handler then get a %8$s-record event (%9$s bytes, under Lambda's 6 MB limit)
				%10$d times (the last %11$d measured). Results are medians over the rounds; ratios are medians of the
				ratios of each round, so that the machine's load affects both sides alike.

				- **Time per record**: an invocation with the large event, from queueing it to its response, divided by
				  its records.
				- **Peak memory**: `VmHWM` (peak resident set) of the runtime's JVM after the large events.
				- **First invocation**: from the runtime's first request for an invocation (its initialization done) to
				  the first response, against the warm invocations of the same event.
				- **Cold start**: from the start of the process to the first response; details: fastest and slowest, and
				  the classes loaded in an extra start with `-Xlog:class+load`.
				- **Cold start above its floor**: a contender's cold start minus its floor's in the same round, the
				  starter's above Spring Cloud Function's without web modules, the hand-written handler's above the
				  empty handler's: what each side's own work adds.%20$s

				Measured on %12$s: %13$d cores (%14$s), %15$s, %16$s; the benchmarks took %17$s after the build; load
				average (1 min) %18$s during the rounds. The machine is shared, so compare ratios rather than absolute
				numbers; on Lambda, a %2$d MB function gets a fraction of a vCPU and its absolute times are longer.

				%19$s"""
			.formatted(this.settings.rounds(), this.settings.memorySize(),
					String.join(" ", LambdaJvm.runtimeOptions(this.settings.memorySize())),
					LambdaJvm.sandboxOption(this.settings.memorySize()), this.settings.records(),
					this.settings.warmInvocations(), this.settings.warmMeasured(), number(this.settings.batchRecords()),
					number(StreamEventFactory.event(this.settings.batchRecords()).length),
					this.settings.batchInvocations(), this.settings.batchMeasured(), this.machine.date(),
					this.machine.cores(), this.machine.cpu(), this.machine.memory(), this.machine.jvm(),
					minutes(this.elapsed), loadAverages(), table(), concurrencyDescription());
	}

	private String concurrencyDescription() {
		ConcurrencyResult result = this.concurrency;
		if (result == null) {
			return "";
		}
		return """

				- **Concurrency**: the `integration-tests` module's `ItemsApplication`, packaged and started the same way,
				  with one listener that maps each record's image and then waits %1$s for it, like a call to another
				  service (`ITEMS_LATENCY`), once with `DYNAMODB_STREAMS_CONCURRENCY=1` and once with %2$d. Each start
				  handles a %3$s, %4$d more times (the last %5$d measured); the ratio is the median of the ratios of the
				  measured invocations, paired in order. Records of one item run one after the other, so the bound is
				  %6$dx."""
			.formatted(ConcurrencyBenchmark.LISTENER_LATENCY.toMillis() + " ms", result.concurrency(),
					ConcurrencyBenchmark.RECORDS + "-record event over " + ConcurrencyBenchmark.ITEMS + " items",
					this.settings.concurrencyInvocations(), this.settings.concurrencyMeasured(),
					ConcurrencyBenchmark.ITEMS);
	}

	private void timePerRecordRows(List<String> lines) {
		Launches handWritten = this.results.get(Contenders.HAND_WRITTEN);
		for (Launches launches : this.results.values()) {
			if (launches.launches().get(0).batchNanos().isEmpty()) {
				continue;
			}
			List<Double> invocations = launches.batchInvocations();
			double perRecordMicros = Ratios.median(invocations) / 1000 / this.settings.batchRecords();
			boolean baseline = launches.name().equals(Contenders.HAND_WRITTEN);
			double ratio = Ratios.pairedRatio(invocations, handWritten.batchInvocations());
			double target = launches.name().equals(Contenders.STARTER_METHOD) ? METHOD_TIME_PER_RECORD_TARGET
					: TIME_PER_RECORD_TARGET;
			String aim = launches.name().equals(Contenders.STARTER) ? " (aim " + ratio(TIME_PER_RECORD_AIM) + ")" : "";
			lines.add(row("Time per record, " + number(this.settings.batchRecords()) + "-record event", launches.name(),
					decimal(perRecordMicros) + " µs",
					"invocation " + millis(Ratios.median(invocations)) + " (" + range(invocations) + ")", ratio(ratio),
					baseline ? "" : "≤ " + ratio(target) + aim, baseline ? "" : met(ratio <= target)));
		}
	}

	private void memoryRows(List<String> lines) {
		Launches handWritten = this.results.get(Contenders.HAND_WRITTEN);
		for (Launches launches : this.results.values()) {
			if (launches.launches().get(0).batchNanos().isEmpty()) {
				continue;
			}
			boolean baseline = launches.name().equals(Contenders.HAND_WRITTEN);
			double ratio = Ratios.pairedRatio(launches.peakRss(), handWritten.peakRss());
			List<Long> afterFirst = launches.launches()
				.stream()
				.map(LambdaLauncher.Launch::rssAfterFirstKilobytes)
				.toList();
			lines.add(row("Peak memory, " + number(this.settings.batchRecords()) + "-record event", launches.name(),
					mebibytes(Ratios.median(launches.peakRss()) * 1024),
					"after the first invocation: " + mebibytes(Ratios.median(afterFirst) * 1024), ratio(ratio),
					baseline ? "" : "≤ " + ratio(MEMORY_TARGET), baseline ? "" : met(ratio <= MEMORY_TARGET)));
		}
	}

	private void firstInvocationRows(List<String> lines) {
		Launches handWritten = this.results.get(Contenders.HAND_WRITTEN);
		for (Launches launches : this.results.values()) {
			if (isFloor(launches)) {
				continue;
			}
			List<Long> first = launches.firstInvocations();
			List<Double> warm = launches.warmInvocations();
			double firstVsWarm = Ratios.pairedRatio(first, warm);
			double vsHandWritten = Ratios.pairedRatio(first, handWritten.firstInvocations());
			boolean primed = launches.name().equals(Contenders.STARTER_PRIMED);
			boolean methodPrimed = launches.name().equals(Contenders.STARTER_METHOD_PRIMED);
			String target = primed ? "≤ " + ratio(FIRST_VS_WARM_TARGET) + " warm, < 1.00x hand-written"
					: (methodPrimed ? "≤ " + ratio(METHOD_FIRST_VS_WARM_TARGET) + " warm" : "");
			String met = primed
					? "warm " + met(firstVsWarm <= FIRST_VS_WARM_TARGET) + ", hand-written " + met(vsHandWritten < 1.0)
					: (methodPrimed ? met(firstVsWarm <= METHOD_FIRST_VS_WARM_TARGET) : "");
			lines.add(row("First invocation after start-up, " + number(this.settings.records()) + "-record event",
					launches.name(), millis(Ratios.median(first)),
					"warm " + millis(Ratios.median(warm)) + "; first/warm " + ratio(firstVsWarm), ratio(vsHandWritten),
					target, met));
		}
	}

	private void coldStartRows(List<String> lines) {
		Launches handWritten = this.results.get(Contenders.HAND_WRITTEN);
		for (Launches launches : this.results.values()) {
			List<Long> coldStarts = launches.coldStarts();
			double ratio = Ratios.pairedRatio(coldStarts, handWritten.coldStarts());
			boolean target = launches.name().equals(Contenders.STARTER);
			String details = range(coldStarts) + "; " + number(launches.classes().total()) + " classes loaded, "
					+ number(launches.classes().shared()) + " from CDS";
			String targetColumn = target ? "≤ " + ratio(COLD_START_TARGET) : "";
			String metColumn = target ? met(ratio <= COLD_START_TARGET) : "";
			Launches jvmMode = jvmModeOf(launches.name());
			if (jvmMode != null) {
				double vsJvmMode = Ratios.pairedRatio(coldStarts, jvmMode.coldStarts());
				details += "; " + ratio(vsJvmMode) + " of JVM mode";
				if (launches.name().equals(Contenders.STARTER_AOT)) {
					targetColumn = "≤ " + ratio(AOT_COLD_START_TARGET) + " of JVM mode";
					metColumn = met(vsJvmMode <= AOT_COLD_START_TARGET);
				}
			}
			lines.add(row("Cold start, whole process under the runtime interface client", launches.name(),
					millis(Ratios.median(coldStarts)), details, ratio(ratio), targetColumn, metColumn));
		}
	}

	private @Nullable Launches jvmModeOf(String name) {
		if (name.equals(Contenders.STARTER_AOT)) {
			return this.results.get(Contenders.STARTER);
		}
		if (name.equals(Contenders.STOCK_FLOOR_AOT)) {
			return this.results.get(Contenders.STOCK_FLOOR);
		}
		return null;
	}

	/**
	 * Add what each side's own work adds to its cold start, round by round: the starter's
	 * above Spring Cloud Function's floor with the starter's dependency exclusions (the
	 * stock handler with a function that does no work), the hand-written handler's above
	 * an empty handler.
	 * @param lines the lines of the table
	 */
	private void coldStartAboveFloorRows(List<String> lines) {
		Launches springFloor = this.results.get(Contenders.LEAN_FLOOR);
		Launches plainFloor = this.results.get(Contenders.PLAIN_FLOOR);
		if (springFloor == null || plainFloor == null) {
			return;
		}
		List<Long> handWritten = aboveFloor(this.results.get(Contenders.HAND_WRITTEN), plainFloor);
		List<Long> starter = aboveFloor(this.results.get(Contenders.STARTER), springFloor);
		lines.add(row("Cold start above its floor", Contenders.STARTER, millis(Ratios.median(starter)),
				"cold start minus the floor's without web modules in the same round; " + range(starter),
				ratio(Ratios.pairedRatio(starter, handWritten)), "", ""));
		lines.add(row("Cold start above its floor", Contenders.HAND_WRITTEN, millis(Ratios.median(handWritten)),
				"cold start minus the empty handler's in the same round; " + range(handWritten), ratio(1.0), "", ""));
	}

	private static List<Long> aboveFloor(Launches launches, Launches floor) {
		List<Long> coldStarts = launches.coldStarts();
		List<Long> floors = floor.coldStarts();
		List<Long> above = new ArrayList<>();
		for (int i = 0; i < Math.min(coldStarts.size(), floors.size()); i++) {
			above.add(coldStarts.get(i) - floors.get(i));
		}
		return above;
	}

	private static boolean isFloor(Launches launches) {
		return launches.name().startsWith(Contenders.FLOOR);
	}

	private void concurrencyRow(List<String> lines) {
		ConcurrencyResult result = this.concurrency;
		if (result == null) {
			return;
		}
		double speedUp = Ratios.pairedRatio(result.sequentialNanos(), result.concurrentNanos());
		lines
			.add(row("Concurrency, " + result.description(), "Starter, concurrency " + result.concurrency(),
					millis(Ratios.median(result.concurrentNanos())),
					"concurrency 1: " + millis(Ratios.median(result.sequentialNanos())) + "; " + ratio(speedUp)
							+ " faster",
					"", "≥ " + ratio(CONCURRENCY_TARGET) + " faster than concurrency 1",
					met(speedUp >= CONCURRENCY_TARGET)));
	}

	private String loadAverages() {
		List<Double> all = this.results.values()
			.stream()
			.flatMap((launches) -> launches.loadAverages().stream())
			.toList();
		if (all.isEmpty()) {
			return "unknown";
		}
		return String.format(Locale.ROOT, "%.1f to %.1f (median %.1f)",
				all.stream().mapToDouble(Double::doubleValue).min().orElse(0),
				all.stream().mapToDouble(Double::doubleValue).max().orElse(0), Ratios.median(all));
	}

	private static String range(List<? extends Number> nanos) {
		double min = nanos.stream().mapToDouble(Number::doubleValue).min().orElse(0);
		double max = nanos.stream().mapToDouble(Number::doubleValue).max().orElse(0);
		return millis(min) + "–" + millis(max);
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

	private static String millis(double nanos) {
		double millis = nanos / 1_000_000;
		return (Math.abs(millis) < 10) ? String.format(Locale.ROOT, "%.2f ms", millis)
				: String.format(Locale.ROOT, "%,d ms", Math.round(millis));
	}

	private static String minutes(Duration duration) {
		return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
	}

	private static String mebibytes(double bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
	}

}
