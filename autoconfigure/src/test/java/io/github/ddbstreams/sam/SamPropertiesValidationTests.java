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

import java.nio.file.Path;
import java.util.Map;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the validation of the {@code dynamodb.streams.sam.*} properties: an invalid
 * value stops the application, and so the template generation, with a message naming the
 * property, the value and the allowed range; the template is not written.
 */
class SamPropertiesValidationTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsSamAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("sam"))
			.withUserConfiguration(Listeners.Clerk.class)
			.withPropertyValues("dynamodb.streams.sam.output=" + this.directory.resolve("template.yaml"),
					"dynamodb.streams.sam.code-uri=clerk.jar", "dynamodb.streams.sam.stream-lookup.enabled=false");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					memory-size              | 127MB           | memory-size | must be a whole number of MB between 128 and 10240
					memory-size              | 10241MB         | memory-size | must be a whole number of MB between 128 and 10240
					memory-size              | 1500KB          | memory-size | must be a whole number of MB between 128 and 10240
					timeout                  | 0               | timeout              | must be a whole number of seconds between 1 and 900
					timeout                  | 901             | timeout              | must be a whole number of seconds between 1 and 900
					timeout                  | 1500ms          | timeout              | must be a whole number of seconds between 1 and 900
					function-logical-id      | clerk-function  | function-logical-id | must be 1 to 255 letters and digits, a CloudFormation logical id
					function-name            | clerk.prod      | function-name | must be 1 to 64 letters, digits, '-' and '_', a Lambda function name
					auto-publish-alias       | 42              | auto-publish-alias | must be 1 to 128 letters, digits, '-' and '_', and not only digits
					managed-policy-arns[0]   | AWSXRayWrite    | managed-policy-arns[0] | must be the ARN of a managed IAM policy (arn:aws:iam::aws:policy/... or arn:aws:iam::123456789012:policy/...)
					policy-templates[0].name | SQS Send        | policy-templates[0].name | must be the name of a SAM policy template, such as SQSSendMessagePolicy
					environment.AWS_REGION   | eu-west-1       | environment.AWS_REGION          | variable name 'AWS_REGION' is reserved: Lambda or the template sets it (set spring.cloud.function.definition to choose the function)
					environment[1FIRST]      | x               | environment.1FIRST          | variable name '1FIRST' must start with a letter and contain only letters, digits and '_'
					stream-lookup.region     | Ireland         | stream-lookup.region | must be an AWS region such as eu-west-1
					stream-lookup.endpoint   | localhost       | stream-lookup.endpoint | must be an absolute URI such as http://localhost:8000
					stream-lookup.timeout    | 61s             | stream-lookup.timeout | must be between 1 ms and 60 s
					stream-lookup.timeout    | 0               | stream-lookup.timeout | must be between 1 ms and 60 s
					code-uri                 | ' '             | code-uri | must be a path relative to the template, or not set
					main-class               | com.example.My-App | main-class | must be the fully qualified name of a class, such as com.example.DemoApplication
					""")
	void rejectsValuesOutOfRange(String property, String value, String field, String reason) {
		this.contextRunner().withPropertyValues("dynamodb.streams.sam." + property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(BindValidationException.class);
			BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
				.isInstanceOfSatisfying(FieldError.class, (error) -> {
					assertThat(error.getField()).isEqualTo("sam." + field);
					assertThat(error.getRejectedValue()).isNotNull();
					assertThat(error.getDefaultMessage()).isEqualTo(reason);
				});
		});
		assertThat(this.directory.resolve("template.yaml")).doesNotExist();
	}

	@Test
	void rejectsTagKeysReservedByAws() {
		this.contextRunner()
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("tags", Map.of("dynamodb.streams.sam.tags[aws:cost]", "1"))))
			.run((context) -> {
				BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
				assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
					.extracting((error) -> error.getDefaultMessage())
					.isEqualTo(
							"tag key 'aws:cost' must be 1 to 128 letters, digits, spaces and _ . : / = + - @, and not start with 'aws:'");
			});
	}

	@Test
	void rejectsTagsWithCharactersCloudFormationRefuses() {
		this.contextRunner()
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("tags", Map.of("dynamodb.streams.sam.tags[evil]", "key #"))))
			.run((context) -> {
				BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
				assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
					.extracting((error) -> error.getDefaultMessage())
					.isEqualTo("value of tag 'evil' must be at most 256 letters, digits, spaces and _ . : / = + - @");
			});
	}

	@Test
	void rejectsWildcardsInPolicyTemplateParameters() {
		this.contextRunner()
			.withPropertyValues("dynamodb.streams.sam.policy-templates[0].name=SQSSendMessagePolicy",
					"dynamodb.streams.sam.policy-templates[0].parameters.QueueName=*")
			.run((context) -> {
				BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
				assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
					.extracting((error) -> error.getDefaultMessage())
					.isEqualTo("must name one resource: wildcards ('*', '?') would widen the execution role");
			});
	}

	@Test
	void requiresAnAliasForSnapStart() {
		this.contextRunner().withPropertyValues("dynamodb.streams.sam.auto-publish-alias=").run((context) -> {
			BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
				.extracting((error) -> error.getDefaultMessage())
				.isEqualTo("must be set when sam.snap-start is true: SnapStart applies to published versions only");
		});
		this.contextRunner()
			.withPropertyValues("dynamodb.streams.sam.auto-publish-alias=", "dynamodb.streams.sam.snap-start=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void acceptsTheLimitsOfEveryRange() {
		this.contextRunner()
			.withPropertyValues("dynamodb.streams.sam.memory-size=128MB", "dynamodb.streams.sam.timeout=1",
					"dynamodb.streams.sam.function-name=" + "f".repeat(64),
					"dynamodb.streams.sam.description=" + "d".repeat(256),
					"dynamodb.streams.sam.stream-lookup.timeout=1ms",
					"dynamodb.streams.sam.managed-policy-arns[0]=arn:aws-cn:iam::123456789012:policy/team/reader")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner()
			.withPropertyValues("dynamodb.streams.sam.memory-size=10GB", "dynamodb.streams.sam.timeout=15m",
					"dynamodb.streams.sam.stream-lookup.timeout=60s")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void rejectsEveryInvalidValueAtOnce() {
		this.contextRunner()
			.withPropertyValues("dynamodb.streams.sam.memory-size=64MB", "dynamodb.streams.sam.timeout=0",
					"dynamodb.streams.batch-size=0")
			.run((context) -> {
				BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
				assertThat(validation.getValidationErrors().getAllErrors()).hasSize(3);
				assertThat(validation.getMessage()).contains("dynamodb.streams");
			});
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
