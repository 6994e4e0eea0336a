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
import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;

/**
 * Starts functions round by round: every round starts each function once, in the order
 * they were added, so that whatever else runs on the machine affects all of them alike;
 * before the rounds, one start of each with class loading logged counts its classes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LambdaRounds {

	private final LambdaLauncher launcher;

	private final List<Entry> entries = new ArrayList<>();

	/**
	 * Create the rounds.
	 * @param launcher the launcher
	 */
	LambdaRounds(LambdaLauncher launcher) {
		this.launcher = launcher;
	}

	/**
	 * Add a function.
	 * @param function the function
	 * @param plan what each start invokes
	 * @return these rounds
	 */
	LambdaRounds add(LambdaFunction function, Plan plan) {
		this.entries.add(new Entry(function, plan));
		return this;
	}

	/**
	 * Run the rounds.
	 * @param rounds the starts of each function
	 * @param progress receives a line per round
	 * @return the measurements by function name, in the order the functions were added
	 * @throws IOException if a runtime cannot start
	 * @throws InterruptedException if interrupted while waiting for a runtime
	 */
	Map<String, Launches> run(int rounds, Consumer<String> progress) throws IOException, InterruptedException {
		Map<String, Launches> results = new LinkedHashMap<>();
		for (Entry entry : this.entries) {
			String name = entry.function().name();
			LoadedClasses classes = LoadedClasses.count(this.launcher, entry.function(), entry.plan().event(),
					slug(name));
			results.put(name, new Launches(name, classes, new ArrayList<>(), new ArrayList<>()));
		}
		for (int round = 0; round < rounds; round++) {
			StringBuilder line = new StringBuilder("Round ").append(round + 1).append('/').append(rounds);
			for (Entry entry : this.entries) {
				String name = entry.function().name();
				Launch launch = this.launcher.launch(entry.function(), entry.plan(), slug(name) + "-" + (round + 1));
				Launches launches = results.get(name);
				launches.launches().add(launch);
				launches.loadAverages().add(Machine.loadAverage());
				line.append(", ")
					.append(name)
					.append(": cold start ")
					.append(launch.coldStartNanos() / 1_000_000)
					.append(" ms, first invocation ")
					.append(launch.firstInvocationNanos() / 1_000_000)
					.append(" ms");
			}
			progress.accept(line.append(", load average ").append(Machine.loadAverage()).toString());
		}
		return results;
	}

	static String slug(String name) {
		return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private record Entry(LambdaFunction function, Plan plan) {

	}

	/**
	 * The starts of one function, in round order.
	 *
	 * @param name the name of the function
	 * @param classes the classes it loads
	 * @param launches what each start measured
	 * @param loadAverages the machine's one-minute load average after each start
	 */
	record Launches(String name, LoadedClasses classes, List<Launch> launches, List<Double> loadAverages) {

		/**
		 * Return the cold starts.
		 * @return the cold starts in nanoseconds, in round order
		 */
		List<Long> coldStarts() {
			return this.launches.stream().map(Launch::coldStartNanos).toList();
		}

		/**
		 * Return the first invocations.
		 * @return the first invocations in nanoseconds, in round order
		 */
		List<Long> firstInvocations() {
			return this.launches.stream().map(Launch::firstInvocationNanos).toList();
		}

		/**
		 * Return the median warm invocation of each start.
		 * @return the warm invocations in nanoseconds, in round order
		 */
		List<Double> warmInvocations() {
			return this.launches.stream().map((launch) -> Ratios.median(launch.warmNanos())).toList();
		}

		/**
		 * Return the median invocation with the large batch of each start.
		 * @return the batch invocations in nanoseconds, in round order
		 */
		List<Double> batchInvocations() {
			return this.launches.stream().map((launch) -> Ratios.median(launch.batchNanos())).toList();
		}

		/**
		 * Return the peak resident memory of each start.
		 * @return the peaks in kilobytes, in round order
		 */
		List<Long> peakRss() {
			return this.launches.stream().map(Launch::peakRssKilobytes).toList();
		}

	}

}
