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

package io.github.ddbstreams.sam;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import io.github.ddbstreams.harness.sam.Template;
import io.github.ddbstreams.harness.tools.InstalledTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for the stream lookup of the SAM template: the auto-configured resolver looks up
 * the streams of existing tables on a moto server, with credentials from the SDK's
 * default chain (system properties here).
 */
class SamTemplateStreamLookupTests {

	@RegisterExtension
	static final GeneratedTemplates templates = new GeneratedTemplates();

	private static final String FUNCTION = "ClerkFunction";

	private static MotoServer moto;

	private static DynamoDbClient client;

	private static final Map<String, String> CREDENTIALS = Map.of("aws.accessKeyId", "local", "aws.secretAccessKey",
			"local");

	@TempDir
	Path directory;

	@BeforeAll
	static void startMoto() throws Exception {
		moto = MotoServer.shared();
		client = moto.dynamoDb();
		StreamArnResolverTests.createTable(client, "demo-dev_test-table", StreamViewType.NEW_AND_OLD_IMAGES);
		StreamArnResolverTests.createTable(client, "demo-dev_orders", null);
		StreamArnResolverTests.createTable(client, "demo-dev_keys-only", StreamViewType.KEYS_ONLY);
		StreamArnResolverTests.createTable(client, "demo-dev_audit", StreamViewType.KEYS_ONLY);
		CREDENTIALS.forEach(System::setProperty);
	}

	@AfterAll
	static void closeClient() throws Exception {
		CREDENTIALS.keySet().forEach(System::clearProperty);
		client.close();
	}

	private ApplicationContextRunner contextRunner(Class<?> listeners) {
		return TemplateGeneration.contextRunner(this.directory.resolve("template.yaml"))
			.withUserConfiguration(listeners)
			.withPropertyValues("dynamodb.streams.table-namespace=demo-dev",
					"dynamodb.streams.sam.stream-lookup.enabled=true",
					"dynamodb.streams.sam.stream-lookup.endpoint=" + moto.endpoint(),
					"dynamodb.streams.sam.stream-lookup.region=us-east-1");
	}

	@Test
	void readsTheLatestStreamOfATableWithAStream() {
		Template template = check(TemplateGeneration.generate(contextRunner(Listeners.Clerk.class)));
		String streamArn = latestStreamArn("demo-dev_test-table");
		assertThat(template.event(FUNCTION, "TestTableStream")).containsEntry("Stream", streamArn);
		assertThat(template.<Object>find("Parameters")).isNull();
		List<Map<String, Object>> statements = template.get("Resources", "ClerkFunctionRole", "Properties", "Policies",
				1, "PolicyDocument", "Statement");
		assertThat(statements.get(0)).containsEntry("Resource", streamArn);
		assertThat(statements.get(1)).containsEntry("Resource",
				streamArn.substring(0, streamArn.indexOf("/stream/")) + "/stream/*");
	}

	@Test
	void stopsWithTheFixWhenAnAwsSdkModuleOfAnotherVersionIsOnTheClassPath(@TempDir Path olderModule)
			throws IOException {
		Path properties = olderModule.resolve("META-INF/maven/software.amazon.awssdk/cloudwatch/pom.properties");
		Files.createDirectories(properties.getParent());
		Files.writeString(properties, "artifactId=cloudwatch\ngroupId=software.amazon.awssdk\nversion=2.37.5\n");
		ClassLoader classLoader = new URLClassLoader(new URL[] { olderModule.toUri().toURL() },
				getClass().getClassLoader());
		SamTemplateException failure = TemplateGeneration
			.failure(contextRunner(Listeners.SeveralTables.class).withClassLoader(classLoader));
		assertThat(failure.getProblems()).filteredOn((problem) -> problem.startsWith("Incompatible AWS SDK"))
			.singleElement()
			.asString()
			.startsWith("Incompatible AWS SDK versions on the class path: cloudwatch at 2.37.5, the other ")
			.contains("Import the BOM io.github.ddbstreams:dynamodb-streams-spring-boot-dependencies");
	}

	@Test
	void stopsWithTheFixWhenTheAwsSdkOnTheClassPathIsOfMixedVersions() {
		SamTemplateException failure = TemplateGeneration.failure(contextRunner(Listeners.SeveralTables.class)
			.withBean(StreamArnResolver.class, () -> new StreamArnResolver(() -> {
				throw new NoSuchMethodError(
						"'software.amazon.awssdk.core.client.config.SdkClientOption software.amazon.awssdk.core.client.config.SdkClientOption.CONFIGURED_RETRY_MODE'");
			}, Duration.ofSeconds(10))));
		assertThat(failure.getProblems()).containsExactly("Incompatible AWS SDK versions on the class path: the stream"
				+ " lookup failed with java.lang.NoSuchMethodError: 'software.amazon.awssdk.core.client.config"
				+ ".SdkClientOption software.amazon.awssdk.core.client.config.SdkClientOption.CONFIGURED_RETRY_MODE'."
				+ " The AWS SDK v2 modules of the application (software.amazon.awssdk:*) are of different versions,"
				+ " usually because another dependency brings an older one. Import the BOM"
				+ " io.github.ddbstreams:dynamodb-streams-spring-boot-dependencies (Maven: <type>pom</type>"
				+ " <scope>import</scope> in <dependencyManagement>; Gradle: implementation platform(...)) so that every"
				+ " AWS SDK module has the version the starter was built with, and check the result with"
				+ " mvn dependency:tree -Dincludes=software.amazon.awssdk");
	}

