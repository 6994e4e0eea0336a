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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import io.github.ddbstreams.benchmarks.LambdaLauncher.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke test of the benchmarks, fast enough for every build: each contender, laid out
 * as {@code sam build} lays it out, starts as Lambda starts it, handles every event of a
 * plan and is measured, and its classes are counted. The benchmarks themselves run with
 * the {@code benchmarks} profile only.
 */
class LambdaContendersIT {

	private static final String EVENT = new String(StreamEventFactory.event(10), StandardCharsets.UTF_8);

	private static final String BATCH = new String(StreamEventFactory.event(200), StandardCharsets.UTF_8);

	@TempDir
	static Path work;

	private static BenchmarkSettings settings;

	private static LambdaLauncher launcher;

	@BeforeAll
	static void settings() {
		System.setProperty("benchmarks.work", work.toString());
		System.setProperty("benchmarks.concurrency.invocations", "1");
		System.setProperty("benchmarks.concurrency.measured", "1");
		settings = BenchmarkSettings.fromSystemProperties();
		launcher = new LambdaLauncher(settings.memorySize(), settings.timeout(), work);
	}

	@Test
	void everyContenderStartsAsLambdaStartsItAndIsMeasured() throws Exception {
		Map<String, LambdaFunction> contenders = BenchmarkHarness.contenders(settings);
		assertThat(contenders).containsOnlyKeys(Contenders.STARTER, Contenders.STARTER_PRIMED,
				Contenders.STARTER_METHOD, Contenders.STARTER_METHOD_PRIMED, Contenders.STARTER_PRESENCE,
				Contenders.STARTER_AOT, Contenders.HAND_WRITTEN, Contenders.STOCK_FLOOR, Contenders.STOCK_FLOOR_AOT,
				Contenders.LEAN_FLOOR, Contenders.PLAIN_FLOOR);
		for (LambdaFunction function : contenders.values()) {
			Launch launch = launcher.launch(function, new Plan(EVENT, 2, 1, BATCH, 2, 1),
					LambdaRounds.slug(function.name()));
			assertThat(launch.coldStartNanos()).as(function.name()).isGreaterThan(launch.firstInvocationNanos());
			assertThat(launch.firstInvocationNanos()).as(function.name()).isPositive();
			assertThat(launch.warmNanos()).as(function.name())
				.singleElement()
				.satisfies((nanos) -> assertThat(nanos).isPositive());
			assertThat(launch.batchNanos()).as(function.name()).hasSize(1);
			assertThat(launch.peakRssKilobytes()).as(function.name())
				.isGreaterThanOrEqualTo(launch.rssAfterFirstKilobytes())
				.isPositive();
		}
	}

	@Test
	void concurrencyBenchmarkStartsTheItemsApplicationWithEachConcurrencyAndItAnswersWithoutFailures()
			throws Exception {
		ConcurrencyBenchmark benchmark = ConcurrencyBenchmark.of(settings);
		for (int concurrency : new int[] { 1, ConcurrencyBenchmark.CONCURRENCY }) {
			Launch launch = launcher.launch(benchmark.function(concurrency), benchmark.plan(),
					"items-concurrency-" + concurrency);
			assertThat(launch.warmNanos()).as("concurrency %d", concurrency)
				.singleElement()
				.satisfies((nanos) -> assertThat(nanos).isPositive());
		}
	}

	@Test
	void countsTheClassesAContenderLoads() throws Exception {
		LoadedClasses classes = LoadedClasses.count(launcher,
				BenchmarkHarness.contenders(settings).get(Contenders.HAND_WRITTEN), EVENT, "hand-written");
		assertThat(classes.total()).isGreaterThan(1000);
		assertThat(classes.shared()).isPositive().isLessThan(classes.total());
	}

}
