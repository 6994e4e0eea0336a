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

package io.github.ddbstreams.kcl.autoconfigure;

import java.time.Duration;

import io.github.ddbstreams.mapping.StartingPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.kinesis.metrics.MetricsLevel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code dynamodb.streams.consumer.*} properties: defaults, binding and
 * validation.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class DynamoStreamsConsumerPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(ConsumerProperties.class);

	@Test
	void hasTheDocumentedDefaults() {
		this.contextRunner.run((context) -> {
			DynamoStreamsConsumerProperties consumer = context.getBean(DynamoStreamsConsumerProperties.class);
			assertThat(consumer.isEnabled()).isTrue();
			assertThat(consumer.getApplicationName()).isNull();
			assertThat(consumer.getWorkerId()).isNull();
			assertThat(consumer.getInitialPosition()).isNull();
			assertThat(consumer.getBatchSize()).isEqualTo(1000);
			assertThat(consumer.getIdleTime()).isEqualTo(Duration.ofSeconds(1));
			assertThat(consumer.getFailoverTime()).isEqualTo(Duration.ofSeconds(10));
			assertThat(consumer.getShutdownGracePeriod()).isEqualTo(Duration.ofSeconds(20));
			assertThat(consumer.getMetricsLevel()).isEqualTo(MetricsLevel.NONE);
			assertThat(consumer.getEndpoint()).isNull();
			assertThat(consumer.getRegion()).isNull();
		});
	}

	@Test
	void bindsEveryProperty() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.consumer.enabled=false",
					"dynamodb.streams.consumer.application-name=orders-consumer",
					"dynamodb.streams.consumer.worker-id=worker-1", "dynamodb.streams.consumer.initial-position=LATEST",
					"dynamodb.streams.consumer.batch-size=100", "dynamodb.streams.consumer.idle-time=200ms",
					"dynamodb.streams.consumer.failover-time=3s", "dynamodb.streams.consumer.shutdown-grace-period=5s",
					"dynamodb.streams.consumer.metrics-level=SUMMARY",
					"dynamodb.streams.consumer.endpoint=http://localhost:8000",
					"dynamodb.streams.consumer.region=eu-west-1")
			.run((context) -> {
				DynamoStreamsConsumerProperties consumer = context.getBean(DynamoStreamsConsumerProperties.class);
				assertThat(consumer.isEnabled()).isFalse();
				assertThat(consumer.getApplicationName()).isEqualTo("orders-consumer");
				assertThat(consumer.getWorkerId()).isEqualTo("worker-1");
				assertThat(consumer.getInitialPosition()).isEqualTo(StartingPosition.LATEST);
				assertThat(consumer.getBatchSize()).isEqualTo(100);
				assertThat(consumer.getIdleTime()).isEqualTo(Duration.ofMillis(200));
				assertThat(consumer.getFailoverTime()).isEqualTo(Duration.ofSeconds(3));
				assertThat(consumer.getShutdownGracePeriod()).isEqualTo(Duration.ofSeconds(5));
				assertThat(consumer.getMetricsLevel()).isEqualTo(MetricsLevel.SUMMARY);
				assertThat(consumer.getEndpoint()).hasToString("http://localhost:8000");
				assertThat(consumer.getRegion()).isEqualTo("eu-west-1");
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';',
			value = { "application-name=ab; application-name; must be a DynamoDB table name",
					"worker-id= ; worker-id; must not be blank", "batch-size=0; batch-size; must be between 1 and 1000",
					"batch-size=1001; batch-size; must be between 1 and 1000",
					"idle-time=0s; idle-time; must be longer than 0 and at most 1 minute",
					"idle-time=2m; idle-time; must be longer than 0 and at most 1 minute",
					"failover-time=500ms; failover-time; must be at least 1 second",
					"shutdown-grace-period=0s; shutdown-grace-period; must be longer than 0",
					"endpoint=localhost:8000; endpoint; must be an absolute http or https URI",
					"region=EU West; region; must be an AWS region name" })
	void rejectsAnInvalidValueNamingThePropertyAndTheRule(String assignment, String property, String rule) {
		this.contextRunner.withPropertyValues("dynamodb.streams.consumer." + assignment).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure != null && !(failure instanceof BindValidationException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(BindValidationException.class);
			FieldError error = ((BindValidationException) failure).getValidationErrors()
				.getAllErrors()
				.stream()
				.filter(FieldError.class::isInstance)
				.map(FieldError.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(error.getField()).isEqualTo(property);
			assertThat(error.getDefaultMessage()).contains(rule);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DynamoStreamsConsumerProperties.class)
	static class ConsumerProperties {

	}

}
