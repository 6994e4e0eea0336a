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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.harness.sam.SamTranslator;
import io.github.ddbstreams.harness.sam.Template;
import io.github.ddbstreams.harness.sam.TransformedTemplates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deploy path of any Spring Boot application, as its user follows it: a fresh
 * start.spring.io application with the starter and the BOM
 * ({@link StartSpringIoApplication}) is packaged with {@code mvn package}; its executable
 * jar writes the SAM template with
 * {@code java -jar target/demo-0.0.1-SNAPSHOT.jar --spring.profiles.active=sam}, looking
 * up the streams of its two tables (on a moto server standing in for AWS); the Maven
 * steps of {@code sam build} package the template's {@code CodeUri}; the Lambda Java
 * runtime interface client runs the package with the template's handler, memory and
 * environment against real-shaped events of both tables.
 * <p>
 * The user's Maven is the {@code mvn} on the {@code PATH} (what {@code sam build} runs),
 * with a local repository of its own ({@code it.repository}) that holds this project's
 * artifacts, installed from the reactor's build outputs, and a settings file that puts
 * the developer's own local repository in front of Maven Central, so that everything else
 * is copied, not downloaded.
 */
class UserApplicationDeployIT {

	private static final Path WORK = Path.of("target", "user-application-it").toAbsolutePath();

	private static final Map<String, Duration> timings = new LinkedHashMap<>();

	private static Path project;

	private static String samLog;

	private static Template template;

	private static String function;

	private static Path taskRoot;

	private static LocalRuntimeApi runtimeApi;

	private static LambdaJavaRuntime runtime;

