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
import java.util.function.Function;

import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import org.jspecify.annotations.Nullable;

/**
 * What the harness runs and how often, from system properties {@code benchmarks.*} (the
 * Maven profile {@code benchmarks} sets the paths), with defaults that fit a run of all
 * benchmarks on 2 cores in a few minutes.
 *
 * @param memorySize the memory of every function in MB: the default of the SAM template
 * ({@code dynamodb.streams.sam.memory-size}), which also sizes the heap of the dispatch
 * benchmark
 * @param timeout the timeout of every function: the default of the SAM template
 * @param coldStartRuns the number of cold starts of each contender, interleaved
 * @param memoryRuns the number of those cold starts that go on with the large batch, to
 * measure peak memory
 * @param coldStartRecords the number of records of the first event
 * @param batchRecords the number of records of the large batch, for memory and dispatch
 * @param dispatchRounds the number of rounds of the dispatch benchmark, interleaving the
 * contenders
 * @param dispatchWarmupIterations the warm-up iterations of each contender per round
 * @param dispatchIterations the measured iterations of each contender per round
 * @param dispatchIterationTime the duration of each iteration
 * @param starterJar the Lambda jar of the starter contender
 * @param starterAotJar the same with Spring AOT's generated code
 * @param stockJar the Lambda jar of the stock Spring Cloud Function contender
 * @param plainJar the Lambda jar of the plain Java contender
 * @param sampleJar the Lambda jar of the sample application
 * @param work the directory of task roots, logs and class data archives
 * @param readme the README whose benchmarks section receives the table, or {@code null}
 * @author DynamoDB Streams for Spring Boot contributors
 */
record BenchmarkSettings(int memorySize, Duration timeout, int coldStartRuns, int memoryRuns, int coldStartRecords,
		int batchRecords, int dispatchRounds, int dispatchWarmupIterations, int dispatchIterations,
		Duration dispatchIterationTime, Path starterJar, Path starterAotJar, Path stockJar, Path plainJar,
		Path sampleJar, Path work, @Nullable Path readme) {

	private static final String PREFIX = "benchmarks.";

	/**
	 * Read the settings from the system properties.
	 * @return the settings
	 */
	static BenchmarkSettings fromSystemProperties() {
		DynamoStreamsProperties.Sam sam = new DynamoStreamsProperties().getSam();
		String readme = System.getProperty(PREFIX + "readme", "");
		return new BenchmarkSettings(get("memory-size", Integer::valueOf, (int) sam.getMemorySize().toMegabytes()),
				get("timeout", Duration::parse, sam.getTimeout()), get("cold-start.runs", Integer::valueOf, 10),
				get("memory.runs", Integer::valueOf, 3), get("cold-start.records", Integer::valueOf, 10),
				get("batch.records", Integer::valueOf, 10_000), get("dispatch.rounds", Integer::valueOf, 3),
				get("dispatch.warmup-iterations", Integer::valueOf, 1), get("dispatch.iterations", Integer::valueOf, 4),
				get("dispatch.iteration-time", Duration::parse, Duration.ofSeconds(1)), path("starter-jar"),
				path("starter-aot-jar"), path("stock-jar"), path("plain-jar"), path("sample-jar"), path("work"),
				readme.isBlank() ? null : Path.of(readme).toAbsolutePath().normalize());
	}

	private static <T> T get(String name, Function<String, T> parser, T defaultValue) {
		String value = System.getProperty(PREFIX + name);
		return (value != null && !value.isBlank()) ? parser.apply(value.trim()) : defaultValue;
	}

	private static Path path(String name) {
		String value = System.getProperty(PREFIX + name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("System property " + PREFIX + name + " is not set (run the harness with"
					+ " ./mvnw -Pbenchmarks -pl benchmarks/harness -am verify -DskipTests)");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}

}
