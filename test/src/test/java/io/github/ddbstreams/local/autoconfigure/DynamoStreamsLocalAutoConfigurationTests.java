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

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.local.DirectoryOnFailureDestination;
import io.github.ddbstreams.local.EmbeddedDynamoDbLocal;
import io.github.ddbstreams.local.LambdaFunctionInvoker;
import io.github.ddbstreams.local.LocalLoopSettings;
import io.github.ddbstreams.local.LocalStreamClients;
import io.github.ddbstreams.local.LocalStreamPoller;
import io.github.ddbstreams.local.OnFailureDestination;
import io.github.ddbstreams.mapping.StreamTables;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsLocalAutoConfiguration}.
 */
class DynamoStreamsLocalAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
				ContextFunctionCatalogAutoConfiguration.class, DynamoStreamsLocalAutoConfiguration.class));

	private final ApplicationContextRunner enabled = this.contextRunner
		.withPropertyValues("dynamodb.streams.local.enabled=true", "dynamodb.streams.local.embedded.port=0");

	@Test
	void staysOffByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
			assertThat(context).doesNotHaveBean(LocalStreamClients.class);
			assertThat(context).doesNotHaveBean(LambdaFunctionInvoker.class);
			assertThat(context).doesNotHaveBean(OnFailureDestination.class);
		});
	}

	@Test
	void pollsAnEmbeddedDynamoDbLocalWhenEnabled() {
		this.enabled.withPropertyValues("spring.application.name=clerk").run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedDynamoDbLocal.class);
			EmbeddedDynamoDbLocal dynamoDbLocal = context.getBean(EmbeddedDynamoDbLocal.class);
			assertThat(context.getBean(LocalStreamClients.class)).satisfies((clients) -> {
				assertThat(clients.isAws()).isFalse();
				assertThat(clients.description()).isEqualTo("DynamoDB Local at " + dynamoDbLocal.endpoint());
				assertThat(clients.dynamoDb().listTables().tableNames()).isEmpty();
			});
			assertThat(context.getBean(LambdaFunctionInvoker.class).functionDefinition())
				.isEqualTo("dynamodbStreamsFunction");
			assertThat(context.getBean(OnFailureDestination.class)).isInstanceOf(DirectoryOnFailureDestination.class);
			assertThat(context.getBean(LocalStreamPoller.class).isRunning()).isTrue();
		});
	}

	@Test
	void invokesTheConfiguredFunction() {
		this.enabled.withPropertyValues("spring.cloud.function.definition=dynamodbStreamsConsumer")
			.run((context) -> assertThat(context.getBean(LambdaFunctionInvoker.class).functionDefinition())
				.isEqualTo("dynamodbStreamsConsumer"));
	}

	@Test
	void writesOnFailureRecordsToTheConfiguredDirectory() {
		this.enabled.withPropertyValues("dynamodb.streams.local.on-failure-directory=target/failures")
			.run((context) -> assertThat(context.getBean(DirectoryOnFailureDestination.class).directory())
				.isEqualTo(Path.of("target/failures")));
	}

	@Test
	void pollsTheConfiguredEndpointWithoutStartingDynamoDbLocal() {
		this.enabled
			.withPropertyValues("dynamodb.streams.local.endpoint=http://localhost:4566",
					"dynamodb.streams.local.region=eu-west-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
				LocalStreamClients clients = context.getBean(LocalStreamClients.class);
				assertThat(clients.description()).isEqualTo("DynamoDB at http://localhost:4566");
				assertThat(clients.isAws()).isFalse();
				assertThat(clients.dynamoDb().serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
				assertThat(clients.dynamoDb().serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://localhost:4566"));
			});
	}

	@Test
	void pollsAwsWhenNeitherEmbeddedNorAnEndpoint() {
		this.enabled
			.withPropertyValues("dynamodb.streams.local.embedded.enabled=false",
					"dynamodb.streams.local.region=eu-central-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
				LocalStreamClients clients = context.getBean(LocalStreamClients.class);
				assertThat(clients.isAws()).isTrue();
				assertThat(clients.description()).isEqualTo("AWS in eu-central-1");
				assertThat(clients.dynamoDb().serviceClientConfiguration().endpointOverride()).isEmpty();
			});
	}

	@Test
	void explainsHowToGetDynamoDbLocalWhenItIsNotOnTheClasspath() {
		this.enabled.withClassLoader(new FilteredClassLoader(LocalDynamoDBRequestHandler.class)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("The local stream loop needs DynamoDB Local, which is not on the classpath: add "
						+ "com.amazonaws:DynamoDBLocal for local runs only (for example with test scope), set "
						+ "dynamodb.streams.local.endpoint to use another endpoint, or set "
						+ "dynamodb.streams.local.embedded.enabled=false to poll the streams on AWS");
		});
	}

	@Test
	void staysOffInTheSamProfile() {
		this.enabled.withPropertyValues("spring.profiles.active=sam").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
		});
	}

	@Test
	void staysOffOnAwsLambda() {
		this.enabled.withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=clerk").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(EmbeddedDynamoDbLocal.class);
		});
	}

	@Test
	void staysOffWhenTheListenersAreDisabled() {
		this.enabled.withPropertyValues("dynamodb.streams.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalStreamPoller.class));
	}

	@Test
	void backsOffForUserBeans() {
		this.enabled.withUserConfiguration(UserBeansConfiguration.class).run((context) -> {
			assertThat(context).getBean(EmbeddedDynamoDbLocal.class).isSameAs(context.getBean("userDynamoDbLocal"));
			assertThat(context).getBean(LocalStreamClients.class).isSameAs(context.getBean("userClients"));
			assertThat(context).getBean(LambdaFunctionInvoker.class).isSameAs(context.getBean("userInvoker"));
			assertThat(context).getBean(OnFailureDestination.class).isSameAs(context.getBean("userOnFailure"));
			assertThat(context).getBean(LocalStreamPoller.class).isSameAs(context.getBean("userPoller"));
		});
	}

	@Test
	void pollsAUserDynamoDbLocal() {
		this.enabled
			.withBean("userDynamoDbLocal", EmbeddedDynamoDbLocal.class, () -> EmbeddedDynamoDbLocal.start(0, null))
			.run((context) -> assertThat(context.getBean(LocalStreamClients.class).description())
				.isEqualTo("DynamoDB Local at " + context.getBean(EmbeddedDynamoDbLocal.class).endpoint()));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		@Bean
		EmbeddedDynamoDbLocal userDynamoDbLocal() {
			return EmbeddedDynamoDbLocal.start(0, null);
		}

		@Bean
		LocalStreamClients userClients(EmbeddedDynamoDbLocal userDynamoDbLocal) {
			return LocalStreamClients.forEndpoint(userDynamoDbLocal.endpoint(), null, "mine");
		}

		@Bean
		LambdaFunctionInvoker userInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper) {
			return new LambdaFunctionInvoker(functionCatalog, jsonMapper, "dynamodbStreamsConsumer");
		}

		@Bean
		OnFailureDestination userOnFailure() {
			return (batch) -> {
			};
		}

		@Bean
		LocalStreamPoller userPoller(LocalStreamClients userClients, StreamTables tables,
				LambdaFunctionInvoker userInvoker, OnFailureDestination userOnFailure) {
			return new LocalStreamPoller(userClients, tables,
					new LocalLoopSettings(Duration.ofMillis(250), null, Map.of()), userInvoker, userOnFailure);
		}

	}

}
