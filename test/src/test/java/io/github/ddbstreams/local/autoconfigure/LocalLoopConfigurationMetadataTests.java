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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the configuration metadata of the local stream loop, which IDEs read to
 * complete and explain the {@code dynamodb.streams.local} properties.
 */
class LocalLoopConfigurationMetadataTests {

	private final JsonNode metadata = read();

	@Test
	void describesEveryPropertyOfTheLocalLoop() {
		List<String> names = new ArrayList<>();
		for (JsonNode property : this.metadata.get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("dynamodb.streams.local.")) {
				names.add(name);
				assertThat(property.path("description").asString()).as(name).isNotBlank();
			}
		}
		assertThat(names)
			.contains("dynamodb.streams.local.enabled", "dynamodb.streams.local.endpoint",
					"dynamodb.streams.local.moto.enabled", "dynamodb.streams.local.moto.port",
					"dynamodb.streams.local.moto.executable", "dynamodb.streams.local.moto.startup-timeout",
					"dynamodb.streams.local.on-failure-directory")
			.noneMatch((name) -> name.contains("embedded"));
	}

	@Test
	void showsTheDefaultsThatDependOnTheMachine() {
		assertThat(property("dynamodb.streams.local.on-failure-directory").get("defaultValue").asString())
			.isEqualTo("${java.io.tmpdir}/dynamodb-streams/on-failure");
		assertThat(property("dynamodb.streams.local.moto.port").get("defaultValue").asInt()).isEqualTo(8000);
	}

	@Test
	void hintsAtTheUsualValues() {
		List<String> hinted = new ArrayList<>();
		this.metadata.get("hints").forEach((hint) -> hinted.add(hint.get("name").asString()));
		assertThat(hinted).contains("dynamodb.streams.local.endpoint", "dynamodb.streams.local.moto.port",
				"dynamodb.streams.local.moto.executable", "dynamodb.streams.local.on-failure-directory");
	}

	private JsonNode property(String name) {
		for (JsonNode property : this.metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("No property " + name);
	}

	private static JsonNode read() {
		try (InputStream input = new ClassPathResource("META-INF/spring-configuration-metadata.json",
				DynamoStreamsLocalProperties.class.getClassLoader())
			.getInputStream()) {
			return JsonMapper.builder().build().readTree(input);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
