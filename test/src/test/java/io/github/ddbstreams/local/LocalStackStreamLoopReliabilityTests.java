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

package io.github.ddbstreams.local;

import java.nio.file.Path;
import java.util.List;

import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The reliability scenarios on LocalStack, declared as a container bean with
 * {@link ServiceConnection @ServiceConnection}, where Docker is available; skipped where
 * it is not. LocalStack images after 4.4 need a {@code LOCALSTACK_AUTH_TOKEN}.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackStreamLoopReliabilityTests extends AbstractStreamLoopReliabilityTests {

	@Override
	ConfigurableApplicationContext start(String namespace, Path onFailure, String... properties) {
		return LoopContexts.start(namespace, onFailure, List.of(LocalStackContainerConfiguration.class), properties);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalStackContainerConfiguration {

		@Bean
		@ServiceConnection
		LocalStackContainer localStack() {
			return new LocalStackContainer("localstack/localstack:4.4").withServices("dynamodb");
		}

	}

}
