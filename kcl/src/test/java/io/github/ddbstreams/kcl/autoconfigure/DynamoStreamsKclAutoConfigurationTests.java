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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsConfigurationException;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.kcl.ConsumerActivity;
import io.github.ddbstreams.kcl.KclClients;
import io.github.ddbstreams.kcl.KclConsumerHealthIndicator;
import io.github.ddbstreams.kcl.KclConsumerSettings;
import io.github.ddbstreams.kcl.KclStreamConsumer;
import io.github.ddbstreams.kcl.StreamRecordConverter;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.mapping.StartingPosition;
import org.junit.jupiter.api.Test;
import software.amazon.kinesis.metrics.MetricsLevel;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsKclAutoConfiguration}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class DynamoStreamsKclAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoStreamsAutoConfiguration.class, DynamoStreamsKclAutoConfiguration.class))
		.withUserConfiguration(ListenerConfiguration.class);

	@Test
	void backsOffForTheUsersConsumerAndReportsItsHealth() {
		this.contextRunner.withUserConfiguration(UserConsumerConfiguration.class)
			.withPropertyValues("spring.application.name=orders-service")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).getBeans(KclStreamConsumer.class).containsOnlyKeys("userConsumer");
				assertThat(context).hasSingleBean(KclClients.class).hasSingleBean(KclConsumerHealthIndicator.class);
				assertThat(context.getBean(KclConsumerHealthIndicator.class).health(true).getStatus().getCode())
					.isEqualTo("DOWN");
			});
	}

	@Test
	void isOffInTheSamProfile() {
		this.contextRunner.withPropertyValues("spring.profiles.active=sam", "spring.application.name=orders-service")
			.run((context) -> assertThat(context).doesNotHaveBean(KclStreamConsumer.class)
				.doesNotHaveBean(KclClients.class));
	}

	@Test
	void isOffOnAwsLambda() {
		this.contextRunner.withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=orders", "spring.application.name=orders")
			.run((context) -> assertThat(context).doesNotHaveBean(KclStreamConsumer.class)
				.doesNotHaveBean(KclClients.class));
	}

	@Test
	void isOffWhenDisabled() {
		this.contextRunner.withPropertyValues("dynamodb.streams.consumer.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(KclStreamConsumer.class)
				.doesNotHaveBean(KclClients.class));
	}

	@Test
	void failsWithoutAnApplicationNameNamingTheProperty() {
		this.contextRunner.withPropertyValues("dynamodb.streams.consumer.endpoint=http://127.0.0.1:1")
			.run((context) -> {
				Throwable failure = context.getStartupFailure();
				while (failure != null && !(failure instanceof DynamoStreamsConfigurationException)) {
					failure = failure.getCause();
				}
				assertThat(failure).isInstanceOf(DynamoStreamsConfigurationException.class)
					.hasMessageContaining("no application name");
				assertThat(((DynamoStreamsConfigurationException) failure).getAction())
					.contains("dynamodb.streams.consumer.application-name");
			});
	}

	@Test
	void failsOnAnUnknownConsumerPropertyWithTheClosestKnownOne() {
		this.contextRunner.withUserConfiguration(UserConsumerConfiguration.class)
			.withPropertyValues("spring.application.name=orders-service", "dynamodb.streams.consumer.idel-time=1s")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageContaining("dynamodb.streams.consumer.idel-time")
				.hasMessageContaining("dynamodb.streams.consumer.idle-time"));
	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		@Bean
		@DynamoStreamListener(tables = "orders")
		DynamoRecordListener ordersListener() {
			return (record) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserConsumerConfiguration {

		@Bean
		KclStreamConsumer userConsumer(KclClients clients, StreamRecordDispatcher dispatcher,
				StreamRecordConverter converter, ConsumerActivity activity) {
			KclConsumerSettings settings = new KclConsumerSettings("orders-service", "worker-1",
					StartingPosition.TRIM_HORIZON, 100, Duration.ofSeconds(1), Duration.ofSeconds(10),
					Duration.ofSeconds(20), MetricsLevel.NONE);
			return new KclStreamConsumer(settings, clients, List.of(), dispatcher, converter, activity,
					Clock.systemUTC()) {

				@Override
				public boolean isAutoStartup() {
					return false;
				}

			};
		}

		@Bean
		KclClients kclClients() {
			return KclClients.create(URI.create("http://127.0.0.1:1"), null);
		}

	}

}
