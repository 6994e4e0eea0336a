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
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.benchmarks.LambdaLauncher.Launch;
import io.github.ddbstreams.benchmarks.plain.HandWrittenStreamHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke test of the benchmarks, fast enough for every build: each contender's Lambda
 * jar starts as Lambda starts it and handles both events, class data sharing and the
 * class count work, and the dispatch benchmark measures every contender in this JVM. The
 * benchmarks themselves run with the {@code benchmarks} profile only.
 */
class LambdaContendersIT {

	private static final String FUNCTION_INVOKER = FunctionInvoker.class.getName() + "::handleRequest";

	private static final int BATCH_RECORDS = 200;

	private static final String FIRST_EVENT = new String(StreamEventFactory.event(10), StandardCharsets.UTF_8);

	private static final String BATCH = new String(StreamEventFactory.event(BATCH_RECORDS), StandardCharsets.UTF_8);

	@TempDir
	static Path work;

	private static BenchmarkSettings settings;

	private static LambdaLauncher launcher;

	@BeforeAll
	static void settings() {
		System.setProperty("benchmarks.work", work.toString());
		System.setProperty("benchmarks.batch.records", String.valueOf(BATCH_RECORDS));
		System.setProperty("benchmarks.dispatch.rounds", "1");
		System.setProperty("benchmarks.dispatch.warmup-iterations", "0");
		System.setProperty("benchmarks.dispatch.iterations", "1");
		System.setProperty("benchmarks.dispatch.iteration-time", "PT0.2S");
		settings = BenchmarkSettings.fromSystemProperties();
		launcher = new LambdaLauncher(settings.memorySize(), settings.timeout(), work);
	}

	@Test
	void everyContenderStartsAsLambdaStartsItAndHandlesBothEvents() throws Exception {
		String sandbox = LambdaJvm.sandboxOption(settings.memorySize());
		List<LambdaFunction> functions = List.of(
				LambdaFunction.of(Contenders.STARTER, settings.starterJar(), FUNCTION_INVOKER),
				LambdaFunction.of(Contenders.STARTER_AOT, settings.starterAotJar(), FUNCTION_INVOKER)
					.withJvmOptions("-Dspring.aot.enabled=true"),
				LambdaFunction.of(Contenders.STOCK, settings.stockJar(), FUNCTION_INVOKER),
				LambdaFunction.of(Contenders.PLAIN, settings.plainJar(),
						HandWrittenStreamHandler.class.getName() + "::handleRequest"));
		for (LambdaFunction function : functions) {
			Launch launch = launcher.launch(function.withJvmOptions(sandbox), FIRST_EVENT, BATCH,
					ColdStartBenchmark.slug(function.name()));
			assertThat(launch.firstResponse()).as(function.name()).isEqualTo(LambdaFunction.NO_FAILURES);
			assertThat(launch.secondResponse()).as(function.name()).isEqualTo(LambdaFunction.NO_FAILURES);
			assertThat(launch.coldStartNanos()).as(function.name()).isPositive();
			assertThat(launch.peakRssKilobytes()).as(function.name())
				.isGreaterThanOrEqualTo(launch.rssAfterFirstKilobytes())
				.isPositive();
		}
	}

	@Test
	void classDataArchiveOfATrainingRunServesTheClassesOfLaterStarts() throws Exception {
		LambdaFunction plain = LambdaFunction.of(Contenders.PLAIN, settings.plainJar(),
				HandWrittenStreamHandler.class.getName() + "::handleRequest");
		LambdaFunction plainCds = AppCds.train(launcher, plain, FIRST_EVENT, "plain");
		LoadedClasses without = LoadedClasses.count(launcher, plain, FIRST_EVENT, "plain");
		LoadedClasses with = LoadedClasses.count(launcher, plainCds, FIRST_EVENT, "plain-cds");
		assertThat(without.total()).isGreaterThan(1000);
		assertThat(with.shared()).isGreaterThan(without.shared()).isGreaterThan(with.total() * 8 / 10);
	}

	@Test
	void dispatchBenchmarkMeasuresEveryContender() throws Exception {
		Map<Boolean, Map<String, List<Double>>> results = new DispatchThroughput(settings, 0).run((line) -> {
		});
		assertThat(results).containsOnlyKeys(false, true);
		assertThat(results.values())
			.allSatisfy((contenders) -> assertThat(contenders).containsOnlyKeys(DispatchThroughput.CONTENDERS)
				.allSatisfy((contender, recordsPerSecond) -> assertThat(recordsPerSecond).singleElement()
					.satisfies((value) -> assertThat(value).isPositive())));
	}

}
