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

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsLocalEnvironmentPostProcessor}.
 */
class DynamoStreamsLocalEnvironmentPostProcessorTests {

	private final DynamoStreamsLocalEnvironmentPostProcessor postProcessor = new DynamoStreamsLocalEnvironmentPostProcessor();

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void quietsDynamoDbLocalWhenTheLocalLoopIsEnabled() {
		this.environment.setProperty("dynamodb.streams.local.enabled", "true");
		postProcess();
		assertThat(this.environment.getProperty("logging.level.com.amazonaws.services.dynamodbv2.local"))
			.isEqualTo("ERROR");
		assertThat(this.environment.getProperty("logging.level.com.amazonaws.util.Base64")).isEqualTo("ERROR");
		assertThat(this.environment.getProperty("logging.level.org.eclipse.jetty")).isEqualTo("WARN");
	}

	@Test
	void leavesTheLevelsTheUserSetAlone() {
		this.environment.setProperty("dynamodb.streams.local.enabled", "true");
		this.environment.setProperty("logging.level.com.amazonaws.services.dynamodbv2.local", "INFO");
		postProcess();
		assertThat(this.environment.getProperty("logging.level.com.amazonaws.services.dynamodbv2.local"))
			.isEqualTo("INFO");
		assertThat(this.environment.getPropertySources().stream().map((source) -> source.getName()))
			.endsWith(DynamoStreamsLocalEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
	}

	@Test
	void addsNothingWhenTheLocalLoopIsOff() {
		postProcess();
		assertThat(this.environment.getPropertySources()
			.contains(DynamoStreamsLocalEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	@Test
	void isRegisteredForSpringBoot() throws Exception {
		Properties factories = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("META-INF/spring.factories", getClass().getClassLoader()));
		assertThat(factories.getProperty("org.springframework.boot.EnvironmentPostProcessor").split(","))
			.contains(DynamoStreamsLocalEnvironmentPostProcessor.class.getName());
	}

	private void postProcess() {
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
	}

}
