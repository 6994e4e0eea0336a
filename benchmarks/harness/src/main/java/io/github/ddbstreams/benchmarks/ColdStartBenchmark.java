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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import org.jspecify.annotations.Nullable;

/**
 * Cold starts and peak memory of functions started as the Lambda Java runtime starts
 * them, interleaved: every round starts each function once, in the order they were added,
 * so that whatever else runs on the machine affects all of them alike. In the first
 * rounds, the functions that measure memory are then invoked with the large batch.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ColdStartBenchmark {

	private final LambdaLauncher launcher;

	private final String batch;

	private final List<Entry> entries = new ArrayList<>();

	/**
	 * Create a benchmark.
	 * @param launcher the launcher
	 * @param batch the large batch that measures memory
	 */
	ColdStartBenchmark(LambdaLauncher launcher, String batch) {
		this.launcher = launcher;
		this.batch = batch;
	}

	/**
	 * Add a function.
	 * @param function the function
	 * @param event the first event, which every start delivers
	 * @param memory whether to measure the peak memory of the function with the large
	 * batch
	 * @return this benchmark
	 */
	ColdStartBenchmark add(LambdaFunction function, String event, boolean memory) {
		this.entries.add(new Entry(function, event, memory));
		return this;
	}

	/**
	 * Run the benchmark.
	 * @param runs the starts of each function
	 * @param memoryRuns the first rounds that go on with the large batch
	 * @param progress receives a line per round
	 * @return the measurements by function name, in the order the functions were added
	 * @throws IOException if a runtime cannot start
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 */
	Map<String, ColdStarts> run(int runs, int memoryRuns, Consumer<String> progress)
			throws IOException, InterruptedException {
		Map<String, ColdStarts> results = new LinkedHashMap<>();
		for (Entry entry : this.entries) {
			String name = entry.function().name();
			LoadedClasses classes = LoadedClasses.count(this.launcher, entry.function(), entry.event(), slug(name));
			results.put(name, new ColdStarts(name, classes, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
		}
		for (int round = 0; round < runs; round++) {
			StringBuilder line = new StringBuilder("Cold start round ").append(round + 1).append('/').append(runs);
			for (Entry entry : this.entries) {
				String name = entry.function().name();
				boolean memory = entry.memory() && round < memoryRuns;
				Launch launch = this.launcher.launch(entry.function(), entry.event(), memory ? this.batch : null,
						slug(name) + "-" + (round + 1));
				check(name, launch.firstResponse());
				ColdStarts starts = results.get(name);
				starts.coldStartNanos().add(launch.coldStartNanos());
				starts.firstResponseRssKilobytes().add(launch.rssAfterFirstKilobytes());
				if (memory) {
					check(name, launch.secondResponse());
					starts.batchPeakRssKilobytes().add(launch.peakRssKilobytes());
				}
				line.append(", ").append(name).append(' ').append(launch.coldStartNanos() / 1_000_000).append(" ms");
			}
			progress.accept(line.toString());
		}
		return results;
	}

	private static void check(String name, @Nullable String response) {
		if (!LambdaFunction.NO_FAILURES.equals(response)) {
			throw new IllegalStateException(
					name + " answered " + response + " instead of " + LambdaFunction.NO_FAILURES);
		}
	}

	static String slug(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private record Entry(LambdaFunction function, String event, boolean memory) {

	}

	/**
	 * The measurements of one function, in round order.
	 *
	 * @param name the name of the function
	 * @param classes the classes it loads
	 * @param coldStartNanos the cold starts
	 * @param firstResponseRssKilobytes the peak resident memory after the first response
	 * @param batchPeakRssKilobytes the peak resident memory after the large batch, in the
	 * rounds that measured it
	 */
	record ColdStarts(String name, LoadedClasses classes, List<Long> coldStartNanos,
			List<Long> firstResponseRssKilobytes, List<Long> batchPeakRssKilobytes) {

	}

}
