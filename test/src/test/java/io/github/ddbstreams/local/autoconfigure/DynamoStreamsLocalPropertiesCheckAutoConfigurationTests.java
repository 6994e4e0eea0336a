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

import io.github.ddbstreams.autoconfigure.DynamoStreamsConfigurationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsLocalPropertiesCheckAutoConfiguration}.
 */
class DynamoStreamsLocalPropertiesCheckAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsLocalPropertiesCheckAutoConfiguration.class));

	@Test
	void acceptsTheKnownProperties() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.local.enabled=false", "dynamodb.streams.local.poll-interval=1s",
					"dynamodb.streams.local.moto.port=0", "dynamodb.streams.local.time-to-live-attributes.orders=ttl")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void failsOnAMisspelledPropertyWhileTheLoopIsOffAndNamesTheClosestOne() {
		this.contextRunner.withPropertyValues("dynamodb.streams.local.enabeld=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageContaining("Unknown property 'dynamodb.streams.local.enabeld'")
				.hasMessageContaining("did you mean 'dynamodb.streams.local.enabled'?");
		});
	}

	@Test
	void failsOnAnUnknownNestedProperty() {
		this.contextRunner.withPropertyValues("dynamodb.streams.local.moto.prot=8001")
			.run((context) -> assertThat(context.getStartupFailure())
				.hasMessageContaining("Unknown property 'dynamodb.streams.local.moto.prot'")
				.hasMessageContaining("did you mean 'dynamodb.streams.local.moto.port'?"));
	}

	@Test
	void leavesPropertiesOutsideTheLocalLoopAlone() {
		this.contextRunner.withPropertyValues("dynamodb.streams.batch-size=10", "dynamodb.streams.localx=1")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
