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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ddbstreams.lambda.DynamoStreamsFunction;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds the defaults that make the Lambda handler invoke the DynamoDB stream function,
 * with lowest precedence so that any value the user sets wins.
 * <ul>
 * <li>{@code spring.cloud.function.definition}: {@code dynamodbStreamsFunction}, which
 * reads each event once and serves partial batch responses and, with
 * {@code dynamodb.streams.report-batch-item-failures=false}, whole-batch retries; so the
 * handler never falls back to the routing function, however many other functions the
 * application has.</li>
 * <li>{@code logging.level} of the Spring Cloud Function AWS adapter's event logger:
 * {@code WARN}, because at {@code INFO} it logs every event, table data included.</li>
 * </ul>
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/**
	 * The name of the property source with the defaults.
	 */
	public static final String PROPERTY_SOURCE_NAME = "dynamodbStreamsDefaults";

	static final String EVENT_LOGGER = "logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("dynamodb.streams.enabled", Boolean.class, true)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.cloud.function.definition", DynamoStreamsFunction.BEAN_NAME);
		defaults.put(EVENT_LOGGER, "WARN");
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

}
