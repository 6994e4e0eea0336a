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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;
import io.github.ddbstreams.benchmarks.LambdaRounds.Launches;
import io.github.ddbstreams.harness.build.SamBuild;

/**
 * Compares the cold starts of function builds in pairs, for example the starter contender
 * built at a round's base commit and at its end: each build is laid out the
 * {@code sam build} way and started as the harness starts its contenders (same handler,
 * environment and JVM options), round by round, after one start of each with class
 * loading logged. Prints the classes, the median cold starts and the paired ratios of
 * every two builds; the logs of the class loading starts stay in the work directory for a
 * diff.
 * <p>
 * Arguments: the work directory, the rounds, then one or more builds as
 * {@code name=kind:classes:dependencies}, where kind is {@code starter} (the starter
 * contender's handler and environment) or {@code plain} (the hand-written handler), and
 * classes and dependencies are a module's {@code target/classes} and
 * {@code target/dependency}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class ColdStartPairs {

	private static final int MEMORY_SIZE = 1024;

	private static final int RECORDS = 100;

	private ColdStartPairs() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length < 3) {
			throw new IllegalArgumentException(
					"Usage: ColdStartPairs <work> <rounds> <name>=<starter|plain>:<classes>:<dependencies>...");
		}
		Path work = Path.of(args[0]).toAbsolutePath();
		int rounds = Integer.parseInt(args[1]);
		LambdaLauncher launcher = new LambdaLauncher(MEMORY_SIZE, Duration.ofMinutes(1), work);
		LambdaRounds lambdaRounds = new LambdaRounds(launcher);
		Plan plan = Plan.firstOnly(new String(StreamEventFactory.event(RECORDS), StandardCharsets.UTF_8));
		for (int i = 2; i < args.length; i++) {
			lambdaRounds.add(function(args[i], work.resolve("task")), plan);
		}
		Map<String, Launches> results = lambdaRounds.run(rounds, System.out::println);
		List<Launches> builds = new ArrayList<>(results.values());
		for (Launches build : builds) {
			System.out.printf("%s: %,d classes, cold start %,.0f ms (%,d-%,d), first invocation %,.0f ms%n",
					build.name(), build.classes().total(), Ratios.median(build.coldStarts()) / 1e6,
					build.coldStarts().stream().mapToLong(Long::longValue).min().orElse(0) / 1_000_000,
					build.coldStarts().stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000,
					Ratios.median(build.firstInvocations()) / 1e6);
		}
		for (Launches build : builds) {
			for (Launches other : builds) {
				if (build != other) {
					System.out.printf("Cold start %s / %s: %.3f (median of the rounds' ratios)%n", build.name(),
							other.name(), Ratios.pairedRatio(build.coldStarts(), other.coldStarts()));
				}
			}
		}
		Launches first = builds.get(0);
		System.out.println("Load average after each start of " + first.name() + ": " + first.loadAverages());
	}

	private static LambdaFunction function(String argument, Path tasks) throws IOException {
		String name = argument.substring(0, argument.indexOf('='));
		String[] parts = argument.substring(name.length() + 1).split(":", 3);
		Path taskRoot = SamBuild.taskRoot(Path.of(parts[1]), Path.of(parts[2]), tasks.resolve(name));
		LambdaFunction function = switch (parts[0]) {
			case "starter" -> LambdaFunction.of(name, taskRoot, BenchmarkHarness.FUNCTION_INVOKER)
				.withEnvironment("MAIN_CLASS", BenchmarkHarness.STARTER_APPLICATION)
				.withEnvironment("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction");
			case "plain" -> LambdaFunction.of(name, taskRoot, BenchmarkHarness.HAND_WRITTEN);
			default -> throw new IllegalArgumentException("Unknown kind '" + parts[0] + "' in " + argument);
		};
		return function.withJvmOptions(LambdaJvm.sandboxOption(MEMORY_SIZE));
	}

}
