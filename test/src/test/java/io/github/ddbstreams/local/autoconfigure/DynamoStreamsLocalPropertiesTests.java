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

package io.github.ddbstreams.local.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code dynamodb.streams.local.*} properties: defaults, binding and
 * validation.
 */
class DynamoStreamsLocalPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(LocalProperties.class);

	@Test
	void hasTheDocumentedDefaults() {
		this.contextRunner.run((context) -> {
			DynamoStreamsLocalProperties local = context.getBean(DynamoStreamsLocalProperties.class);
			assertThat(local.isEnabled()).isFalse();
			assertThat(local.getEndpoint()).isNull();
			assertThat(local.getRegion()).isNull();
			assertThat(local.getCreateTables()).isNull();
			assertThat(local.getPollInterval()).isEqualTo(Duration.ofMillis(250));
			assertThat(local.getOnFailureDirectory())
				.isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "dynamodb-streams", "on-failure"));
			assertThat(local.getTimeToLiveAttributes()).isEmpty();
			assertThat(local.getMoto().isEnabled()).isTrue();
			assertThat(local.getMoto().getPort()).isEqualTo(8000);
			assertThat(local.getMoto().getExecutable()).isNull();
			assertThat(local.getMoto().getStartupTimeout()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.local.enabled=true",
					"dynamodb.streams.local.endpoint=http://localhost:4566", "dynamodb.streams.local.region=eu-west-1",
					"dynamodb.streams.local.create-tables=false", "dynamodb.streams.local.poll-interval=1s",
					"dynamodb.streams.local.on-failure-directory=target/failures",
					"dynamodb.streams.local.time-to-live-attributes.test-table=expires",
					"dynamodb.streams.local.moto.enabled=false", "dynamodb.streams.local.moto.port=8001",
					"dynamodb.streams.local.moto.executable=/opt/moto/bin/moto_server",
					"dynamodb.streams.local.moto.startup-timeout=1m")
			.run((context) -> {
				DynamoStreamsLocalProperties local = context.getBean(DynamoStreamsLocalProperties.class);
				assertThat(local.isEnabled()).isTrue();
				assertThat(local.getEndpoint()).hasToString("http://localhost:4566");
				assertThat(local.getRegion()).isEqualTo("eu-west-1");
				assertThat(local.getCreateTables()).isFalse();
				assertThat(local.getPollInterval()).isEqualTo(Duration.ofSeconds(1));
				assertThat(local.getOnFailureDirectory()).isEqualTo(Path.of("target/failures"));
				assertThat(local.getTimeToLiveAttributes()).containsEntry("test-table", "expires");
				assertThat(local.getMoto().isEnabled()).isFalse();
				assertThat(local.getMoto().getPort()).isEqualTo(8001);
				assertThat(local.getMoto().getExecutable()).isEqualTo(Path.of("/opt/moto/bin/moto_server"));
				assertThat(local.getMoto().getStartupTimeout()).isEqualTo(Duration.ofMinutes(1));
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					endpoint                          | localhost:8000       | endpoint                           | must be an absolute http or https URI such as http://localhost:4566
					endpoint                          | ftp://localhost:8000 | endpoint                           | must be an absolute http or https URI such as http://localhost:4566
					region                            | US East 1            | region                             | must be an AWS region name such as us-east-1
					poll-interval                     | 0                    | poll-interval                      | must be longer than 0 and at most 1 minute
					poll-interval                     | 2m                   | poll-interval                      | must be longer than 0 and at most 1 minute
					moto.port                         | 65536                | moto.port                          | must be between 0 (a free port) and 65535
					moto.port                         | -1                   | moto.port                          | must be between 0 (a free port) and 65535
					moto.startup-timeout              | 0                    | moto.startup-timeout               | must be longer than 0 and at most 10 minutes
					moto.startup-timeout              | 11m                  | moto.startup-timeout               | must be longer than 0 and at most 10 minutes
					time-to-live-attributes.test-table | ' '                 | time-to-live-attributes.test-table       | Time to Live attribute of table 'test-table' must not be blank
					""")
	void rejectsInvalidValues(String property, String value, String field, String reason) {
		this.contextRunner.withPropertyValues("dynamodb.streams.local." + property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			BindValidationException validation = findCause(context.getStartupFailure(), BindValidationException.class);
			assertThat(validation.getValidationErrors().getAllErrors()).singleElement()
				.isInstanceOfSatisfying(FieldError.class, (error) -> {
					assertThat(error.getField()).isEqualTo(field);
					assertThat(error.getDefaultMessage()).isEqualTo(reason);
				});
		});
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@org.springframework.boot.context.properties.EnableConfigurationProperties(DynamoStreamsLocalProperties.class)
	static class LocalProperties {

	}

}