	@BeforeAll
	static void packageAndRunTheApplicationAsItsUserDoes() throws Exception {
		SamBuild maven = UserApplicationSteps.userMaven(WORK);
		assumeTrue(maven.isAvailable(), "mvn is not on the PATH: sam build needs it");
		project = StartSpringIoApplication.write(WORK.resolve("demo"),
				System.getProperty("it.project-version", "0.1.0-SNAPSHOT"));
		UserApplicationSteps.createTablesWithStreams();
		long start = System.nanoTime();
		maven.run(project, WORK.resolve("mvn-package.log"), "package");
		start = timed("mvn package", start);
		samLog = UserApplicationSteps.writeTemplate(WORK, project);
		start = timed("java -jar target/demo-0.0.1-SNAPSHOT.jar --spring.profiles.active=sam", start);
		template = Template.read(project.resolve("template.yaml"));
		function = template.resourceOfType("AWS::Serverless::Function");
		Path code = project.resolve(property("CodeUri")).normalize();
		taskRoot = maven.build(code, WORK.resolve("scratch"), WORK.resolve("artifacts"), WORK.resolve("sam-build.log"));
		start = timed("sam build (mvn clean install, mvn dependency:copy-dependencies, copy)", start);
		runtimeApi = LocalRuntimeApi.start("demo", Duration.ofSeconds(30));
		runtime = LambdaJavaRuntime.start(taskRoot, property("Handler"),
				template.<Number>get("Resources", function, "Properties", "MemorySize").intValue(),
				template.get("Resources", function, "Properties", "Environment", "Variables"), runtimeApi,
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
		StringBuilder report = new StringBuilder();
		timings.forEach((step, duration) -> report.append(step)
			.append(": ")
			.append(duration.toMillis() / 1000.0)
			.append(" s")
			.append(System.lineSeparator()));
		if (Files.isDirectory(WORK)) {
			Files.writeString(WORK.resolve("timings.txt"), report, StandardCharsets.UTF_8);
		}
	}

	@Test
	void packagesTheApplicationAsASpringBootExecutableJar() throws IOException {
		try (ZipFile jar = new ZipFile(project.resolve(StartSpringIoApplication.JAR).toFile())) {
			assertThat(jar.getEntry("BOOT-INF/classes/com/example/demo/DemoApplication.class")).isNotNull();
		}
	}

	@Test
	void writesTheTemplateIntoTheProjectAndSaysToRunSamBuildAndSamDeploy() {
		String next = System.lineSeparator() + "    ";
		assertThat(samLog).contains("Wrote SAM template " + project.resolve("template.yaml") + ". Deploy it with:"
				+ next + "sam build" + next + "sam deploy --guided" + System.lineSeparator());
		assertThat(samLog).doesNotContain("WARN", "ERROR");
	}

	@Test
	void templateNamesTheProjectTheApplicationClassAndTheLookedUpStreams() {
		assertThat(property("CodeUri")).isEqualTo(".");
		assertThat(property("Handler"))
			.isEqualTo("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest");
		assertThat(template.<Map<String, String>>get("Resources", function, "Properties", "Environment", "Variables"))
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction")
			.containsEntry("MAIN_CLASS", StartSpringIoApplication.APPLICATION_CLASS)
			.containsEntry("DYNAMODB_STREAMS_TABLENAMESPACE", StartSpringIoApplication.NAMESPACE);
		assertThat(template.content()).doesNotContainKey("Parameters");
		try (DynamoDbClient client = MotoServer.shared().dynamoDb()) {
			assertThat(streamOf("CustomersStream"))
				.isEqualTo(UserApplicationSteps.latestStreamArn(client, "shop-dev_customers"));
			assertThat(streamOf("OrdersStream"))
				.isEqualTo(UserApplicationSteps.latestStreamArn(client, "shop-dev_orders"));
		}
		assertThat(template.<Number>get("Resources", function, "Properties", "Events", "OrdersStream", "Properties",
				"BatchSize"))
			.isEqualTo(50);
	}

	@Test
	void packageIsTheSamBuildLayoutWithoutTestDependencies() throws IOException {
		assertThat(taskRoot.resolve("com/example/demo/DemoApplication.class")).isRegularFile();
		assertThat(taskRoot.resolve("application.yml")).isRegularFile();
		assertThat(taskRoot.resolve("BOOT-INF")).doesNotExist();
		try (Stream<Path> libraries = Files.list(taskRoot.resolve("lib"))) {
			assertThat(libraries.map((library) -> library.getFileName().toString()))
				.contains("io.github.ddbstreams.dynamodb-streams-spring-boot-starter-"
						+ System.getProperty("it.project-version", "0.1.0-SNAPSHOT") + ".jar")
				.noneMatch((name) -> name.contains("junit") || name.contains("spring-boot-test")
						|| name.contains("netty") || name.contains("tomcat"));
		}
	}

	@Test
	void everyListenerReceivesItsRecordsMappedToItsTypes() {
		Result customers = invoke(UserApplicationSteps.customerInsertEvent(streamOf("CustomersStream")));
		Result orders = invoke(UserApplicationSteps.orderLifeEvent(streamOf("OrdersStream")));
		assertThat(List.of(customers, orders)).allSatisfy((result) -> {
			assertThat(result).isInstanceOf(Response.class);
			assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
		});
		UserApplicationSteps.assertListenersReceivedTheirRecords(runtime.output());
		assertThat(runtimeApi.initError()).isNotDone();
	}

	@Test
	void templatePassesCfnLint() throws Exception {
		UserApplicationSteps.assertCfnLintPasses(project);
	}

	@Test
	void allowsNoDynamoDbActionOnEveryResourceAfterTheSamTransform() throws Exception {
		assumeTrue(SamTranslator.isAvailable(), "SAM translator (python3 with cfn-lint) not installed");
		JsonNode transformed = SamTranslator.transform(template.yaml()).get(0);
		List<JsonNode> statements = TransformedTemplates.policyStatements(transformed);
		List<JsonNode> dynamoDb = statements.stream()
			.filter((statement) -> TransformedTemplates.actions(statement)
				.stream()
				.anyMatch((action) -> action.startsWith("dynamodb:") || action.equals("*")))
			.toList();
		assertThat(dynamoDb).hasSize(4)
			.allSatisfy((statement) -> assertThat(TransformedTemplates.resources(statement)).doesNotContain("*"));
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

	private static long timed(String step, long start) {
		long now = System.nanoTime();
		timings.put(step, Duration.ofNanos(now - start));
		return now;
	}

}
