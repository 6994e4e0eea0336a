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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;

/**
 * The test application {@link ItemsApplication} running as Lambda runs it after
 * {@code sam build}: its {@code sam build} layout (this module's {@code target/classes}
 * and {@code target/dependency}) as task root, Spring Cloud Function's
 * {@code FunctionInvoker} as handler, the environment the generated template sets, under
 * the Lambda runtime interface client in a fresh JVM polling a loopback Runtime API.
 * <pre class="code">
 * try (ItemsFunction function = ItemsFunction.start(Path.of("target/my-it"), Map.of())) {
 *     Result result = function.invoke(StreamEventJson.event().from(ItemsFunction.STREAM_ARN)
 *         .insert("1", "id-1", "first").json());
 *     assertThat(function.output()).contains("Item id-1 INSERT named first");
 * }
 * </pre>
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class ItemsFunction implements AutoCloseable {

	/**
	 * The stream of the table {@code items} in the namespace {@code it}.
	 */
	public static final String STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/it_items/stream/2026-11-01T00:00:00.000";

	/**
	 * The handler of the function.
	 */
	public static final String HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

	private static final Duration INVOCATION_TIMEOUT = Duration.ofMinutes(2);

	private final LocalRuntimeApi runtimeApi;

	private final LambdaJavaRuntime runtime;

	private ItemsFunction(LocalRuntimeApi runtimeApi, LambdaJavaRuntime runtime) {
		this.runtimeApi = runtimeApi;
		this.runtime = runtime;
	}

	/**
	 * Start the function with 1024 MB.
	 * @param work the directory for the task root and the log, created
	 * @param variables environment variables in addition to those of the template, such
	 * as {@code DYNAMODB_STREAMS_CONCURRENCY}
	 * @return the running function
	 * @throws IOException if the task root cannot be laid out or the JVM cannot start
	 */
	public static ItemsFunction start(Path work, Map<String, String> variables) throws IOException {
		Files.createDirectories(work);
		Path taskRoot = SamBuild.taskRoot(Path.of(System.getProperty("lambda.classes", "target/classes")),
				Path.of(System.getProperty("lambda.dependencies", "target/dependency")), work.resolve("task"));
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction");
		environment.put("MAIN_CLASS", ItemsApplication.class.getName());
		environment.put("DYNAMODB_STREAMS_TABLENAMESPACE", "it");
		environment.putAll(variables);
		LocalRuntimeApi runtimeApi = LocalRuntimeApi.start("items", Duration.ofSeconds(30));
		try {
			return new ItemsFunction(runtimeApi, LambdaJavaRuntime.start(taskRoot, HANDLER, 1024, environment,
					runtimeApi, work.resolve("runtime.log")));
		}
		catch (IOException | RuntimeException ex) {
			runtimeApi.close();
			throw ex;
		}
	}

	/**
	 * Invoke the function with an event and wait for its result.
	 * @param event the event JSON
	 * @return the response or the error the function posted
	 * @throws AssertionError with the function's output when no result comes in time
	 */
	public Result invoke(String event) {
		try {
			return this.runtimeApi.invoke(event).get(INVOCATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No result; runtime output:\n" + this.runtime.output(), ex);
		}
	}

	/**
	 * Return the Runtime API the function polls, for what {@link #invoke(String)} does
	 * not cover, such as several invocations in flight or the initialization error.
	 * @return the Runtime API
	 */
	public LocalRuntimeApi runtimeApi() {
		return this.runtimeApi;
	}

	/**
	 * Return what the function logged so far.
	 * @return the output of the runtime
	 */
	public String output() {
		return this.runtime.output();
	}

	/**
	 * Return whether the function's JVM still runs.
	 * @return whether it is alive
	 */
	public boolean isAlive() {
		return this.runtime.isAlive();
	}

	@Override
	public void close() throws Exception {
		try {
			this.runtime.close();
		}
		finally {
			this.runtimeApi.close();
		}
	}

}
