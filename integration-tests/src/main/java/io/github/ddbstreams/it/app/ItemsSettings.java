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

package io.github.ddbstreams.it.app;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the listener of the test application behaves, for tests and measurements: set
 * through the environment of the function ({@code ITEMS_LATENCY=10ms},
 * {@code ITEMS_FAILSEQUENCENUMBERS=105,120}).
 *
 * @param latency how long the listener takes per record, like a call to another service
 * @param failSequenceNumbers the sequence numbers of the records the listener fails
 * @author DynamoDB Streams for Spring Boot contributors
 */
@ConfigurationProperties("items")
public record ItemsSettings(@DefaultValue("0ms") Duration latency, Set<String> failSequenceNumbers) {

	public ItemsSettings {
		failSequenceNumbers = (failSequenceNumbers != null) ? Set.copyOf(failSequenceNumbers) : Set.of();
	}

}
