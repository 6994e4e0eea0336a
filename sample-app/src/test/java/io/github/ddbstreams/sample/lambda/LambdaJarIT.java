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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Error;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.harness.sam.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample as Lambda runs it after {@code sam build} and {@code sam deploy}: the
 * template that the sample's executable jar writes with the {@code sam} profile names the
 * project as code, the handler, the memory and the environment; the task root is the
 * {@code sam build} layout of the project (its classes at the root, its runtime
 * dependencies in {@code lib/}); the Lambda Java runtime interface client starts it in a
 * fresh JVM and polls a local Runtime API for real DynamoDB stream events.
 */
class LambdaJarIT {

	private static final Duration COLD_START = Duration.ofMinutes(2);

	private static final Path WORK = Path.of("target", "lambda-it").toAbsolutePath();

	private static Path jar;

	private static Path taskRoot;

	private static Template template;

	private static LocalRuntimeApi runtimeApi;

	private static LambdaJavaRuntime runtime;

	@BeforeAll
	static void startTheFunctionAsLambdaDoes() throws Exception {
		jar = Path.of(System.getProperty("application.jar", "target/application.jar")).toAbsolutePath();
		assertThat(jar).as("the executable jar of the sample (run ./mvnw verify)").isRegularFile();
		Files.createDirectories(WORK);
		template = writeTemplate(WORK.resolve("sam/template.yaml"));
		String function = template.resourceOfType("AWS::Serverless::Function");
		String codeUri = template.get("Resources", function, "Properties", "CodeUri");
		Path code = WORK.resolve("sam").resolve(codeUri).normalize();
		assertThat(code).as("CodeUri %s is the project that sam build packages", codeUri)
			.isEqualTo(Path.of("").toAbsolutePath());
		assertThat(code.resolve("pom.xml")).isRegularFile();
		taskRoot = SamBuild.taskRoot(Path.of(System.getProperty("lambda.classes", "target/classes")),
				Path.of(System.getProperty("lambda.dependencies", "target/dependency")), WORK.resolve("task"));
		int memorySize = template.<Number>get("Resources", function, "Properties", "MemorySize").intValue();
		Map<String, String> variables = template.get("Resources", function, "Properties", "Environment", "Variables");
		runtimeApi = LocalRuntimeApi.start("clerk", Duration.ofSeconds(30));
		runtime = LambdaJavaRuntime.start(taskRoot, template.get("Resources", function, "Properties", "Handler"),
				memorySize, variables, runtimeApi, WORK.resolve("runtime.log"));
	}

	/**
	 * Write the template as
	 * {@code java -jar target/<app>.jar --spring.profiles.active=sam} does, on a machine
	 * without AWS credentials or configuration: the stream ARN becomes a parameter, with
	 * a hint.
	 */
	private static Template writeTemplate(Path output) throws Exception {
		Files.deleteIfExists(output);
		Path home = Files.createDirectories(WORK.resolve("home"));
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Duser.home=" + home, "-jar", jar.toString(), "--spring.profiles.active=sam",
				"--dynamodb.streams.sam.output=" + output)
			.redirectErrorStream(true)
			.redirectOutput(WORK.resolve("sam.log").toFile());
		String path = builder.environment().get("PATH");
		builder.environment().clear();
		builder.environment().put("PATH", (path != null) ? path : "/usr/bin:/bin");
		builder.environment().put("HOME", home.toString());
		builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
		Process sam = builder.start();
		assertThat(sam.waitFor(COLD_START.toSeconds(), TimeUnit.SECONDS)).as("the sam profile exits").isTrue();
		String log = Files.readString(WORK.resolve("sam.log"));
		assertThat(sam.exitValue()).as(log).isZero();
		String next = System.lineSeparator() + "    ";
		assertThat(log).contains("Stream ARN of table demo-dev_test-table not looked up (no AWS region",
				"Wrote SAM template " + output + ". Deploy it with:" + next + "cd " + output.getParent() + next
						+ "sam build" + next + "sam deploy --guided --parameter-overrides TestTableStreamArn=$(aws"
						+ " dynamodb describe-table --table-name demo-dev_test-table --query Table.LatestStreamArn"
						+ " --output text)");
		return Template.read(output);
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
	void packageHasNoWebServerNoLocalLoopAndNoTestCode() throws Exception {
		try (Stream<Path> libraries = Files.list(taskRoot.resolve("lib"))) {
			assertThat(libraries.map((library) -> library.getFileName().toString()))
				.contains("io.github.ddbstreams.dynamodb-streams-spring-boot-autoconfigure-0.1.0-SNAPSHOT.jar",
						"org.springframework.cloud.spring-cloud-function-adapter-aws-5.0.1.jar")
				.noneMatch((name) -> name.contains("tomcat") || name.contains("netty") || name.contains("webflux")
						|| name.contains("DynamoDBLocal") || name.contains("sqlite4java")
						|| name.contains("testcontainers") || name.contains("dynamodb-streams-spring-boot-test")
						|| name.contains("test-harness") || name.contains("spring-boot-test")
						|| name.contains("junit"));
		}
		assertThat(taskRoot.resolve("io/github/ddbstreams/sample/ClerkApplication.class")).isRegularFile();
		assertThat(taskRoot.resolve("application.yml")).isRegularFile();
		assertThat(taskRoot.resolve("META-INF/MANIFEST.MF")).doesNotExist();
	}

