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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import org.jspecify.annotations.Nullable;

/**
 * Starts a function in a fresh JVM exactly as the Lambda Java runtime does (the task root
 * on the class path, the runtime interface client polling a local Runtime API, see
 * {@link LambdaJavaRuntime}), invokes it as a {@link Plan} says and measures: the cold
 * start, from the start of the process to the first response; the first invocation, from
 * the runtime's first request for an invocation (the end of its initialization) to the
 * first response; the later invocations, from queueing each event to its response; and
 * the peak resident memory of the JVM.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LambdaLauncher {

	private final int memorySize;

	private final Duration timeout;

	private final Path work;

	/**
	 * Create a launcher.
	 * @param memorySize the memory of every function in MB
	 * @param timeout the timeout of every function, and the longest wait for a response
	 * @param work the directory of the logs
	 */
	LambdaLauncher(int memorySize, Duration timeout, Path work) {
		this.memorySize = memorySize;
		this.timeout = timeout;
		this.work = work;
	}

	/**
	 * Return the directory of the logs.
	 * @return the directory
	 */
	Path work() {
		return this.work;
	}

	/**
	 * Start a function in a fresh runtime, invoke it as planned, then stop it.
	 * @param function the function
	 * @param plan the invocations
	 * @param logName the name of the log file of the runtime
	 * @return what was measured
	 * @throws IOException if the runtime cannot start
	 * @throws InterruptedException if interrupted while waiting for the runtime
	 */
	Launch launch(LambdaFunction function, Plan plan, String logName) throws IOException, InterruptedException {
		Path log = Files.createDirectories(this.work.resolve("logs")).resolve(logName + ".log");
		try (LocalRuntimeApi runtimeApi = LocalRuntimeApi.start(function.name(), this.timeout)) {
			CompletableFuture<Long> firstResponded = new CompletableFuture<>();
			CompletableFuture<Result> first = runtimeApi.invoke(plan.event())
				.whenComplete((result, ex) -> firstResponded.complete(System.nanoTime()));
			long started = System.nanoTime();
			try (LambdaJavaRuntime runtime = LambdaJavaRuntime.start(function.taskRoot(), function.handler(),
					this.memorySize, function.environment(), runtimeApi, log)) {
				check(function, await(first, runtimeApi, runtime, function));
				long responded = firstResponded.join();
				long firstInvocation = responded - runtimeApi.firstPoll().join();
				ProcessHandle jvm = runtimeJvm();
				long rssAfterFirst = ResidentMemory.peakKilobytes(jvm);
				List<Long> warm = invokeTimes(runtimeApi, runtime, function, plan.event(), plan.warmInvocations(),
						plan.warmMeasured());
				List<Long> batch = (plan.batch() != null) ? invokeTimes(runtimeApi, runtime, function, plan.batch(),
						plan.batchInvocations(), plan.batchMeasured()) : List.of();
				return new Launch(responded - started, firstInvocation, warm, batch, rssAfterFirst,
						ResidentMemory.peakKilobytes(jvm));
			}
		}
	}

	private List<Long> invokeTimes(LocalRuntimeApi runtimeApi, LambdaJavaRuntime runtime, LambdaFunction function,
			String event, int invocations, int measured) throws InterruptedException {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < invocations; i++) {
			CompletableFuture<Long> responded = new CompletableFuture<>();
			long queued = System.nanoTime();
			CompletableFuture<Result> result = runtimeApi.invoke(event)
				.whenComplete((response, ex) -> responded.complete(System.nanoTime()));
			check(function, await(result, runtimeApi, runtime, function));
			if (i >= invocations - measured) {
				times.add(responded.join() - queued);
			}
		}
		return times;
	}

	private static void check(LambdaFunction function, String response) {
		if (!LambdaFunction.NO_FAILURES.equals(response)) {
			throw new IllegalStateException(
					function.name() + " answered " + response + " instead of " + LambdaFunction.NO_FAILURES);
		}
	}

	private String await(CompletableFuture<Result> result, LocalRuntimeApi runtimeApi, LambdaJavaRuntime runtime,
			LambdaFunction function) throws InterruptedException {
		try {
			Object outcome = CompletableFuture.anyOf(result, runtimeApi.initError())
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (outcome instanceof Response response) {
				return response.body();
			}
			throw new IllegalStateException(function.name() + " failed: " + outcome + "\n" + runtime.output());
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(function.name() + " did not respond\n" + runtime.output(), ex);
		}
	}

	/**
	 * Return the JVM of the runtime: the child process that runs the runtime interface
	 * client (one runtime runs at a time).
	 * @return the process of the runtime
	 */
	private static ProcessHandle runtimeJvm() {
		String mainClass = AWSLambda.class.getName();
		List<ProcessHandle> runtimes = ProcessHandle.current()
			.children()
			.filter((child) -> child.info().arguments().map(List::of).orElse(List.of()).contains(mainClass))
			.toList();
		if (runtimes.size() != 1) {
			throw new IllegalStateException("Expected one runtime JVM, found " + runtimes);
		}
		return runtimes.get(0);
	}

	/**
	 * The invocations of one start: the event, which the start delivers and which is then
	 * repeated, and optionally a large batch.
	 *
	 * @param event the first event, repeated in the warm invocations
	 * @param warmInvocations the invocations with the same event after the first
	 * @param warmMeasured how many of the last of them are measured
	 * @param batch the large batch, invoked after them, or {@code null}
	 * @param batchInvocations the invocations with the batch
	 * @param batchMeasured how many of the last of them are measured
	 */
	record Plan(String event, int warmInvocations, int warmMeasured, @Nullable String batch, int batchInvocations,
			int batchMeasured) {

		/**
		 * Return a plan that only delivers the first event.
		 * @param event the event
		 * @return the plan
		 */
		static Plan firstOnly(String event) {
			return new Plan(event, 0, 0, null, 0, 0);
		}

	}

	/**
	 * What one start of a function measured.
	 *
	 * @param coldStartNanos from the start of the process to the first response
	 * @param firstInvocationNanos from the runtime's first request for an invocation to
	 * the first response
	 * @param warmNanos the measured warm invocations with the first event
	 * @param batchNanos the measured invocations with the large batch
	 * @param rssAfterFirstKilobytes the peak resident memory after the first response
	 * @param peakRssKilobytes the peak resident memory after the last response
	 */
	record Launch(long coldStartNanos, long firstInvocationNanos, List<Long> warmNanos, List<Long> batchNanos,
			long rssAfterFirstKilobytes, long peakRssKilobytes) {

	}

}
