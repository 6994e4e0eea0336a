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

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import io.github.ddbstreams.benchmarks.LambdaRounds.Launches;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BenchmarkReport}.
 */
class BenchmarkReportTests {

	private static final Path DIRECTORY = Path.of("target");

	private final BenchmarkSettings settings = new BenchmarkSettings(1024, Duration.ofSeconds(30), 2, 100, 30, 10, 1000,
			6, 4, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY, DIRECTORY,
			DIRECTORY, 7, 5, Path.of("work"), null);

	private final Machine machine = new Machine(2, "Some CPU", "24 GiB", "Some JVM 17", LocalDate.of(2026, 11, 21));

	@Test
	void timePerRecordRowsCompareWithTheHandWrittenHandlerRoundByRound() {
		assertThat(report(null).table())
			.contains("| Time per record, 1,000-record event | Starter (default handler) | 90.00 µs | invocation 90 ms"
					+ " (80 ms–100 ms) | 0.90x |  ≤ 1.00x (aim 0.80x) | yes |".replace("|  ≤", "| ≤"))
			.contains("| Time per record, 1,000-record event | Hand-written RequestStreamHandler | 100.00 µs |"
					+ " invocation 100 ms (100 ms–100 ms) | 1.00x |  |  |")
			.doesNotContain("| Time per record, 1,000-record event | Starter, priming=startup |");
	}

	@Test
	void memoryRowsCompareThePeaksAfterTheLargeEvent() {
		assertThat(report(null).table()).contains("| Peak memory, 1,000-record event | Starter (default handler) |"
				+ " 120.0 MiB | after the first invocation: 90.0 MiB | 1.20x | ≤ 1.15x | **no** |");
	}

	@Test
	void firstInvocationRowsCompareWithWarmInvocationsAndTheHandWrittenFirstInvocation() {
		String table = report(null).table();
		assertThat(table)
			.contains("| First invocation after start-up, 100-record event | Starter, priming=startup | 8.00 ms |"
					+ " warm 2.00 ms; first/warm 4.00x | 0.27x | ≤ 5.00x warm, < 1.00x hand-written |"
					+ " warm yes, hand-written yes |")
			.contains("| First invocation after start-up, 100-record event | Starter (default handler) | 120 ms |"
					+ " warm 2.00 ms; first/warm 60.00x | 4.00x |  |  |");
	}

	@Test
	void coldStartRowHoldsTheTargetForTheDefaultHandler() {
		assertThat(report(null).table())
			.contains("| Cold start, whole process under the runtime interface client | Starter (default handler) |"
					+ " 1,150 ms | 1,100 ms–1,200 ms; 7,000 classes loaded, 1,200 from CDS | 2.30x | ≤ 2.00x | **no** |")
			.contains(
					"| Cold start, whole process under the runtime interface client | Hand-written RequestStreamHandler"
							+ " | 500 ms | 500 ms–500 ms; 2,700 classes loaded, 1,100 from CDS | 1.00x |  |  |");
	}

	@Test
	void floorsHaveColdStartRowsOnlyAndEachSideIsComparedAboveItsOwnFloor() {
		String table = report(null, true).table();
		assertThat(table)
			.contains("| Cold start, whole process under the runtime interface client | Floor: Spring Cloud Function"
					+ " without web modules, empty function | 950 ms | 900 ms–1,000 ms; 5,400 classes loaded, 1,200 from"
					+ " CDS | 1.90x |  |  |")
			.contains("| Cold start, whole process under the runtime interface client | Floor: empty"
					+ " RequestStreamHandler | 125 ms | 100 ms–150 ms; 960 classes loaded, 900 from CDS | 0.25x |  |  |")
			.contains("| Cold start, whole process under the runtime interface client | Floor: Spring Cloud Function,"
					+ " empty function | 1,250 ms | 1,200 ms–1,300 ms; 6,100 classes loaded, 1,200 from CDS | 2.50x |  |  |")
			.contains("| Cold start above its floor | Starter (default handler) | 200 ms | cold start minus the floor's"
					+ " without web modules in the same round; 200 ms–200 ms | 0.54x |  |  |")
			.contains("| Cold start above its floor | Hand-written RequestStreamHandler | 375 ms | cold start minus the"
					+ " empty handler's in the same round; 350 ms–400 ms | 1.00x |  |  |")
			.doesNotContain("| First invocation after start-up, 100-record event | Floor:");
		assertThat(report(null).table()).doesNotContain("above its floor");
	}

