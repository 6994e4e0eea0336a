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

import java.net.URI;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;

/**
 * The reliability scenarios on LocalStack, where Docker is available; skipped where it is
 * not.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackStreamLoopReliabilityTests extends AbstractStreamLoopReliabilityTests {

	@Container
	static final LocalStackContainer localStack = new LocalStackContainer("localstack/localstack:4.4")
		.withServices("dynamodb");

	@Override
	URI endpoint() {
		return localStack.getEndpoint();
	}

	@Override
	String region() {
		return localStack.getRegion();
	}

}
