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

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.local.DirectoryOnFailureDestination;
import io.github.ddbstreams.local.LocalLoopSettings;
import io.github.ddbstreams.local.LocalLoopSetupException;
import io.github.ddbstreams.local.LocalStreamClients;
import io.github.ddbstreams.local.LocalStreamPoller;
import io.github.ddbstreams.local.ManagedMotoServer;
import io.github.ddbstreams.local.OnFailureDestination;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.autoconfigure.DynamoStreamsTestAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link DynamoStreamsLocalAutoConfiguration}.
 */
class DynamoStreamsLocalAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DynamoStreamsAutoConfiguration.class, ContextFunctionCatalogAutoConfiguration.class,
					DynamoStreamsTestAutoConfiguration.class, DynamoStreamsLocalAutoConfiguration.class));

	private final ApplicationContextRunner enabled = this.contextRunner
		.withPropertyValues("dynamodb.streams.local.enabled=true");

	private final ApplicationContextRunner onSharedMoto = this.enabled
		.withPropertyValues("dynamodb.streams.local.endpoint=" + MotoServer.shared().endpoint());

	@Test
	void staysOffByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
			assertThat(context).doesNotHaveBean(LocalStreamClients.class);
			assertThat(context).doesNotHaveBean(OnFailureDestination.class);
		});
	}

	@Test
	void startsAManagedMotoServerAndStopsItWithTheContext() {
		AtomicReference<ManagedMotoServer> started = new AtomicReference<>();
		this.enabled.withPropertyValues("dynamodb.streams.local.moto.port=0", "spring.application.name=clerk")
			.run((context) -> {
				assertThat(context).hasSingleBean(ManagedMotoServer.class);
				ManagedMotoServer moto = context.getBean(ManagedMotoServer.class);
				started.set(moto);
				assertThat(moto.isManaged()).isTrue();
				assertThat(moto.port()).isNotEqualTo(ManagedMotoServer.DEFAULT_PORT);
				assertThat(context.getBean(LocalStreamClients.class)).satisfies((clients) -> {
					assertThat(clients.isAws()).isFalse();
					assertThat(clients.description()).isEqualTo("moto at " + moto.endpoint());
					assertThat(clients.dynamoDb().listTables().tableNames()).isEmpty();
				});
				assertThat(context.getBean(LambdaInvoker.class).functionDefinition())
					.isEqualTo("dynamodbStreamsFunction");
				assertThat(context.getBean(OnFailureDestination.class))
					.isInstanceOf(DirectoryOnFailureDestination.class);
				assertThat(context.getBean(LocalStreamPoller.class).isRunning()).isTrue();
			});
		ManagedMotoServer moto = started.get();
		assertThat(moto.process()).hasValueSatisfying((process) -> assertThat(process.isAlive()).isFalse());
		assertThatException().isThrownBy(() -> connect(moto.port())).isInstanceOf(IOException.class);
	}

	@Test
	void invokesTheConfiguredFunction() {
		this.onSharedMoto.withPropertyValues("spring.cloud.function.definition=dynamodbStreamsConsumer")
			.run((context) -> assertThat(context.getBean(LambdaInvoker.class).functionDefinition())
				.isEqualTo("dynamodbStreamsConsumer"));
	}

	@Test
	void writesOnFailureRecordsToTheConfiguredDirectory() {
		this.onSharedMoto.withPropertyValues("dynamodb.streams.local.on-failure-directory=target/failures")
			.run((context) -> assertThat(context.getBean(DirectoryOnFailureDestination.class).directory())
				.isEqualTo(Path.of("target/failures")));
	}

	@Test
	void pollsTheConfiguredEndpointWithoutStartingMoto() {
		this.enabled
			.withPropertyValues("dynamodb.streams.local.endpoint=http://localhost:4566",
					"dynamodb.streams.local.region=eu-west-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
				LocalStreamClients clients = context.getBean(LocalStreamClients.class);
				assertThat(clients.description()).isEqualTo("DynamoDB at http://localhost:4566");
				assertThat(clients.isAws()).isFalse();
				assertThat(clients.dynamoDb().serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
				assertThat(clients.dynamoDb().serviceClientConfiguration().endpointOverride())
					.contains(URI.create("http://localhost:4566"));
			});
	}

	@Test
	void pollsTheDatabaseOfAContainerBeanWithoutStartingMoto() {
		this.enabled.withBean(DynamoDbConnectionDetails.class, SharedMotoConnectionDetails::new).run((context) -> {
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
			LocalStreamClients clients = context.getBean(LocalStreamClients.class);
			assertThat(clients.description())
				.isEqualTo("DynamoDB of SharedMotoConnectionDetails at " + MotoServer.shared().endpoint());
			assertThat(clients.isAws()).isFalse();
			assertThat(clients.dynamoDb().serviceClientConfiguration().region().id()).isEqualTo("eu-central-1");
			assertThat(clients.dynamoDb().listTables().tableNames()).isNotNull();
		});
	}

	@Test
	void prefersTheConfiguredEndpointToAContainerBean() {
		this.enabled.withPropertyValues("dynamodb.streams.local.endpoint=http://localhost:4566")
			.withBean(DynamoDbConnectionDetails.class, SharedMotoConnectionDetails::new)
			.run((context) -> assertThat(context.getBean(LocalStreamClients.class).description())
				.isEqualTo("DynamoDB at http://localhost:4566"));
	}

	@Test
	void pollsAwsWhenTheManagedMotoServerIsDisabled() {
		this.enabled
			.withPropertyValues("dynamodb.streams.local.moto.enabled=false",
					"dynamodb.streams.local.region=eu-central-1")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
				LocalStreamClients clients = context.getBean(LocalStreamClients.class);
				assertThat(clients.isAws()).isTrue();
				assertThat(clients.description()).isEqualTo("AWS in eu-central-1");
				assertThat(clients.dynamoDb().serviceClientConfiguration().endpointOverride()).isEmpty();
			});
	}

	@Test
	void reportsAMotoExecutableThatIsNotOneAsASetupFailure() {
		this.enabled
			.withPropertyValues("dynamodb.streams.local.moto.port=0",
					"dynamodb.streams.local.moto.executable=target/no-such-moto_server")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new LocalLoopSetupFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).isEqualTo("dynamodb.streams.local.moto.executable is "
						+ Path.of("target/no-such-moto_server") + ", which is not an executable file.");
				assertThat(analysis.getAction())
					.isEqualTo("Set it to the path of moto_server, or leave it unset to use moto_server on the PATH.");
				assertThat(analysis.getCause()).isInstanceOf(LocalLoopSetupException.class);
			});
	}

	@Test
	void staysOffInTheSamProfile() {
		this.enabled.withPropertyValues("spring.profiles.active=sam").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
		});
	}

	@Test
	void staysOffOnAwsLambda() {
		this.enabled.withPropertyValues("AWS_LAMBDA_FUNCTION_NAME=clerk").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
		});
	}

	@Test
	void staysOffWhenTheListenersAreDisabled() {
		this.enabled.withPropertyValues("dynamodb.streams.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(LocalStreamPoller.class);
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
		});
	}

	@Test
	void backsOffForUserBeansAndStartsNoMoto() {
		this.enabled.withUserConfiguration(UserBeansConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ManagedMotoServer.class);
			assertThat(context).getBean(LocalStreamClients.class).isSameAs(context.getBean("userClients"));
			assertThat(context).getBean(LambdaInvoker.class).isSameAs(context.getBean("userInvoker"));
			assertThat(context).getBean(OnFailureDestination.class).isSameAs(context.getBean("userOnFailure"));
			assertThat(context).getBean(LocalStreamPoller.class).isSameAs(context.getBean("userPoller"));
		});
	}

	private static void connect(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
		}
	}

	static class SharedMotoConnectionDetails implements DynamoDbConnectionDetails {

		@Override
		public URI getEndpoint() {
			return MotoServer.shared().endpoint();
		}

		@Override
		public String getRegion() {
			return "eu-central-1";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		@Bean
		LocalStreamClients userClients() {
			return LocalStreamClients.forEndpoint(MotoServer.shared().endpoint(), null, "mine");
		}

		@Bean
		LambdaInvoker userInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper) {
			return new LambdaInvoker(functionCatalog, jsonMapper, "dynamodbStreamsConsumer");
		}

		@Bean
		OnFailureDestination userOnFailure() {
			return (batch) -> {
			};
		}

		@Bean
		LocalStreamPoller userPoller(LocalStreamClients userClients, StreamTables tables, LambdaInvoker userInvoker,
				OnFailureDestination userOnFailure) {
			return new LocalStreamPoller(userClients, tables,
					new LocalLoopSettings(Duration.ofMillis(250), null, Map.of()), userInvoker, userOnFailure);
		}

	}

}
