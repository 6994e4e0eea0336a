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

package io.github.ddbstreams.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the validation of {@link DynamoStreamsProperties}: an invalid value fails the
 * startup with a message naming the property, the value and the allowed range.
 */
class DynamoStreamsPropertiesValidationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class));

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					batch-size                            | 0        | must be between 1 and 10000
					batch-size                            | 10001    | must be between 1 and 10000
					maximum-batching-window               | 301      | must be a whole number of seconds between 0 and 300
					maximum-batching-window               | -1       | must be a whole number of seconds between 0 and 300
					maximum-batching-window               | 1500ms   | must be a whole number of seconds between 0 and 300
					maximum-retry-attempts                | -2       | must be -1 (no limit) or between 0 and 10000
					maximum-retry-attempts                | 10001    | must be -1 (no limit) or between 0 and 10000
					maximum-record-age                    | 59       | must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)
					maximum-record-age                    | 604801   | must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)
					maximum-record-age                    | 0        | must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)
					parallelization-factor                | 0        | must be between 1 and 10
					parallelization-factor                | 11       | must be between 1 and 10
					tumbling-window                       | 901      | must be a whole number of seconds between 0 (no windows) and 900 (15 minutes)
					tumbling-window                       | -1       | must be a whole number of seconds between 0 (no windows) and 900 (15 minutes)
					tables.test-table.tumbling-window     | 1500ms   | must be a whole number of seconds between 0 (no windows) and 900 (15 minutes)
					on-failure-destination                | arn:aws:s3:us-east-1:123456789012:bucket | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:sqs:us-east-1:123456789012:* | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:sqs:us-east-1:123456789012:q? | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:sqs:us-east-1:123456789012:q: #x | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					tables.test-table.on-failure-destination | arn:aws:sns:us-east-1:123456789012:* | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:s3:::* | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:s3:::order-failures/aws/lambda | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					on-failure-destination                | arn:aws:s3:::Order_Failures | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					tables.test-table.on-failure-destination | arn:aws:s3:::ab | must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>), without wildcards
					filter-kms-key-arn                    | arn:aws:kms:us-east-1:123456789012:alias/streams | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					filter-kms-key-arn                    | arn:aws:kms:us-east-1:123456789012:key/* | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					filter-kms-key-arn                    | arn:aws:kms:us-east-1:*:key/1234abcd-12ab-34cd-56ef-1234567890ab | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					filter-kms-key-arn                    | 1234abcd-12ab-34cd-56ef-1234567890ab | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					filter-kms-key-arn                    | arn:aws:kms:us-east-1:123456789012:key/not-a-key-id | must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias, without wildcards
					tables.test-table.stream-arn          | arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/* | must be the ARN of a DynamoDB stream (arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>), without wildcards
					tables.test-table.stream-arn          | arn:aws:dynamodb:us-east-1:123456789012:table/test-table | must be the ARN of a DynamoDB stream (arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>), without wildcards
					tables.test-table.stream-arn          | arn:aws:dynamodb:us-east-1:123456789012:table/*/stream/x | must be the ARN of a DynamoDB stream (arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>), without wildcards
					table-namespace                       | demo dev | must contain only letters, digits, '_', '.' and '-', the characters of DynamoDB table names
					namespace-separator                   | /        | must contain only letters, digits, '_', '.' and '-', the characters of DynamoDB table names
					tables.test-table.batch-size          | 20000    | must be between 1 and 10000
					tables.test-table.maximum-record-age  | 30       | must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)
					tables.test-table.parallelization-factor | 12    | must be between 1 and 10
					concurrency                           | 0        | must be between 1 and 1000
					concurrency                           | 1001     | must be between 1 and 1000
					tables.test-table.concurrency         | 0        | must be between 1 and 1000
					tables.test-table.concurrency         | 1001     | must be between 1 and 1000
					""")
	void rejectsValuesOutOfRange(String property, String value, String reason) {
		this.contextRunner.withPropertyValues("dynamodb.streams." + property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			assertThat(failure).rootCause().isInstanceOf(BindValidationException.class);
			BindValidationException validation = (BindValidationException) rootCause(failure);
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getDefaultMessage()).isEqualTo(reason);
				assertThat(error).isInstanceOf(org.springframework.validation.FieldError.class);
				org.springframework.validation.FieldError field = (org.springframework.validation.FieldError) error;
				assertThat(field.getField()).isEqualTo(property);
				assertThat(String.valueOf(field.getRejectedValue())).isNotBlank();
			});
			assertThat(validation.getMessage()).contains("dynamodb.streams");
		});
	}

	@Test
	void namesThePropertyAndTheValueInTheFailure() {
		this.contextRunner.withPropertyValues("dynamodb.streams.tables.test-table.batch-size=0").run((context) -> {
			BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
			org.springframework.validation.FieldError error = (org.springframework.validation.FieldError) validation
				.getValidationErrors()
				.getAllErrors()
				.get(0);
			assertThat(error.getField()).isEqualTo("tables.test-table.batch-size");
			assertThat(error.getRejectedValue()).isEqualTo(0);
			assertThat(validation.getMessage()).contains("dynamodb.streams");
			assertThat(error.getDefaultMessage()).isEqualTo("must be between 1 and 10000");
		});
	}

	@Test
	void showsDurationsInSeconds() {
		this.contextRunner.withPropertyValues("dynamodb.streams.maximum-record-age=30").run((context) -> {
			BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
				.satisfies((error) -> assertThat(((org.springframework.validation.FieldError) error).getRejectedValue())
					.isEqualTo("30s"));
		});
	}

	@Test
	void rejectsATableKeyThatIsAWildcardArn() {
		this.contextRunner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("wildcard", Map.of(
					"dynamodb.streams.tables[arn:aws:dynamodb:us-east-1:123456789012:table/*/stream/*].batch-size",
					"5"))))
			.run((context) -> {
				BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
				assertThat(validation.getValidationErrors().getAllErrors()).singleElement().satisfies((error) -> {
					assertThat(((org.springframework.validation.FieldError) error).getField()).isEqualTo("tables");
					assertThat(error.getDefaultMessage()).isEqualTo("must be the ARN of a DynamoDB table or stream"
							+ " (arn:aws:dynamodb:<region>:<account>:table/<name>[/stream/<label>]), without wildcards");
				});
			});
	}

	@Test
	void rejectsTableNamesThatDynamoDbDoesNotAllow() {
		this.contextRunner.withPropertyValues("dynamodb.streams.tables[test table].batch-size=5").run((context) -> {
			BindValidationException validation = (BindValidationException) rootCause(context.getStartupFailure());
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement().satisfies((error) -> {
				assertThat(((org.springframework.validation.FieldError) error).getField()).isEqualTo("tables");
				assertThat(((org.springframework.validation.FieldError) error).getRejectedValue())
					.isEqualTo("test table");
			});
		});
	}

	@Test
	void rejectsAStartingPositionThatDynamoDbDoesNotSupport() {
		this.contextRunner.withPropertyValues("dynamodb.streams.starting-position=AT_TIMESTAMP").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalArgumentException.class);
			BindException bind = findCause(context.getStartupFailure(), BindException.class);
			assertThat(bind.getName().toString()).isEqualTo("dynamodb.streams.starting-position");
		});
	}

	@Test
	void acceptsTheLimitsOfEveryRange() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.batch-size=10000", "dynamodb.streams.maximum-batching-window=300",
					"dynamodb.streams.maximum-retry-attempts=10000", "dynamodb.streams.maximum-record-age=7d",
					"dynamodb.streams.parallelization-factor=10",
					"dynamodb.streams.tables.test-table.maximum-record-age=-1",
					"dynamodb.streams.tables.test-table.maximum-retry-attempts=-1",
					"dynamodb.streams.tables.test-table.batch-size=1",
					"dynamodb.streams.tables.test-table.maximum-record-age=60",
					"dynamodb.streams.on-failure-destination=arn:aws:sns:eu-west-1:123456789012:failures")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void acceptsS3BucketDestinationsKmsKeysAndMetrics() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.on-failure-destination=arn:aws:s3:::order-failures.2026",
					"dynamodb.streams.tables.test-table.on-failure-destination=arn:aws-us-gov:s3:::abc",
					"dynamodb.streams.filter-kms-key-arn=arn:aws:kms:eu-west-1:123456789012:key/"
							+ "mrk-1234abcd12ab34cd56ef1234567890ab",
					"dynamodb.streams.metrics=true", "dynamodb.streams.tables.test-table.metrics=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DynamoStreamsProperties properties = context.getBean(DynamoStreamsProperties.class);
				assertThat(properties.toMappingSettings("test-table").metrics()).isFalse();
				assertThat(properties.toMappingSettings("other").metrics()).isTrue();
				assertThat(properties.toMappingSettings("test-table").filterKmsKeyArn())
					.isEqualTo("arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab");
				assertThat(properties.toMappingSettings("test-table").onFailureDestination())
					.isEqualTo("arn:aws-us-gov:s3:::abc");
			});
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		Throwable cause = failure;
		while (cause != null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			cause = cause.getCause();
		}
		throw new AssertionError("No " + type.getName() + " in " + failure);
	}

}
