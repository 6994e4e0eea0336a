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

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsEnvironmentPostProcessor}.
 */
class DynamoStreamsEnvironmentPostProcessorTests {

	private final DynamoStreamsEnvironmentPostProcessor postProcessor = new DynamoStreamsEnvironmentPostProcessor();

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void selectsThePartialBatchFunctionAndSilencesTheEventLoggerByDefault() {
		postProcess();
		assertThat(this.environment.getProperty("spring.cloud.function.definition"))
			.isEqualTo("dynamodbStreamsFunction");
		assertThat(this.environment.getProperty(DynamoStreamsEnvironmentPostProcessor.EVENT_LOGGER)).isEqualTo("WARN");
	}

	@Test
	void selectsTheSameFunctionWithoutPartialBatchResponses() {
		this.environment.setProperty("dynamodb.streams.report-batch-item-failures", "false");
		postProcess();
		assertThat(this.environment.getProperty("spring.cloud.function.definition"))
			.isEqualTo("dynamodbStreamsFunction");
	}

	@Test
	void leavesTheUsersValuesAlone() {
		this.environment.setProperty("spring.cloud.function.definition", "myFunction");
		this.environment.setProperty(DynamoStreamsEnvironmentPostProcessor.EVENT_LOGGER, "INFO");
		postProcess();
		assertThat(this.environment.getProperty("spring.cloud.function.definition")).isEqualTo("myFunction");
		assertThat(this.environment.getProperty(DynamoStreamsEnvironmentPostProcessor.EVENT_LOGGER)).isEqualTo("INFO");
	}

	@Test
	void addsTheDefaultsWithLowestPrecedence() {
		postProcess();
		this.environment.getPropertySources()
			.addLast(new MapPropertySource("late", java.util.Map.of("spring.cloud.function.definition", "late")));
		assertThat(this.environment.getPropertySources().stream().map((source) -> source.getName()))
			.containsSubsequence(DynamoStreamsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME, "late");
	}

	@Test
	void addsNothingWhenDisabled() {
		this.environment.setProperty("dynamodb.streams.enabled", "false");
		postProcess();
		assertThat(this.environment.containsProperty("spring.cloud.function.definition")).isFalse();
		assertThat(this.environment.getPropertySources()
			.contains(DynamoStreamsEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	@Test
	void isRegisteredForSpringBoot() throws Exception {
		Properties factories = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("META-INF/spring.factories", getClass().getClassLoader()));
		assertThat(factories.getProperty("org.springframework.boot.EnvironmentPostProcessor").split(","))
			.contains(DynamoStreamsEnvironmentPostProcessor.class.getName());
	}

	private void postProcess() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
	}

}
