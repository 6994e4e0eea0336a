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
import java.util.Map;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Keeps an application that runs with the {@code sam} profile from serving: it writes the
 * SAM template and exits, even when it has a web server. The default has lowest
 * precedence, so that the user can still set {@code spring.main.web-application-type}. In
 * AOT mode, where the profile's configuration was left out at build time, it fails the
 * start-up with the fix instead.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsSamEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/**
	 * The name of the property source with the defaults of the {@code sam} profile.
	 */
	public static final String PROPERTY_SOURCE_NAME = "dynamodbStreamsSamDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of(DynamoStreamsSamAutoConfiguration.PROFILE))) {
			if (AotDetector.useGeneratedArtifacts()) {
				throw new DynamoStreamsConfigurationException(List.of("The sam profile is active, but this application"
						+ " runs in AOT mode (spring.aot.enabled=true) from classes that process-aot generated without"
						+ " it, so the template generation does not exist in them"),
						"Write the template in JVM mode: java -jar target/<application>.jar"
								+ " --spring.profiles.active=sam, without -Dspring.aot.enabled=true (also in"
								+ " JAVA_TOOL_OPTIONS)");
			}
			environment.getPropertySources()
				.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
						Map.of("spring.main.web-application-type", "none")));
		}
	}

}
