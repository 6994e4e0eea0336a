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

package io.github.ddbstreams.it.user;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Error;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.harness.sam.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deploy path of {@link UserApplicationDeployIT} in Spring's AOT mode: the
 * start.spring.io application has the {@code process-aot} goal in its
 * {@code spring-boot-maven-plugin} (its only build change) and primes its function at
 * start-up; the template that its {@code sam} profile writes turns AOT mode on by itself
 * ({@code dynamodb.streams.sam.aot=auto}); the Maven steps of {@code sam build} package
 * it, and the Lambda Java runtime interface client runs it with the template's handler,
 * memory and environment.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class UserApplicationAotIT {

	private static final Path WORK = Path.of("target", "user-application-aot-it").toAbsolutePath();

	private static Path project;

	private static Template template;

	private static String function;

	private static Path taskRoot;

	private static LocalRuntimeApi runtimeApi;

	private static LambdaJavaRuntime runtime;

	@BeforeAll
	static void packageAndRunTheApplicationInAotMode() throws Exception {
		SamBuild maven = UserApplicationSteps.userMaven(WORK);
		assumeTrue(maven.isAvailable(), "mvn is not on the PATH: sam build needs it");
		project = StartSpringIoApplication.write(WORK.resolve("demo"),
				System.getProperty("it.project-version", "0.1.0-SNAPSHOT"), true);
		UserApplicationSteps.createTablesWithStreams();
		maven.run(project, WORK.resolve("mvn-package.log"), "package");
		UserApplicationSteps.writeTemplate(WORK, project);
		template = Template.read(project.resolve("template.yaml"));
		function = template.resourceOfType("AWS::Serverless::Function");
		taskRoot = maven.build(project.resolve(property("CodeUri")).normalize(), WORK.resolve("scratch"),
				WORK.resolve("artifacts"), WORK.resolve("sam-build.log"));
		runtimeApi = LocalRuntimeApi.start("demo", Duration.ofSeconds(30));
		runtime = LambdaJavaRuntime.start(taskRoot, property("Handler"),
				template.<Number>get("Resources", function, "Properties", "MemorySize").intValue(), variables(),
				runtimeApi, WORK.resolve("runtime.log"));
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
	void templateTurnsAotModeOnAndPrimesAtStartUp() {
		assertThat(variables()).containsEntry("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true")
			.containsEntry("DYNAMODB_STREAMS_PRIMING", "startup")
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction");
	}

	@Test
	void packageHoldsTheClassesGeneratedAheadOfTime() {
		assertThat(taskRoot.resolve("com/example/demo/DemoApplication__ApplicationContextInitializer.class"))
			.isRegularFile();
	}

	@Test
	void startsFromTheClassesGeneratedAheadOfTimeAndPrimes() {
		invoke(StreamEventJson.event()
			.from(streamOf("CustomersStream"))
			.record("INSERT", "300000000000000000001", "{\"id\":{\"S\":\"c-0\"}}",
					"{\"id\":{\"S\":\"c-0\"},\"name\":{\"S\":\"Bob\"}}", null)
			.json());
		assertThat(runtime.output()).contains("Starting AOT-processed DemoApplication",
				"Primed the DynamoDB stream function: ");
		assertThat(runtimeApi.initError()).isNotDone();
	}

	@Test
	void everyListenerReceivesItsRecordsMappedToItsTypes() {
		Result customers = invoke(UserApplicationSteps.customerInsertEvent(streamOf("CustomersStream")));
		Result orders = invoke(UserApplicationSteps.orderLifeEvent(streamOf("OrdersStream")));
		assertThat(customers).isInstanceOf(Response.class);
		assertThat(customers.body()).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(orders).isInstanceOf(Response.class);
		assertThat(orders.body()).isEqualTo("{\"batchItemFailures\":[]}");
		UserApplicationSteps.assertListenersReceivedTheirRecords(runtime.output());
	}

	@Test
	void reportsTheRecordWhoseListenerFailsAndRunsNoneAfterIt() {
		Result result = invoke(StreamEventJson.event()
			.from(streamOf("CustomersStream"))
			.record("INSERT", "600000000000000000001", "{\"id\":{\"S\":\"c-6\"}}",
					"{\"id\":{\"S\":\"c-6\"},\"name\":{\"S\":\"Grace\"}}", null)
			.record("INSERT", "600000000000000000002", "{\"id\":{\"S\":\"c-7\"}}", "{\"id\":{\"S\":\"c-7\"}}", null)
			.record("INSERT", "600000000000000000003", "{\"id\":{\"S\":\"c-8\"}}",
					"{\"id\":{\"S\":\"c-8\"},\"name\":{\"S\":\"Edsger\"}}", null)
			.json());
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"600000000000000000002\"}]}");
		assertThat(runtime.output()).contains("Customer[id=c-6, name=Grace").doesNotContain("id=c-8");
	}

	@Test
	void failsAMalformedEventWithWhatIsWrong() {
		Result result = invoke("{\"Records\": [");
		assertThat(result).isInstanceOf(Error.class);
		assertThat(result.body()).contains("Input is not valid JSON");
		assertThat(runtime.isAlive()).isTrue();
	}

	@Test
	void templatePassesCfnLint() throws Exception {
		UserApplicationSteps.assertCfnLintPasses(project);
	}

	private static Map<String, String> variables() {
		return template.get("Resources", function, "Properties", "Environment", "Variables");
	}

	private static String property(String name) {
		return template.get("Resources", function, "Properties", name);
	}

	private static String streamOf(String event) {
		return UserApplicationSteps.streamOf(template, function, event);
	}

	private static Result invoke(String event) {
		return UserApplicationSteps.invoke(runtimeApi, runtime, event);
	}

}
