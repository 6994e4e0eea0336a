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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link DynamoStreamsSamEnvironmentPostProcessor}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class DynamoStreamsSamEnvironmentPostProcessorTests {

	private final DynamoStreamsSamEnvironmentPostProcessor postProcessor = new DynamoStreamsSamEnvironmentPostProcessor();

	private final MockEnvironment environment = new MockEnvironment();

	@AfterEach
	void leaveAotMode() {
		System.clearProperty("spring.aot.enabled");
	}

	@Test
	void keepsTheSamProfileFromServing() {
		this.environment.setActiveProfiles("sam");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
	}

	@Test
	void failsTheSamProfileInAotModeWithTheFix() {
		this.environment.setActiveProfiles("sam");
		System.setProperty("spring.aot.enabled", "true");
		DynamoStreamsConfigurationException failure = catchThrowableOfType(DynamoStreamsConfigurationException.class,
				() -> this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication()));
		assertThat(failure.getProblems()).containsExactly("The sam profile is active, but this application runs in"
				+ " AOT mode (spring.aot.enabled=true) from classes that process-aot generated without it, so the"
				+ " template generation does not exist in them");
		assertThat(failure.getAction()).isEqualTo("Write the template in JVM mode: java -jar"
				+ " target/<application>.jar --spring.profiles.active=sam, without -Dspring.aot.enabled=true (also in"
				+ " JAVA_TOOL_OPTIONS)");
	}

	@Test
	void leavesAotModeWithoutTheSamProfileAlone() {
		System.setProperty("spring.aot.enabled", "true");
		this.postProcessor.postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isNull();
	}

}
