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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Starts a function in a fresh JVM exactly as the Lambda Java runtime does (the
 * deployment package unzipped into a task root, the runtime interface client polling a
 * local Runtime API, see {@link LambdaJavaRuntime}), and measures its cold start, from
 * the start of the process to the first response the runtime posts, and the peak resident
 * memory of its JVM.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LambdaLauncher {

	private final int memorySize;

	private final Duration timeout;

	private final Path work;

	private final Map<Path, Path> taskRoots = new HashMap<>();

	/**
	 * Create a launcher.
	 * @param memorySize the memory of every function in MB
	 * @param timeout the timeout of every function, and the longest wait for a response
	 * @param work the directory of the task roots and the logs
	 */
	LambdaLauncher(int memorySize, Duration timeout, Path work) {
		this.memorySize = memorySize;
		this.timeout = timeout;
		this.work = work;
	}

	/**
	 * Return the memory of every function.
	 * @return the memory size in MB
	 */
	int memorySize() {
		return this.memorySize;
	}

	/**
	 * Return the directory of the task roots and the logs.
	 * @return the directory
	 */
	Path work() {
		return this.work;
	}

	/**
	 * Return the task root of a function's deployment package, unzipping it the first
	 * time, as Lambda does before it starts the runtime.
	 * @param function the function
	 * @return the task root
	 * @throws IOException if the package cannot be unzipped
	 */
	Path taskRoot(LambdaFunction function) throws IOException {
		Path taskRoot = this.taskRoots.get(function.jar());
		if (taskRoot == null) {
			String name = function.jar().getFileName().toString().replaceFirst("\\.jar$", "");
			taskRoot = LambdaJavaRuntime.unzip(function.jar(), this.work.resolve("task").resolve(name));
			this.taskRoots.put(function.jar(), taskRoot);
		}
		return taskRoot;
	}

	/**
	 * Start a function in a fresh runtime, invoke it with a first event and, when given,
	 * a second one, then stop it.
	 * @param function the function
	 * @param firstEvent the first event, the one that measures the cold start
	 * @param secondEvent an event to invoke the function with after the first, or
	 * {@code null}
	 * @param logName the name of the log file of the runtime
	 * @return what was measured
	 * @throws IOException if the runtime cannot start
	 * @throws InterruptedException if interrupted while waiting for the runtime
	 */
	Launch launch(LambdaFunction function, String firstEvent, @Nullable String secondEvent, String logName)
			throws IOException, InterruptedException {
		Path taskRoot = taskRoot(function);
		Path log = Files.createDirectories(this.work.resolve("logs")).resolve(logName + ".log");
		try (LocalRuntimeApi runtimeApi = LocalRuntimeApi.start(function.name(), this.timeout)) {
			CompletableFuture<Long> responded = new CompletableFuture<>();
			CompletableFuture<Result> first = runtimeApi.invoke(firstEvent)
				.whenComplete((result, ex) -> responded.complete(System.nanoTime()));
			long started = System.nanoTime();
			try (LambdaJavaRuntime runtime = LambdaJavaRuntime.start(taskRoot, function.handler(), this.memorySize,
					function.environment(), runtimeApi, log)) {
				String firstResponse = await(first, runtimeApi, runtime, function);
				long coldStart = responded.join() - started;
				ProcessHandle jvm = runtimeJvm();
				long rssAfterFirst = ResidentMemory.peakKilobytes(jvm);
				if (secondEvent == null) {
					return new Launch(coldStart, rssAfterFirst, rssAfterFirst, 0, firstResponse, null);
				}
				long secondStarted = System.nanoTime();
				String secondResponse = await(runtimeApi.invoke(secondEvent), runtimeApi, runtime, function);
				long second = System.nanoTime() - secondStarted;
				return new Launch(coldStart, rssAfterFirst, ResidentMemory.peakKilobytes(jvm), second, firstResponse,
						secondResponse);
			}
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
	 * What one start of a function measured.
	 *
	 * @param coldStartNanos from the start of the process to the first response posted
	 * @param rssAfterFirstKilobytes the peak resident memory of the JVM after the first
	 * response
	 * @param peakRssKilobytes the peak resident memory of the JVM after the last response
	 * @param secondNanos the duration of the second invocation, or 0
	 * @param firstResponse the first response
	 * @param secondResponse the second response, or {@code null}
	 */
	record Launch(long coldStartNanos, long rssAfterFirstKilobytes, long peakRssKilobytes, long secondNanos,
			String firstResponse, @Nullable String secondResponse) {

	}

}