	@Test
	void templateNamesTheHandlerAndTheFunctionTheRuntimeCalls() {
		String function = template.resourceOfType("AWS::Serverless::Function");
		assertThat(template.<String>get("Resources", function, "Properties", "Handler"))
			.isEqualTo("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest");
		assertThat(template.<Map<String, String>>get("Resources", function, "Properties", "Environment", "Variables"))
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction")
			.containsEntry("MAIN_CLASS", "io.github.ddbstreams.sample.ClerkApplication")
			.containsEntry("DYNAMODB_STREAMS_TABLENAMESPACE", "demo-dev");
	}

	@Test
	void respondsWithoutFailuresWhenEveryRecordIsHandled() throws Exception {
		Result result = invoke(
				new ClassPathResource("events/test-table-changes.json").getContentAsString(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(runtime.output()).contains("INSERT test-table Keys: {id=AttributeValue(S=id-1)}",
				"Customer id-1 is now named name-1", "Customer id-1 is now named name-2");
	}

	@Test
	void reportsTheSequenceNumberOfTheFirstRecordThatFails() throws Exception {
		Result result = invoke(event(insert("300000000000000000001", "id-31", "{\"S\":\"first\"}"),
				insert("300000000000000000002", "id-32", "{\"S\":\" \"}"),
				insert("300000000000000000003", "id-33", "{\"S\":\"third\"}")));
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"300000000000000000002\"}]}");
		assertThat(runtime.output()).contains("Customer id-31 is now named first").doesNotContain("Customer id-33");
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

	@Test
	void reportsAnErrorForAnEventThatIsNotAStreamEvent() throws Exception {
		Result result = invoke(event(insert("", "id-41", "{\"S\":\"no sequence number\"}")));
		assertThat(result).isInstanceOfSatisfying(Error.class,
				(error) -> assertThat(error.errorType()).isEqualTo("Runtime.UserException"));
		assertThat(result.body()).contains(
				"\"errorType\":\"io.github.ddbstreams.dispatch.InvalidStreamEventException\"",
				"\"errorMessage\":\"Record 1 of the DynamoDB stream event has no 'dynamodb.SequenceNumber'\"");
	}

	@Test
	void startsWithoutInitializationError() throws Exception {
		invoke(event(insert("500000000000000000001", "id-51", "{\"S\":\"started\"}")));
		assertThat(runtimeApi.initError()).isNotDone();
		assertThat(runtime.isAlive()).isTrue();
	}

	private static Result invoke(String event) throws Exception {
		try {
			return runtimeApi.invoke(event).get(COLD_START.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No result; runtime output:\n" + runtime.output(), ex);
		}
	}

	private static String event(String... records) {
		return "{\"Records\":[" + String.join(",", List.of(records)) + "]}";
	}

	static String insert(String sequenceNumber, String id, String name) {
		return """
				{"eventID":"%2$s","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",
				"awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1763726400,
				"Keys":{"id":{"S":"%2$s"}},"NewImage":{"id":{"S":"%2$s"},"name":%3$s},
				"SequenceNumber":"%1$s","SizeBytes":30,"StreamViewType":"NEW_AND_OLD_IMAGES"},
				"eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-11-21T00:00:00.000"}
				"""
			.formatted(sequenceNumber, id, name);
	}

}
