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
 * ({@code dynamodb.streams.sam.memory-size})
 * @param timeout the timeout of every function: the default of the SAM template
 * @param rounds the starts of each contender, interleaved
 * @param records the records of the first event of every start, repeated in the warm
 * invocations
 * @param warmInvocations the invocations with that event after the first
 * @param warmMeasured how many of the last of them are measured
 * @param batchRecords the records of the large batch
 * @param batchInvocations the invocations with the large batch in each start of the
 * contenders that measure it
 * @param batchMeasured how many of the last of them are measured
 * @param starterClasses the classes directory of the starter contender
 * @param starterDependencies the directory its dependencies were copied to
 * @param stockClasses the classes directory of Spring Cloud Function's floor, an
 * application with the stock handler and a function that does no work
 * @param stockDependencies the directory its dependencies were copied to
 * @param leanClasses the classes directory of the same floor built with the starter's
 * dependency exclusions (no web or HTTP client modules)
 * @param leanDependencies the directory its dependencies were copied to
 * @param plainClasses the classes directory of the hand-written contender
 * @param plainDependencies the directory its dependencies were copied to
 * @param itemsClasses the classes directory of the application of the concurrency
 * benchmark, the {@code integration-tests} module's
 * @param itemsDependencies the directory its dependencies were copied to
 * @param concurrencyInvocations the invocations of each start of the concurrency
 * benchmark after the first
 * @param concurrencyMeasured how many of the last of them are measured; 0 leaves the
 * concurrency benchmark out
 * @param work the directory of task roots and logs
 * @param readme the README whose benchmarks section receives the table, or {@code null}
 * @author DynamoDB Streams for Spring Boot contributors
 */
record BenchmarkSettings(int memorySize, Duration timeout, int rounds, int records, int warmInvocations,
		int warmMeasured, int batchRecords, int batchInvocations, int batchMeasured, Path starterClasses,
		Path starterDependencies, Path stockClasses, Path stockDependencies, Path leanClasses, Path leanDependencies,
		Path plainClasses, Path plainDependencies, Path itemsClasses, Path itemsDependencies,
		int concurrencyInvocations, int concurrencyMeasured, Path work, @Nullable Path readme) {

	private static final String PREFIX = "benchmarks.";

	/**
	 * Read the settings from the system properties.
	 * @return the settings
	 */
	static BenchmarkSettings fromSystemProperties() {
		DynamoStreamsProperties.Sam sam = new DynamoStreamsProperties().getSam();
		String readme = System.getProperty(PREFIX + "readme", "");
		return new BenchmarkSettings(get("memory-size", Integer::valueOf, (int) sam.getMemorySize().toMegabytes()),
				get("timeout", Duration::parse, sam.getTimeout()), get("rounds", Integer::valueOf, 10),
				get("records", Integer::valueOf, 100), get("warm.invocations", Integer::valueOf, 30),
				get("warm.measured", Integer::valueOf, 10), get("batch.records", Integer::valueOf, 10_000),
				get("batch.invocations", Integer::valueOf, 6), get("batch.measured", Integer::valueOf, 4),
				path("starter-classes"), path("starter-dependencies"), path("stock-classes"),
				path("stock-dependencies"), path("lean-classes"), path("lean-dependencies"), path("plain-classes"),
				path("plain-dependencies"), path("items-classes"), path("items-dependencies"),
				get("concurrency.invocations", Integer::valueOf, 7), get("concurrency.measured", Integer::valueOf, 5),
				path("work"), readme.isBlank() ? null : Path.of(readme).toAbsolutePath().normalize());
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
