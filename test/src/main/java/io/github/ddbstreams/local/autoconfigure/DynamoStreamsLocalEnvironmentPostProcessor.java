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

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quiets the embedded DynamoDB Local when the local stream loop is enabled, with lowest
 * precedence so that any level the user sets wins: DynamoDB Local logs every request at
 * {@code INFO}, with the access key of the caller, and its web server logs its own start
 * and stop.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class DynamoStreamsLocalEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "dynamodbStreamsLocalDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(OnLocalStreamLoopCondition.ENABLED, Boolean.class, false)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("logging.level.com.amazonaws.services.dynamodbv2.local", "ERROR");
		defaults.put("logging.level.com.amazonaws.util.Base64", "ERROR");
		defaults.put("logging.level.org.eclipse.jetty", "WARN");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

}
