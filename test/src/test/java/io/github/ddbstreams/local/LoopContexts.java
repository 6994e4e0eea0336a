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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.ddbstreams.harness.moto.MotoServer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link LoopApplication} with the local stream loop on, one table {@code items}
 * (partition key {@code id}) in a namespace of the caller's, and a short poll interval.
 */
final class LoopContexts {

	private LoopContexts() {
	}

	/**
	 * Start the application on the moto server of this JVM.
	 * @param namespace the table namespace, unique to the caller
	 * @param onFailureDirectory the on-failure directory
	 * @param properties more properties
	 * @return the running application
	 */
	static ConfigurableApplicationContext startOnMoto(String namespace, Path onFailureDirectory, String... properties) {
		List<String> all = new ArrayList<>(List.of("dynamodb.streams.local.endpoint=" + MotoServer.shared().endpoint(),
				"dynamodb.streams.local.region=" + MotoServer.REGION));
		all.addAll(List.of(properties));
		return start(namespace, onFailureDirectory, List.of(), all.toArray(String[]::new));
	}

	/**
	 * Start the application.
	 * @param namespace the table namespace, unique to the caller
	 * @param onFailureDirectory the on-failure directory
	 * @param configurations more configuration classes, such as one that gives the loop
	 * its database
	 * @param properties more properties
	 * @return the running application
	 */
	static ConfigurableApplicationContext start(String namespace, Path onFailureDirectory,
			List<Class<?>> configurations, String... properties) {
		return start(namespace, onFailureDirectory,
				(application) -> application.sources(configurations.toArray(Class<?>[]::new)), properties);
	}

	/**
	 * Start the application.
	 * @param namespace the table namespace, unique to the caller
	 * @param onFailureDirectory the on-failure directory
	 * @param database what gives the loop its database, such as a configuration class
	 * @param properties more properties
	 * @return the running application
	 */
	static ConfigurableApplicationContext start(String namespace, Path onFailureDirectory,
			Consumer<SpringApplicationBuilder> database, String... properties) {
		List<String> all = new ArrayList<>(
				List.of("dynamodb.streams.local.enabled=true", "dynamodb.streams.local.poll-interval=50ms",
						"dynamodb.streams.local.on-failure-directory=" + onFailureDirectory,
						"dynamodb.streams.table-namespace=" + namespace,
						"dynamodb.streams.tables.items.partition-key=id", "spring.application.name=loop-tests"));
		all.addAll(List.of(properties));
		SpringApplicationBuilder application = new SpringApplicationBuilder(LoopApplication.class)
			.web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new));
		database.accept(application);
		return application.run();
	}

}
