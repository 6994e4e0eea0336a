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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.build.SamBuild;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.harness.sam.GeneratedTemplates.CfnLint;
import io.github.ddbstreams.harness.sam.Template;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The steps of the deploy path that the user application tests share: the user's Maven,
 * the tables the template looks up, and the template written by the {@code sam} profile.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class UserApplicationSteps {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private UserApplicationSteps() {
	}

	/**
	 * The user's Maven: the {@code mvn} on the {@code PATH}, with a local repository that
	 * holds this project's artifacts and a settings file that reads everything else from
	 * the developer's own local repository first.
	 * @param work the working directory of the test, emptied
	 * @return the user's Maven
	 * @throws IOException if the settings file cannot be written
	 */
	static SamBuild userMaven(Path work) throws IOException {
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		Path repository = Path.of(System.getProperty("it.repository", "target/it-repository")).toAbsolutePath();
		Path developerRepository = Path.of(System.getProperty("it.developer-repository",
				Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
		Path settings = Files.writeString(work.resolve("settings.xml"), """
				<settings>
					<profiles>
						<profile>
							<id>developer-repository</id>
							<repositories>
								<repository>
									<id>developer-repository</id>
									<url>%1$s</url>
									<snapshots>
										<enabled>false</enabled>
									</snapshots>
								</repository>
							</repositories>
							<pluginRepositories>
								<pluginRepository>
									<id>developer-repository</id>
									<url>%1$s</url>
									<snapshots>
										<enabled>false</enabled>
									</snapshots>
								</pluginRepository>
							</pluginRepositories>
						</profile>
					</profiles>
					<activeProfiles>
						<activeProfile>developer-repository</activeProfile>
					</activeProfiles>
				</settings>
				""".formatted(developerRepository.toUri()), StandardCharsets.UTF_8);
		List<String> arguments = new ArrayList<>(
				List.of("-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + repository));
		if (System.getProperty("it.offline", "").endsWith("true")) {
			arguments.addAll(List.of("-o", "-Daether.offline.protocols=file"));
		}
		return SamBuild.withMavenOnPath().withArguments(arguments.toArray(String[]::new));
	}

	static void createTablesWithStreams() {
		try (DynamoDbClient client = MotoServer.shared().dynamoDb()) {
			createTable(client, "shop-dev_customers", "id");
			createTable(client, "shop-dev_orders", "orderId");
		}
	}

	private static void createTable(DynamoDbClient client, String name, String key) {
		try {
			client.createTable((table) -> table.tableName(name)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName(key).attributeType(ScalarAttributeType.S).build())
				.keySchema(KeySchemaElement.builder().attributeName(key).keyType(KeyType.HASH).build())
				.streamSpecification(
						(stream) -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
		}
		catch (ResourceInUseException ex) {
			// created by an earlier run against the same server
		}
	}

	static String latestStreamArn(DynamoDbClient client, String table) {
		return client.describeTable((request) -> request.tableName(table)).table().latestStreamArn();
	}

	/**
	 * Write the template as the user does, from the project directory
	 * ({@code java -jar target/demo-0.0.1-SNAPSHOT.jar --spring.profiles.active=sam}, in
	 * JVM mode), with AWS credentials and region in the environment; the stream lookup's
	 * endpoint is the moto server that stands in for AWS.
	 */
	static String writeTemplate(Path work, Path project) throws Exception {
		Path jar = project.resolve(StartSpringIoApplication.JAR);
		Path home = Files.createDirectories(work.resolve("home"));
		Path log = work.resolve("sam-profile.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", project.relativize(jar).toString(), "--spring.profiles.active=sam",
				"--dynamodb.streams.sam.stream-lookup.endpoint=" + MotoServer.shared().endpoint(),
				"--dynamodb.streams.sam.stream-lookup.timeout=60s")
			.directory(project.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		String path = builder.environment().get("PATH");
		builder.environment().clear();
		builder.environment().put("PATH", (path != null) ? path : "/usr/bin:/bin");
		builder.environment().put("HOME", home.toString());
		builder.environment().put("AWS_ACCESS_KEY_ID", "test");
		builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
		builder.environment().put("AWS_REGION", MotoServer.REGION);
		builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
		Process process = builder.start();
		assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the sam profile exits").isTrue();
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	/**
	 * Return the event of one new customer of the generated application's customers
	 * table.
	 * @param customersStream the stream ARN of the customers table
	 * @return the event JSON
	 */
	static String customerInsertEvent(String customersStream) {
		return StreamEventJson.event()
			.from(customersStream)
			.record("INSERT", "400000000000000000001", "{\"id\":{\"S\":\"c-1\"}}",
					"{\"id\":{\"S\":\"c-1\"},\"name\":{\"S\":\"Ada\"},\"visits\":{\"N\":\"3\"}}", null)
			.json();
	}

	/**
	 * Return the event of one order's life of the generated application's orders table:
	 * inserted, paid and removed.
	 * @param ordersStream the stream ARN of the orders table
	 * @return the event JSON
	 */
	static String orderLifeEvent(String ordersStream) {
		return StreamEventJson.event()
			.from(ordersStream)
			.record("INSERT", "500000000000000000001", "{\"orderId\":{\"S\":\"o-1\"}}",
					"{\"orderId\":{\"S\":\"o-1\"},\"status\":{\"S\":\"NEW\"},\"total\":{\"N\":\"42.50\"}}", null)
			.record("MODIFY", "500000000000000000002", "{\"orderId\":{\"S\":\"o-1\"}}",
					"{\"orderId\":{\"S\":\"o-1\"},\"status\":{\"S\":\"PAID\"},\"total\":{\"N\":\"42.50\"}}",
					"{\"orderId\":{\"S\":\"o-1\"},\"status\":{\"S\":\"NEW\"},\"total\":{\"N\":\"42.50\"}}")
			.record("REMOVE", "500000000000000000003", "{\"orderId\":{\"S\":\"o-1\"}}", null,
					"{\"orderId\":{\"S\":\"o-1\"},\"status\":{\"S\":\"PAID\"},\"total\":{\"N\":\"42.50\"}}")
			.json();
	}

	/**
	 * Check what the generated application's listeners logged for
	 * {@link #customerInsertEvent} and {@link #orderLifeEvent}: each record mapped to its
	 * type, the batch listener's line, and nothing for the removal its listener does not
	 * want.
	 * @param output the runtime's output
	 */
	static void assertListenersReceivedTheirRecords(String output) {
		assertThat(output).contains("INSERT Customer[id=c-1, name=Ada, visits=3] as com.example.demo.Customer",
				"INSERT order o-1 NEW total 42.50 as com.example.demo.Order",
				"MODIFY order o-1 PAID total 42.50 as com.example.demo.Order", "2 orders in one batch, the last PAID")
			.doesNotContain("REMOVE order");
	}

	/**
	 * Return the stream of a DynamoDB event of the function in the template.
	 * @param template the template
	 * @param function the logical id of the function
	 * @param event the logical id of the event
	 * @return the stream ARN
	 */
	static String streamOf(Template template, String function, String event) {
		return template.get("Resources", function, "Properties", "Events", event, "Properties", "Stream");
	}

	/**
	 * Invoke the function with an event, and wait for its result.
	 * @param runtimeApi the runtime API the function polls
	 * @param runtime the function's runtime, whose output a failure shows
	 * @param event the event JSON
	 * @return the result
	 */
	static Result invoke(LocalRuntimeApi runtimeApi, LambdaJavaRuntime runtime, String event) {
		try {
			return runtimeApi.invoke(event).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No result; runtime output:\n" + runtime.output(), ex);
		}
	}

	/**
	 * Check that cfn-lint finds nothing in the template of the project, when it is on the
	 * {@code PATH}.
	 * @param project the project
	 * @throws Exception if cfn-lint cannot run
	 */
	static void assertCfnLintPasses(Path project) throws Exception {
		assumeTrue(CfnLint.isAvailable(), "cfn-lint is not on the PATH");
		CfnLint.Result result = CfnLint.run(List.of(project.resolve("template.yaml").toString()));
		assertThat(result.exitCode()).as("cfn-lint findings:%n%s", result.output()).isZero();
	}

}
