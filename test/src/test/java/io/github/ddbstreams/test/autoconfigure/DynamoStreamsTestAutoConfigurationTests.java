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

import java.util.Map;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.TestTableStream;
import io.github.ddbstreams.test.TestTableStreams;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsTestAutoConfiguration}.
 */
class DynamoStreamsTestAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class,
				DynamoStreamsAutoConfiguration.class, DynamoStreamsTestAutoConfiguration.class));

	@Test
	void invokesTheStreamFunctionByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(LambdaInvoker.class);
			assertThat(context.getBean(LambdaInvoker.class).functionDefinition()).isEqualTo("dynamodbStreamsFunction");
		});
	}

	@Test
	void invokesTheFunctionOfTheFunctionDefinition() {
		this.contextRunner.withPropertyValues("spring.cloud.function.definition=dynamodbStreamsConsumer")
			.run((context) -> assertThat(context.getBean(LambdaInvoker.class).functionDefinition())
				.isEqualTo("dynamodbStreamsConsumer"));
	}

	@Test
	void backsOffForAUserInvoker() {
		this.contextRunner.withUserConfiguration(UserInvokerConfiguration.class)
			.run((context) -> assertThat(context).getBean(LambdaInvoker.class)
				.isSameAs(context.getBean("userInvoker")));
	}

	@Test
	void hasNoInvokerWithoutFunctionCatalog() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsTestAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(LambdaInvoker.class);
				assertThat(context).hasSingleBean(TestTableStreams.class);
			});
	}

	@Test
	void hasNoInvokerWithoutTheAwsAdapter() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(AWSLambdaUtils.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LambdaInvoker.class));
	}

	@Test
	void hasNeitherWithoutTheStarter() {
		this.contextRunner.withPropertyValues("dynamodb.streams.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(TestTableStreams.class);
		});
	}

	@Test
	void setsUpTheStreamsOfTheConfiguredTables() {
		this.contextRunner.withPropertyValues("dynamodb.streams.table-namespace=demo-dev",
				"dynamodb.streams.tables.customers.partition-key=id",
				"dynamodb.streams.tables.lines.partition-key=orderId", "dynamodb.streams.tables.lines.sort-key=line",
				"dynamodb.streams.tables.lines.stream-view-type=KEYS_ONLY",
				"dynamodb.streams.tables.archive.stream-arn=arn:aws:dynamodb:eu-west-1:111122223333:table/archive/stream/2025-01-02T03:04:05.678",
				"dynamodb.streams.tables.archive.partition-key=id")
			.run((context) -> {
				TestTableStreams streams = context.getBean(TestTableStreams.class);
				TestTableStream customers = streams.table("customers");
				assertThat(customers.streamArn()).isEqualTo(
						"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_customers/stream/2026-01-01T00:00:00.000");
				assertThat(customers.viewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
				assertThat(customers.tableSchemas())
					.isSameAs(context.getBean(io.github.ddbstreams.listener.TableSchemaResolver.class));
				assertThat(customers.insert(Map.of("id", AttributeValue.fromS("a"))).toDynamoRecord().keys())
					.containsOnlyKeys("id");
				TestTableStream lines = streams.table("lines");
				assertThat(lines.viewType()).isEqualTo(StreamViewType.KEYS_ONLY);
				DynamoRecord line = lines.insert(Map.of("orderId", AttributeValue.fromS("o"), "line",
						AttributeValue.fromN("1"), "product", AttributeValue.fromS("tea")))
					.toDynamoRecord();
				assertThat(line.keys()).containsOnlyKeys("orderId", "line");
				assertThat(line.hasNewImage()).isFalse();
				assertThat(streams.table("archive").streamArn())
					.isEqualTo("arn:aws:dynamodb:eu-west-1:111122223333:table/archive/stream/2025-01-02T03:04:05.678");
				assertThat(streams.table("archive").tableName()).isEqualTo("archive");
				TestTableStream other = streams.table("other");
				assertThat(other.physicalTableName()).isEqualTo("demo-dev_other");
				assertThat(other.tableName()).isEqualTo("other");
			});
	}

	@Test
	void givesEachTestAStreamOfItsOwn() {
		this.contextRunner.withPropertyValues("dynamodb.streams.tables.customers.partition-key=id").run((context) -> {
			TestTableStreams streams = context.getBean(TestTableStreams.class);
			Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a"));
			assertThat(streams.table("customers").insert(item).sequenceNumber())
				.isEqualTo(streams.table("customers").insert(item).sequenceNumber());
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserInvokerConfiguration {

		@Bean
		LambdaInvoker userInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper) {
			return new LambdaInvoker(functionCatalog, jsonMapper, "dynamodbStreamsConsumer");
		}

	}

}
