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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.events.HostileEvents;
import io.github.ddbstreams.harness.events.HostileEvents.HostileEvent;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Error;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.sample.ClerkApplication;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile body of {@link HostileEvents} sent to the sample's Lambda package (the
 * {@code sam build} layout) under the Lambda runtime interface client, with the default
 * function and with the {@code dynamodbStreamsConsumer} named: each fails the invocation
 * with an error whose message names the problem, and no record reaches the clerk.
 */
class HostileEventsJarIT {

	private static final Duration COLD_START = Duration.ofMinutes(2);

	private static final Path WORK = Path.of("target", "hostile-it").toAbsolutePath();

	private static final String HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "dynamodbStreamsFunction", "dynamodbStreamsConsumer" })
	void failsEveryHostileBodyWithAMessageThatNamesItsProblem(String definition) throws Exception {
		Path work = Files.createDirectories(WORK.resolve(definition));
		Path taskRoot = SamBuild.taskRoot(Path.of(System.getProperty("lambda.classes", "target/classes")),
				Path.of(System.getProperty("lambda.dependencies", "target/dependency")), work.resolve("task"));
		try (LocalRuntimeApi runtimeApi = LocalRuntimeApi.start("clerk", Duration.ofSeconds(30));
				LambdaJavaRuntime runtime = LambdaJavaRuntime.start(taskRoot, HANDLER, 1024, environment(definition),
						runtimeApi, work.resolve("runtime.log"))) {
			Result wellFormed = invoke(runtimeApi, runtime, HostileEvents.wellFormed().getBytes());
			assertThat(wellFormed).isInstanceOf(Response.class);
			assertThat(runtime.output()).contains("INSERT test-table Keys: {id=AttributeValue(S=id-2)}");
			int clerkLines = clerkLines(runtime.output());
			SoftAssertions softly = new SoftAssertions();
			for (HostileEvent hostile : HostileEvents.all()) {
				Result result = invoke(runtimeApi, runtime, hostile.body());
				softly.assertThat(result).as(hostile.name()).isInstanceOf(Error.class);
				if (result instanceof Error error) {
					JsonNode document = this.json.readTree(error.body());
					softly.assertThat(document.path("errorMessage").asString())
						.as(hostile.name())
						.contains(hostile.message())
						.doesNotContain("Possible bug", "name-2", hostile.value());
					softly.assertThat(document.path("errorType").asString())
						.as(hostile.name())
						.isNotIn("java.lang.NullPointerException", "java.lang.ClassCastException");
				}
			}
			softly.assertThat(clerkLines(runtime.output())).as("records the clerk logged").isEqualTo(clerkLines);
			softly.assertThat(runtime.isAlive()).isTrue();
			softly.assertAll();
		}
	}

	private static Result invoke(LocalRuntimeApi runtimeApi, LambdaJavaRuntime runtime, byte[] event) throws Exception {
		try {
			return runtimeApi.invoke(event).get(COLD_START.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No result; runtime output:\n" + runtime.output(), ex);
		}
	}

	private static int clerkLines(String output) {
		return (int) output.lines().filter((line) -> line.contains("test-table Keys:")).count();
	}

	private static Map<String, String> environment(String definition) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_CLOUD_FUNCTION_DEFINITION", definition);
		environment.put("MAIN_CLASS", ClerkApplication.class.getName());
		if (definition.equals("dynamodbStreamsConsumer")) {
			environment.put("SPRING_APPLICATION_JSON", "{\"clerk.changes-per-minute\":false,"
					+ "\"dynamodb.streams.tables.test-table.tumbling-window\":0}");
		}
		return environment;
	}

}
