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

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.lambda.DynamoStreamsConsumer;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.local.DirectoryOnFailureDestination;
import io.github.ddbstreams.local.EmbeddedDynamoDbLocal;
import io.github.ddbstreams.local.LambdaFunctionInvoker;
import io.github.ddbstreams.local.LocalLoopSettings;
import io.github.ddbstreams.local.LocalStreamClients;
import io.github.ddbstreams.local.LocalStreamPoller;
import io.github.ddbstreams.local.OnFailureDestination;
import io.github.ddbstreams.mapping.StreamTables;
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
 * the events Lambda would send, on an embedded DynamoDB Local, on another endpoint, or on
 * AWS.
 * <p>
 * Off unless {@code dynamodb.streams.local.enabled=true}, and always off in the
 * {@code sam} profile and on AWS Lambda.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = DynamoStreamsAutoConfiguration.class,
		afterName = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration")
@ConditionalOnClass({ DynamoDbStreamsClient.class, UrlConnectionHttpClient.class, FunctionCatalog.class,
		AWSLambdaUtils.class })
@ConditionalOnBean({ StreamTables.class, FunctionCatalog.class, JsonMapper.class })
@Conditional(OnLocalStreamLoopCondition.class)
@EnableConfigurationProperties(DynamoStreamsLocalProperties.class)
public final class DynamoStreamsLocalAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LocalStreamClients dynamoLocalStreamClients(DynamoStreamsLocalProperties local,
			ObjectProvider<EmbeddedDynamoDbLocal> embeddedDynamoDbLocal) {
		if (local.getEndpoint() != null) {
			return LocalStreamClients.forEndpoint(local.getEndpoint(), local.getRegion(), "DynamoDB");
		}
		if (local.getEmbedded().isEnabled()) {
			EmbeddedDynamoDbLocal embedded = embeddedDynamoDbLocal.getIfAvailable();
			if (embedded == null) {
				throw new IllegalStateException("The local stream loop needs DynamoDB Local, which is not on the "
						+ "classpath: add com.amazonaws:DynamoDBLocal for local runs only (for example with test "
						+ "scope), set dynamodb.streams.local.endpoint to use another endpoint, or set "
						+ "dynamodb.streams.local.embedded.enabled=false to poll the streams on AWS");
			}
			return LocalStreamClients.forEndpoint(embedded.endpoint(), local.getRegion(), "DynamoDB Local");
		}
		return LocalStreamClients.forAws(local.getRegion());
	}

	@Bean
	@ConditionalOnMissingBean
	LambdaFunctionInvoker dynamoLocalFunctionInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper,
			Environment environment) {
		boolean reportBatchItemFailures = environment.getProperty("dynamodb.streams.report-batch-item-failures",
				Boolean.class, true);
		String definition = environment.getProperty("spring.cloud.function.definition",
				reportBatchItemFailures ? DynamoStreamsFunction.BEAN_NAME : DynamoStreamsConsumer.BEAN_NAME);
		return new LambdaFunctionInvoker(functionCatalog, jsonMapper, definition);
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
			DynamoStreamsLocalProperties local, LambdaFunctionInvoker function, OnFailureDestination onFailure) {
		LocalLoopSettings settings = new LocalLoopSettings(local.getPollInterval(), local.getCreateTables(),
				local.getTimeToLiveAttributes());
		return new LocalStreamPoller(clients, tables, settings, function, onFailure);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler",
			"org.eclipse.jetty.server.Server" })
	@ConditionalOnBooleanProperty(name = "dynamodb.streams.local.embedded.enabled", matchIfMissing = true)
	@Conditional(NoEndpointCondition.class)
	static class EmbeddedDynamoDbLocalConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EmbeddedDynamoDbLocal embeddedDynamoDbLocal(DynamoStreamsLocalProperties local) {
			DynamoStreamsLocalProperties.Embedded embedded = local.getEmbedded();
			return EmbeddedDynamoDbLocal.start(embedded.getPort(), embedded.getDbPath());
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
