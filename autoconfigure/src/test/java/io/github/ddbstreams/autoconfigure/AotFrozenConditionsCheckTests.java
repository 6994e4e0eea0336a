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

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link AotFrozenConditionsCheck}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class AotFrozenConditionsCheckTests {

	@Test
	void failsTheStartUpInAotModeWhenTheRuntimeTurnsTheStarterOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("dynamodb.streams.enabled", "false");
		DynamoStreamsConfigurationException failure = catchThrowableOfType(DynamoStreamsConfigurationException.class,
				() -> new AotFrozenConditionsCheck(environment, true).afterSingletonsInstantiated());
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.enabled is false, but this application"
				+ " runs in AOT mode (spring.aot.enabled=true) from classes that process-aot generated with it true:"
				+ " the conditions of the auto-configuration were decided at build time");
		assertThat(failure.getAction()).startsWith("Set dynamodb.streams.enabled=false where process-aot runs")
			.endsWith("or run without -Dspring.aot.enabled=true");
	}

	@Test
	void acceptsTheStarterOnInAotMode() {
		MockEnvironment environment = new MockEnvironment().withProperty("dynamodb.streams.enabled", "true");
		assertThatNoException()
			.isThrownBy(() -> new AotFrozenConditionsCheck(environment, true).afterSingletonsInstantiated());
		assertThatNoException()
			.isThrownBy(() -> new AotFrozenConditionsCheck(new MockEnvironment(), true).afterSingletonsInstantiated());
	}

	@Test
	void leavesJvmModeAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("dynamodb.streams.enabled", "false");
		assertThatNoException()
			.isThrownBy(() -> new AotFrozenConditionsCheck(environment, false).afterSingletonsInstantiated());
	}

}
