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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests of the {@code sam} profile as a user runs it: the application writes the template
 * and ends without serving, or fails with a report of what to change and writes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class SamProfileTests {

	@TempDir
	Path directory;

	private Path template() {
		return this.directory.resolve("sam/template.yaml");
	}

	private ConfigurableApplicationContext run(Class<?> application, String... arguments) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=sam",
				"--dynamodb.streams.sam.output=" + template(), "--dynamodb.streams.sam.code-uri=../clerk-aws.jar",
				"--dynamodb.streams.sam.stream-lookup.enabled=false", "--spring.main.banner-mode=off"));
		args.addAll(List.of(arguments));
		SpringApplication springApplication = new SpringApplication(application);
		springApplication.setWebApplicationType(WebApplicationType.SERVLET);
		return springApplication.run(args.toArray(String[]::new));
	}

	@Test
	void writesTheTemplateAndSaysHowToDeployIt(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run(ClerkApplication.class)) {
			assertThat(context.getEnvironment().getProperty("spring.main.web-application-type")).isEqualTo("none");
			assertThat(context).isExactlyInstanceOf(AnnotationConfigApplicationContext.class);
		}
		assertThat(template()).content().startsWith("AWSTemplateFormatVersion: '2010-09-09'");
		assertThat(output).contains("Wrote SAM template " + template() + ". Deploy it with:",
				"sam deploy --guided --template-file " + template() + " --parameter-overrides TestTableStreamArn=",
				"Stream ARN of table test-table not looked up (the stream lookup is disabled");
	}

	@Test
	void writesTheTemplateIntoTheProjectOfTheApplicationAndSaysWhatToRunNext(CapturedOutput output) throws Exception {
		Path project = Files.createDirectories(this.directory.resolve("clerk"));
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Path jar = SamTemplateGeneratorTests.bootJar(project.resolve("target/clerk-0.0.1-SNAPSHOT.jar"));
		SpringApplication application = new SpringApplication(ClerkApplication.class);
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("samApplicationCode",
					ApplicationCode.locate(jar, this.directory, ClerkApplication.class.getName())));
		application
			.run("--spring.profiles.active=sam", "--dynamodb.streams.sam.stream-lookup.enabled=false",
					"--spring.main.banner-mode=off")
			.close();
		Path template = project.resolve("template.yaml");
		assertThat(template).content()
			.contains("      CodeUri: .\n",
					"          MAIN_CLASS: io.github.ddbstreams.sam.SamProfileTests$ClerkApplication\n");
		String next = System.lineSeparator() + "    ";
		assertThat(output).contains("Wrote SAM template " + template + ". Deploy it with:" + next + "cd " + project
				+ next + "sam build" + next + "sam deploy --guided --parameter-overrides TestTableStreamArn=$(aws"
				+ " dynamodb describe-table --table-name test-table --query Table.LatestStreamArn --output text)");
	}

	@Test
	void namesTheSpringBootApplicationClassAsMainClass() {
		try (ConfigurableApplicationContext context = run(ClerkApplication.class)) {
			ApplicationCode code = context.getBean(ApplicationCode.class);
			assertThat(code.applicationClass()).isEqualTo(ClerkApplication.class.getName());
			assertThat(code.workingDirectory()).isEqualTo(Path.of("").toAbsolutePath());
		}
		assertThat(template()).content()
			.contains("          MAIN_CLASS: io.github.ddbstreams.sam.SamProfileTests$ClerkApplication\n");
	}

	@Test
	void writesNothingWithoutTheSamProfile() {
		try (ConfigurableApplicationContext context = new SpringApplication(ClerkApplication.class)
			.run("--dynamodb.streams.sam.output=" + template(), "--spring.main.banner-mode=off")) {
			assertThat(context.getBeanNamesForType(SamTemplateWriter.class)).isEmpty();
		}
		assertThat(template()).doesNotExist();
	}

	@Test
	void reportsWhatToChangeWhenTheTemplateCannotBeGeneratedAndWritesNothing(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(ClerkApplication.class,
				"--dynamodb.streams.tables.test-table.stream-arn=arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/1"));
		assertThat(output).contains("APPLICATION FAILED TO START", "The SAM template was not written:",
				"- dynamodb.streams.tables.test-table.stream-arn: arn:aws:dynamodb:us-east-1:123456789012:table/orders/"
						+ "stream/1 is a stream of table orders, not of test-table, so the function would ignore its"
						+ " records",
				"Fix the problems above, then run the application with the sam profile again.");
		assertThat(template()).doesNotExist();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					batch-size                   | 0          | batch-size                   | 0         | must be between 1 and 10000
					maximum-batching-window      | 301s       | maximum-batching-window      | 301s      | must be a whole number of seconds between 0 and 300
					maximum-retry-attempts       | -2         | maximum-retry-attempts       | -2        | must be -1 (no limit) or between 0 and 10000
					maximum-record-age           | 30s        | maximum-record-age           | 30s       | must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)
					parallelization-factor       | 11         | parallelization-factor       | 11        | must be between 1 and 10
					on-failure-destination       | arn:aws:s3:::failures/* | on-failure-destination | arn:aws:s3:::failures/* | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					filter-kms-key-arn           | arn:aws:kms:us-east-1:123456789012:alias/streams | filter-kms-key-arn | arn:aws:kms:us-east-1:123456789012:alias/streams | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					tables.test-table.batch-size | 10001      | tables.test-table.batch-size | 10001     | must be between 1 and 10000
					sam.memory-size              | 64MB       | sam.memory-size              | 64MB      | must be a whole number of MB between 128 and 10240
					sam.timeout                  | 901s       | sam.timeout                  | 901s      | must be a whole number of seconds between 1 and 900
					""")
	void reportsAnInvalidValueWithItsPropertyAndRangeAndWritesNothing(String property, String value, String reported,
			String reportedValue, String reason, CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run(ClerkApplication.class, "--dynamodb.streams." + property + "=" + value));
		assertThat(output).contains("APPLICATION FAILED TO START", "Property: dynamodb.streams." + reported,
				"Value: \"" + reportedValue + "\"", "Reason: " + reason);
		assertThat(template()).doesNotExist();
	}

	@Test
	void reportsAStartingPositionThatDynamoDbStreamsDoNotHaveAndWritesNothing(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run(ClerkApplication.class, "--dynamodb.streams.starting-position=AT_TIMESTAMP"));
		assertThat(output).contains("APPLICATION FAILED TO START", "dynamodb.streams.starting-position",
				"AT_TIMESTAMP");
		assertThat(template()).doesNotExist();
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ DynamoStreamsAutoConfiguration.class, DynamoStreamsSamAutoConfiguration.class })
	@Import(Listeners.Clerk.class)
	static class ClerkApplication {

	}

}
