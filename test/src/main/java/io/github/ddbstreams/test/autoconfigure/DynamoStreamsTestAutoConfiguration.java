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

package io.github.ddbstreams.test.autoconfigure;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.TestTableStreams;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the test support of DynamoDB stream listeners: a
 * {@link LambdaInvoker} of the application's Lambda function (the one of
 * {@code spring.cloud.function.definition}, {@code dynamodbStreamsFunction} unless set),
 * when the application has Spring Cloud Function's function catalog, and the
 * {@link TestTableStreams} of the application's tables. A test of a
 * {@code @SpringBootTest} application autowires them; the local stream loop invokes the
 * function with the same invoker.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = DynamoStreamsAutoConfiguration.class,
		afterName = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration")
public final class DynamoStreamsTestAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ FunctionCatalog.class, AWSLambdaUtils.class })
	@ConditionalOnBean({ FunctionCatalog.class, JsonMapper.class })
	static class LambdaInvokerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LambdaInvoker dynamoStreamsLambdaInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper,
				Environment environment) {
			return new LambdaInvoker(functionCatalog, jsonMapper,
					environment.getProperty("spring.cloud.function.definition", DynamoStreamsFunction.BEAN_NAME));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ DynamoStreamsProperties.class, StreamTables.class, TableSchemaResolver.class })
	static class TestTableStreamsConfiguration {

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		TestTableStreams dynamoTestTableStreams(DynamoStreamsProperties properties, ObjectProvider<StreamTables> tables,
				TableSchemaResolver tableSchemaResolver) {
			return new TestTableStreams(properties.toTableNamespace(), tables::getObject, tableSchemaResolver);
		}

	}

}