	@Test
	void refusesATableWithoutStreamAndPrintsTheCommandThatEnablesIt() throws Exception {
		SamTemplateException failure = TemplateGeneration.failure(contextRunner(Listeners.OrderChanges.class));
		String command = "aws dynamodb update-table --table-name demo-dev_orders --stream-specification"
				+ " StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES --region us-east-1 --endpoint-url "
				+ moto.endpoint();
		assertThat(failure.getProblems()).containsExactly("Table demo-dev_orders has no enabled stream. Enable it with:"
				+ System.lineSeparator() + "    " + command);
		assumeTrue(InstalledTools.succeeds("aws", "--version"),
				"aws CLI not on the PATH: the printed command was not run");
		runAwsCli(command);
		Template template = check(TemplateGeneration.generate(contextRunner(Listeners.OrderChanges.class)));
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("Stream",
				latestStreamArn("demo-dev_orders"));
	}

	@Test
	void refusesAKeysOnlyStreamWhenAListenerReadsImagesAndPrintsTheCommandsThatChangeIt() throws Exception {
		ApplicationContextRunner contextRunner = contextRunner(Listeners.EveryTable.class)
			.withPropertyValues("dynamodb.streams.tables.audit.partition-key=id");
		SamTemplateException failure = TemplateGeneration.failure(contextRunner);
		String options = " --region us-east-1 --endpoint-url " + moto.endpoint();
		List<String> commands = List.of(
				"aws dynamodb update-table --table-name demo-dev_audit --stream-specification StreamEnabled=false"
						+ options,
				"aws dynamodb update-table --table-name demo-dev_audit --stream-specification"
						+ " StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES" + options);
		assertThat(failure.getProblems()).containsExactly("Table demo-dev_audit streams KEYS_ONLY, which lacks"
				+ " the images its listeners read (NEW_AND_OLD). A stream's view type cannot change while it is"
				+ " enabled: disable the stream, then enable it with NEW_AND_OLD_IMAGES (the new stream has a new ARN):"
				+ System.lineSeparator() + "    " + commands.get(0) + System.lineSeparator() + "    "
				+ commands.get(1));
	}

	@Test
	void acceptsAKeysOnlyStreamWhenTheListenersReadKeysOnly() {
		Template template = check(TemplateGeneration.generate(contextRunner(Listeners.KeysOnly.class)));
		assertThat(template.event(FUNCTION, "KeysOnlyStream")).containsEntry("Stream",
				latestStreamArn("demo-dev_keys-only"));
	}

	@Test
	void refusesATableThatDoesNotExist() {
		SamTemplateException failure = TemplateGeneration.failure(
				contextRunner(Listeners.Clerk.class).withPropertyValues("dynamodb.streams.table-namespace=demo-prod"));
		assertThat(failure.getProblems()).singleElement()
			.asString()
			.startsWith("Table demo-prod_test-table does not exist (")
			.endsWith("). Create it, let the template create it (dynamodb.streams.tables.test-table.create=true with"
					+ " dynamodb.streams.tables.test-table.partition-key), or name its stream"
					+ " (dynamodb.streams.tables.test-table.stream-arn)");
	}

	@Test
	@Timeout(60)
	void takesTheStreamArnAsParameterWhenTheLookupCannotRun() {
		SamTemplate generated = TemplateGeneration.generate(contextRunner(Listeners.Clerk.class).withPropertyValues(
				"dynamodb.streams.sam.stream-lookup.endpoint=http://192.0.2.1:8000",
				"dynamodb.streams.sam.stream-lookup.timeout=300ms"));
		Template template = check(generated);
		assertThat(template.event(FUNCTION, "TestTableStream")).containsEntry("Stream",
				Map.of("Ref", "TestTableStreamArn"));
		assertThat(generated.streamArnParameters()).singleElement()
			.satisfies((parameter) -> assertThat(parameter.reason()).isNotBlank());
	}

	private static Template check(SamTemplate generated) {
		return templates.check(generated.yaml());
	}

	private static String latestStreamArn(String table) {
		return client.describeTable((request) -> request.tableName(table)).table().latestStreamArn();
	}

	private static void runAwsCli(String command) {
		List<String> arguments = new ArrayList<>();
		Matcher words = Pattern.compile("\\S+").matcher(command);
		while (words.find()) {
			arguments.add(words.group());
		}
		try {
			ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
			builder.environment().put("AWS_ACCESS_KEY_ID", "local");
			builder.environment().put("AWS_SECRET_ACCESS_KEY", "local");
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
