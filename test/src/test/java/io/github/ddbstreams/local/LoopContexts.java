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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link LoopApplication} with the local stream loop on an endpoint, with a table
 * {@code items} (partition key {@code id}) in a namespace of its own.
 */
final class LoopContexts {

	private LoopContexts() {
	}

	static ConfigurableApplicationContext start(URI endpoint, String region, String namespace, Path onFailureDirectory,
			String... properties) {
		List<String> all = new ArrayList<>(
				List.of("dynamodb.streams.local.enabled=true", "dynamodb.streams.local.endpoint=" + endpoint,
						"dynamodb.streams.local.region=" + region, "dynamodb.streams.local.poll-interval=50ms",
						"dynamodb.streams.local.on-failure-directory=" + onFailureDirectory,
						"dynamodb.streams.table-namespace=" + namespace,
						"dynamodb.streams.tables.items.partition-key=id", "spring.application.name=loop-tests"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(LoopApplication.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

}
