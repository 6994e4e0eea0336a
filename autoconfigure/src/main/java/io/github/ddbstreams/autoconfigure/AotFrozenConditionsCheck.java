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

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;

/**
 * Fails the start-up of an application that runs from classes generated ahead of time
 * ({@code -Dspring.aot.enabled=true}) and turns the starter off with
 * {@code dynamodb.streams.enabled=false}: that condition was decided when
 * {@code process-aot} ran, where it was on, and the generated classes would create the
 * stream function anyway.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class AotFrozenConditionsCheck implements SmartInitializingSingleton {

	private final Environment environment;

	private final boolean aotMode;

	/**
	 * Create a check.
	 * @param environment the environment
	 * @param aotMode whether the application runs from classes generated ahead of time
	 */
	public AotFrozenConditionsCheck(Environment environment, boolean aotMode) {
		this.environment = environment;
		this.aotMode = aotMode;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.aotMode && !this.environment.getProperty("dynamodb.streams.enabled", Boolean.class, true)) {
			throw new DynamoStreamsConfigurationException(List.of("dynamodb.streams.enabled is false, but this"
					+ " application runs in AOT mode (spring.aot.enabled=true) from classes that process-aot generated"
					+ " with it true: the conditions of the auto-configuration were decided at build time"),
					"Set dynamodb.streams.enabled=false where process-aot runs (application.properties or"
							+ " application.yml, or the jvmArguments of the process-aot goal) and build again, or run"
							+ " without -Dspring.aot.enabled=true");
		}
	}

}