	@Test
	void concurrencyRowOnlyWhenItRan() {
		assertThat(report(null).table()).doesNotContain("Concurrency");
		assertThat(report(new ConcurrencyResult("200 records over 20 items, 10 ms listener", 20,
				List.of(2_000_000_000L, 2_200_000_000L), List.of(200_000_000L, 250_000_000L)))
			.table())
			.contains("| Concurrency, 200 records over 20 items, 10 ms listener | Starter, concurrency 20 |"
					+ " 225 ms | concurrency 1: 2,100 ms; 9.40x faster |  | ≥ 8.00x faster than concurrency 1 | yes |");
	}

	@Test
	void sectionDescribesTheConcurrencyBenchmarkOnlyWhenItRan() {
		assertThat(report(null).section()).doesNotContain("**Concurrency**");
		assertThat(report(new ConcurrencyResult("200 records over 20 items, 10 ms listener", 20,
				List.of(2_000_000_000L), List.of(200_000_000L)))
			.section())
			.contains(
					"  empty handler's: what each side's own work adds.\n- **Concurrency**: the `integration-tests` module's"
							+ " `ItemsApplication`",
					"waits 10 ms for it", "once with `DYNAMODB_STREAMS_CONCURRENCY=1` and once with 20",
					"handles a 200-record event over 20 items, 7 more times (the last 5 measured)",
					"so the bound is\n  20x.\n\nMeasured on");
	}

	@Test
	void sectionNamesTheCommandTheMachineTheLoadAndTheSettings() {
		assertThat(report(null).section()).startsWith("## Benchmarks\n")
			.contains("./mvnw -Pbenchmarks -pl benchmarks/harness -am verify -DskipTests",
					"Measured on 2026-11-21: 2 cores (Some CPU), 24 GiB, Some JVM 17; the benchmarks took 5 min 21 s",
					"load\naverage (1 min) 1.0 to 4.0 (median 2.5)", "-XX:MaxRAM=1024m",
					"-XX:MaxHeapSize=870m -XX:+UseSerialGC")
			.endsWith(report(null).table());
	}

	private BenchmarkReport report(ConcurrencyResult concurrency) {
		return report(concurrency, false);
	}

	private BenchmarkReport report(ConcurrencyResult concurrency, boolean floors) {
		Map<String, Launches> results = new LinkedHashMap<>();
		results.put(Contenders.STARTER, launches(Contenders.STARTER, 7000, 1200,
				List.of(launch(1100, 120, 2, 80, 90, 120), launch(1200, 120, 2, 100, 90, 120))));
		results.put(Contenders.STARTER_PRIMED, launches(Contenders.STARTER_PRIMED, 7100, 1200,
				List.of(launch(1300, 8, 2, 0, 90, 100), launch(1400, 8, 2, 0, 90, 100))));
		results.put(Contenders.HAND_WRITTEN, launches(Contenders.HAND_WRITTEN, 2700, 1100,
				List.of(launch(500, 30, 1, 100, 60, 100), launch(500, 30, 1, 100, 60, 100))));
		if (floors) {
			results.put(Contenders.STOCK_FLOOR, launches(Contenders.STOCK_FLOOR, 6100, 1200,
					List.of(launch(1200, 20, 0, 0, 80, 80), launch(1300, 20, 0, 0, 80, 80))));
			results.put(Contenders.LEAN_FLOOR, launches(Contenders.LEAN_FLOOR, 5400, 1200,
					List.of(launch(900, 20, 0, 0, 80, 80), launch(1000, 20, 0, 0, 80, 80))));
			results.put(Contenders.PLAIN_FLOOR, launches(Contenders.PLAIN_FLOOR, 960, 900,
					List.of(launch(100, 2, 0, 0, 30, 30), launch(150, 2, 0, 0, 30, 30))));
		}
		return new BenchmarkReport(this.machine, this.settings, results, concurrency, Duration.ofSeconds(321));
	}

	private static Launches launches(String name, int classes, int shared, List<Launch> launches) {
		return new Launches(name, new LoadedClasses(classes, shared), launches, List.of(1.0, 4.0, 2.0, 3.0));
	}

	private static Launch launch(long coldStartMillis, long firstMillis, long warmMillis, long batchMillis,
			long afterFirstMebibytes, long peakMebibytes) {
		return new Launch(coldStartMillis * 1_000_000, firstMillis * 1_000_000, List.of(warmMillis * 1_000_000),
				(batchMillis > 0) ? List.of(batchMillis * 1_000_000) : List.of(), afterFirstMebibytes * 1024,
				peakMebibytes * 1024);
	}

}
