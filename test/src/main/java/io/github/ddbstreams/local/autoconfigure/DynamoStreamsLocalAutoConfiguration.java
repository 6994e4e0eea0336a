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

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.local.DirectoryOnFailureDestination;
import io.github.ddbstreams.local.LocalLoopSettings;
import io.github.ddbstreams.local.LocalStreamClients;
import io.github.ddbstreams.local.LocalStreamPoller;
import io.github.ddbstreams.local.ManagedMotoServer;
import io.github.ddbstreams.local.OnFailureDestination;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.autoconfigure.DynamoStreamsTestAutoConfiguration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.origin.Origin;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for the local stream loop: polls the DynamoDB streams of the tables
 * like Lambda's event source mapping and invokes the application's Lambda function with
 * the events Lambda would send.
 * <p>
 * The loop's database is, in this order: the endpoint set with
 * {@code dynamodb.streams.local.endpoint}; the {@link DynamoDbConnectionDetails} of a
 * container bean (Spring Boot's Testcontainers support, with the {@code motoserver/moto}
 * image or LocalStack); a {@link ManagedMotoServer} started on port 8000; or AWS, when
 * {@code dynamodb.streams.local.moto.enabled=false}. The loop invokes the function with
 * the {@link LambdaInvoker} bean of {@link DynamoStreamsTestAutoConfiguration}.
 * <p>
 * Off unless {@code dynamodb.streams.local.enabled=true}, and always off in the
 * {@code sam} profile and on AWS Lambda.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = { DynamoStreamsAutoConfiguration.class, DynamoStreamsTestAutoConfiguration.class },
		afterName = { "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration",
				"org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration" })
@ConditionalOnClass({ DynamoDbStreamsClient.class, UrlConnectionHttpClient.class, FunctionCatalog.class,
		AWSLambdaUtils.class })
@ConditionalOnBean({ StreamTables.class, FunctionCatalog.class, JsonMapper.class })
@Conditional(OnLocalStreamLoopCondition.class)
@EnableConfigurationProperties(DynamoStreamsLocalProperties.class)
public final class DynamoStreamsLocalAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LocalStreamClients dynamoLocalStreamClients(DynamoStreamsLocalProperties local,
			ObjectProvider<DynamoDbConnectionDetails> connectionDetails, ObjectProvider<ManagedMotoServer> moto) {
		URI endpoint = local.getEndpoint();
		if (endpoint != null) {
			return LocalStreamClients.forEndpoint(endpoint, local.getRegion(), "DynamoDB");
		}
		DynamoDbConnectionDetails details = connectionDetails.getIfAvailable();
		if (details != null) {
			Origin origin = Origin.from(details);
			return LocalStreamClients.forEndpoint(details.getEndpoint(), details.getRegion(),
					StaticCredentialsProvider
						.create(AwsBasicCredentials.create(details.getAccessKeyId(), details.getSecretAccessKey())),
					"DynamoDB of " + ((origin != null) ? origin : details.getClass().getSimpleName()));
		}
		ManagedMotoServer server = moto.getIfAvailable();
		if (server != null) {
			return LocalStreamClients.forEndpoint(server.endpoint(), local.getRegion(), "moto");
		}
		return LocalStreamClients.forAws(local.getRegion());
	}

	@Bean
	@ConditionalOnMissingBean
	OnFailureDestination dynamoLocalOnFailureDestination(DynamoStreamsLocalProperties local, Environment environment) {
		return new DirectoryOnFailureDestination(local.getOnFailureDirectory(),
				environment.getProperty("spring.application.name", "application"));
	}

	@Bean
	@ConditionalOnMissingBean
	LocalStreamPoller dynamoLocalStreamPoller(LocalStreamClients clients, StreamTables tables,
			DynamoStreamsLocalProperties local, LambdaInvoker function, OnFailureDestination onFailure) {
		LocalLoopSettings settings = new LocalLoopSettings(local.getPollInterval(), local.getCreateTables(),
				local.getTimeToLiveAttributes());
		return new LocalStreamPoller(clients, tables, settings, function, onFailure);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "dynamodb.streams.local.moto.enabled", matchIfMissing = true)
	@ConditionalOnMissingBean({ DynamoDbConnectionDetails.class, LocalStreamClients.class })
	@Conditional(NoEndpointCondition.class)
	static class ManagedMotoServerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ManagedMotoServer dynamoLocalManagedMotoServer(DynamoStreamsLocalProperties local) {
			DynamoStreamsLocalProperties.Moto moto = local.getMoto();
			return ManagedMotoServer.start(moto.getPort(), moto.getExecutable(), moto.getStartupTimeout());
		}

	}

	static class NoEndpointCondition extends NoneNestedConditions {

		NoEndpointCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("dynamodb.streams.local.endpoint")
		static class EndpointConfigured {

		}

	}

}
