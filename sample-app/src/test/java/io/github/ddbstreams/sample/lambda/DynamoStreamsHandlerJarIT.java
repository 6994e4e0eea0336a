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

package io.github.ddbstreams.sample.lambda;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Error;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.sam.LambdaHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the {@code sam build} layout of the clerk under the Lambda runtime interface
 * client with the starter's own handler, {@code DynamoStreamsHandler}
 * ({@code dynamodb.streams.sam.handler=dynamo-streams-handler}).
 */
class DynamoStreamsHandlerJarIT {

	private static final Duration COLD_START = Duration.ofMinutes(2);

	private static final Path WORK = Path.of("target", "streams-handler-it").toAbsolutePath();

	private static LocalRuntimeApi runtimeApi;

	private static LambdaJavaRuntime runtime;

	@BeforeAll
	static void startTheFunctionAsLambdaDoes() throws Exception {
		Files.createDirectories(WORK);
		Path taskRoot = SamBuild.taskRoot(Path.of(System.getProperty("lambda.classes", "target/classes")),
				Path.of(System.getProperty("lambda.dependencies", "target/dependency")), WORK.resolve("task"));
		runtimeApi = LocalRuntimeApi.start("clerk", Duration.ofSeconds(30));
		runtime = LambdaJavaRuntime.start(taskRoot, LambdaHandler.DYNAMO_STREAMS_HANDLER.id(), 1024,
				Map.of("MAIN_CLASS", "io.github.ddbstreams.sample.ClerkApplication"), runtimeApi,
				WORK.resolve("runtime.log"));
	}

	@AfterAll
	static void stop() throws Exception {
		if (runtime != null) {
			runtime.close();
		}
		if (runtimeApi != null) {
			runtimeApi.close();
		}
	}

	@Test
	void respondsWithoutFailuresWhenEveryRecordIsHandled() throws Exception {
		Result result = invoke(
				new ClassPathResource("events/test-table-changes.json").getContentAsString(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(runtime.output()).contains("INSERT test-table Keys: {id=AttributeValue(S=id-1)}",
				"Customer id-1 is now named name-2");
	}

	@Test
	void reportsTheSequenceNumberOfTheFirstRecordThatFails() throws Exception {
		Result result = invoke(
				"{\"Records\":[" + LambdaJarIT.insert("600000000000000000001", "id-61", "{\"S\":\"first\"}") + ","
						+ LambdaJarIT.insert("600000000000000000002", "id-62", "{\"S\":\" \"}") + ","
						+ LambdaJarIT.insert("600000000000000000003", "id-63", "{\"S\":\"third\"}") + "]}");
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"600000000000000000002\"}]}");
		assertThat(runtime.output()).contains("Customer id-61 is now named first").doesNotContain("Customer id-63");
	}

	@Test
	void reportsAnErrorForAnEventThatIsNotJson() throws Exception {
		Result result = invoke("{\"Records\": [");
		assertThat(result).isInstanceOfSatisfying(Error.class,
				(error) -> assertThat(error.errorType()).isEqualTo("Runtime.UserException"));
		assertThat(result.body()).contains(
				"\"errorType\":\"io.github.ddbstreams.dispatch.InvalidStreamEventException\"",
				"\"errorMessage\":\"Input is not valid JSON: Unexpected end-of-input");
	}

	private static Result invoke(String event) throws Exception {
		try {
			return runtimeApi.invoke(event).get(COLD_START.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No result; runtime output:\n" + runtime.output(), ex);
		}
	}

}
