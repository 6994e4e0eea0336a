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

package io.github.ddbstreams.it.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.harness.events.ItemChanges;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;

/**
 * Measures what {@code dynamodb.streams.concurrency} gains under the Lambda runtime
 * interface client: {@link ItemsApplication} with a listener that takes 10 ms per record
 * (like a call to another service), invoked with batches of 200 records over 20 items, at
 * a concurrency of 1 and of 20. Reports the median invocation time of each and their
 * ratio; asserts no timing.
 * <p>
 * Run it from the project root after building the {@code sam build} package and the test
 * class path of this module: <pre class="code">
 * ./mvnw -o verify dependency:build-classpath -pl integration-tests -am -Dtest=none \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=KeyOrderedConcurrencyIT \
 *   -Dfailsafe.failIfNoSpecifiedTests=false -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp integration-tests/target/test-classes:integration-tests/target/classes:$(cat integration-tests/target/test-classpath.txt) \
 *   -Dlambda.classes=integration-tests/target/classes -Dlambda.dependencies=integration-tests/target/dependency \
 *   io.github.ddbstreams.it.app.ConcurrencyMeasurement 7 3
 * </pre> (arguments: measured rounds, warm-up rounds). The function runs on the Java that
 * runs this class: virtual threads on Java 21 and later, a pool of platform threads on
 * Java 17. The benchmarks measure the same in every run (their concurrency row,
 * {@code benchmarks/harness} {@code ConcurrencyBenchmark}, with the event of
 * {@code ItemChanges}); this class runs it alone.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class ConcurrencyMeasurement {

	/**
	 * Records per batch.
	 */
	public static final int RECORDS = 200;

	/**
	 * Items the records change.
	 */
	public static final int ITEMS = 20;

	private ConcurrencyMeasurement() {
	}

	/**
	 * Measure and print the medians and their ratio.
	 * @param args optional: rounds (default 5), warm-up rounds (default 2)
	 * @throws Exception if the function cannot run
	 */
	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		int warmUp = (args.length > 1) ? Integer.parseInt(args[1]) : 2;
		Path work = Files.createTempDirectory("concurrency-measurement");
		long sequential = median(measure(work.resolve("concurrency-1"), 1, warmUp, rounds));
		long parallel = median(measure(work.resolve("concurrency-20"), 20, warmUp, rounds));
		System.out.printf("Java %s, %d records over %d items, 10 ms per record, %d rounds:%n",
				System.getProperty("java.version"), RECORDS, ITEMS, rounds);
		System.out.printf("concurrency 1: median %d ms; concurrency 20: median %d ms; ratio %.1fx%n", sequential,
				parallel, (double) sequential / parallel);
	}

	/**
	 * Start the function with a concurrency and time its invocations.
	 * @param work the directory of the function's task root and log
	 * @param concurrency the concurrency
	 * @param warmUp the invocations before the measured ones
	 * @param rounds the measured invocations
	 * @return the time of each measured invocation in milliseconds, as the Runtime API
	 * sees it (from handing out the event to receiving the response)
	 * @throws Exception if the function cannot run or an invocation fails
	 */
	public static List<Long> measure(Path work, int concurrency, int warmUp, int rounds) throws Exception {
		String event = ItemChanges.event(ItemsFunction.STREAM_ARN, RECORDS, ITEMS);
		List<Long> times = new ArrayList<>();
		try (ItemsFunction function = ItemsFunction.start(work,
				Map.of("DYNAMODB_STREAMS_CONCURRENCY", Integer.toString(concurrency), "ITEMS_LATENCY", "10ms"))) {
			for (int i = 0; i < warmUp + rounds; i++) {
				long start = System.nanoTime();
				Result result = function.invoke(event);
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (!(result instanceof Response response) || !response.body().equals("{\"batchItemFailures\":[]}")) {
					throw new IllegalStateException("Invocation failed: " + result + "\n" + function.output());
				}
				if (i >= warmUp) {
					times.add(millis);
				}
			}
		}
		return times;
	}

	private static long median(List<Long> times) {
		List<Long> sorted = times.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
