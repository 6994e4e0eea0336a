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

import io.github.ddbstreams.benchmarks.ColdStartBenchmark.ColdStarts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BenchmarkReport}.
 */
class BenchmarkReportTests {

	private static final Path JAR = Path.of("function.jar");

	private final BenchmarkSettings settings = new BenchmarkSettings(1024, Duration.ofSeconds(30), 2, 1, 10, 100, 2, 1,
			2, Duration.ofMillis(500), JAR, JAR, JAR, JAR, JAR, Path.of("work"), null);

	private final Machine machine = new Machine(2, "Some CPU", "24 GiB", "Some JVM 17", LocalDate.of(2026, 11, 21));

	@Test
	void dispatchRowsCompareTimePerRecordWithTheHandWrittenHandler() {
		String table = report().table();
		assertThat(table)
			.contains("| Dispatch, untyped listener | Hand-written RequestStreamHandler | 1,000 records/s |"
					+ " rounds: 1,000, 1,000; 1000.00 µs per record | 1.00x |  |  |  |")
			.contains("| Dispatch, untyped listener | Starter, FunctionInvoker | 250 records/s | rounds: 250, 250;"
					+ " 4000.00 µs per record | 4.00x |  | ≤ 1.10x | **no** |")
			.contains("| Dispatch, typed listener | Starter, FunctionInvoker | 950 records/s | rounds: 950,"
					+ " 950; 1052.63 µs per record | 1.05x |  | ≤ 1.10x | yes |");
	}

	@Test
	void coldStartRowsTakeTheMedianAndTheRatiosOfTheRounds() {
		assertThat(report().table())
			.contains("| Cold start | Starter | 1,500 ms | 1,400–1,600 ms; 7,000 classes loaded, 1,200 from CDS | 3.00x"
					+ " | 0.91x | ≤ 1.00x stock, ≤ 2.00x plain | stock yes, plain **no** |")
			.contains("| Cold start | Starter + AppCDS | 950 ms | 900–1,000 ms; 7,000 classes loaded, 5,000 from CDS"
					+ " | 1.90x | 0.58x | ≤ 1.00x stock, ≤ 2.00x plain | stock yes, plain yes |")
			.contains("| Cold start | Plain Java | 500 ms | 500–500 ms; 2,700 classes loaded, 1,100 from CDS | 1.00x"
					+ " | 0.30x |  |  |");
	}

	@Test
	void memoryRowsOnlyForFunctionsThatHandledTheBatch() {
		String table = report().table();
		assertThat(table)
			.contains("| Peak memory, 100-record batch | Starter | 130.0 MiB | after the first response:"
					+ " 100.0 MiB | 1.30x | 0.87x | ≤ 1.30x plain | yes |")
			.doesNotContain("| Peak memory, 100-record batch | Starter + AppCDS |");
	}

	@Test
	void jarRowsCompareWithStock() {
		assertThat(report().table())
			.contains("| Lambda jar | Starter | 28.0 MiB | 29,360,128 bytes | 2.00x | 0.50x | ≤ 1.00x stock | yes |");
	}

	@Test
	void sectionNamesTheCommandTheMachineAndTheSettings() {
		assertThat(report().section()).startsWith("## Benchmarks\n")
			.contains("./mvnw -Pbenchmarks -pl benchmarks/harness -am verify -DskipTests",
					"Measured on 2026-11-21: 2 cores (Some CPU), 24 GiB, Some JVM 17; the benchmarks took 5 min 21 s",
					"-XX:MaxRAM=1024m", "-XX:MaxHeapSize=870m -XX:+UseSerialGC")
			.endsWith(report().table());
	}

	private BenchmarkReport report() {
		Map<Boolean, Map<String, List<Double>>> dispatch = new LinkedHashMap<>();
		dispatch.put(false, dispatch(1000, 250));
		dispatch.put(true, dispatch(1000, 950));
		Map<String, ColdStarts> coldStarts = new LinkedHashMap<>();
		coldStarts.put(Contenders.STARTER,
				starts(Contenders.STARTER, 7000, 1200, List.of(1400L, 1600L), List.of(100L), List.of(130L)));
		coldStarts.put(Contenders.STOCK,
				starts(Contenders.STOCK, 7500, 1200, List.of(1600L, 1700L), List.of(100L), List.of(150L)));
		coldStarts.put(Contenders.PLAIN,
				starts(Contenders.PLAIN, 2700, 1100, List.of(500L, 500L), List.of(60L), List.of(100L)));
		coldStarts.put(Contenders.STARTER_CDS,
				starts(Contenders.STARTER_CDS, 7000, 5000, List.of(900L, 1000L), List.of(90L), List.of()));
		Map<String, Long> jars = new LinkedHashMap<>();
		jars.put(Contenders.STARTER, 28L * 1024 * 1024);
		jars.put(Contenders.STOCK, 56L * 1024 * 1024);
		jars.put(Contenders.PLAIN, 14L * 1024 * 1024);
		return new BenchmarkReport(this.machine, this.settings, dispatch, coldStarts, jars, Duration.ofSeconds(321));
	}

	private static Map<String, List<Double>> dispatch(double handWritten, double functionInvoker) {
		Map<String, List<Double>> contenders = new LinkedHashMap<>();
		contenders.put("handWritten", List.of(handWritten, handWritten));
		contenders.put("functionInvoker", List.of(functionInvoker, functionInvoker));
		return contenders;
	}

	private static ColdStarts starts(String name, int classes, int shared, List<Long> millis,
			List<Long> firstResponseMebibytes, List<Long> batchMebibytes) {
		return new ColdStarts(name, new LoadedClasses(classes, shared),
				millis.stream().map((value) -> value * 1_000_000).toList(),
				firstResponseMebibytes.stream().map((value) -> value * 1024).toList(),
				batchMebibytes.stream().map((value) -> value * 1024).toList());
	}

}
