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

package io.github.ddbstreams.it.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration reference against the configuration metadata of the starter,
 * the test module and the KCL module: every property has a row, and the row's default is
 * the metadata's; no row names a property that does not exist.
 */
class ReadmeConfigurationReferenceTests {

	private static final Pattern ROW = Pattern.compile("^\\| `(dynamodb\\.streams\\.[^`]+)` \\| ([^|]*) \\|",
			Pattern.MULTILINE);

	private final Map<String, JsonNode> properties = metadata();

	private final Map<String, String> rows = rows();

	@Test
	void documentsEveryProperty() {
		assertThat(this.properties).hasSizeGreaterThan(60);
		assertThat(this.rows.keySet()).containsAll(this.properties.keySet());
	}

	@Test
	void documentsNoPropertyThatDoesNotExist() {
		assertThat(this.properties.keySet()).containsAll(this.rows.keySet());
	}

	@Test
	void documentsTheDefaultOfEveryProperty() {
		SoftAssertions softly = new SoftAssertions();
		this.properties.forEach((name, property) -> {
			JsonNode value = property.get("defaultValue");
			String row = this.rows.get(name);
			if (row == null) {
				return;
			}
			if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
				softly.assertThat(row).as(name).matches("\\(none\\)|as `dynamodb\\.streams\\.[a-z.-]+`");
			}
			else if (value.isString() && value.asString().isEmpty()) {
				softly.assertThat(row).as(name).isEqualTo("(empty)");
			}
			else {
				softly.assertThat(row).as(name).isEqualTo("`" + value.asString() + "`");
			}
		});
		softly.assertAll();
	}

	private static Map<String, JsonNode> metadata() {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		try {
			for (URL resource : Collections.list(ReadmeConfigurationReferenceTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream input = resource.openStream()) {
					JsonNode metadata = JsonMapper.builder().build().readTree(input);
					for (JsonNode property : metadata.path("properties")) {
						String name = property.path("name").asString();
						if (name.startsWith("dynamodb.streams.") && property.get("deprecation") == null) {
							properties.put(name, property);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	private static Map<String, String> rows() {
		try {
			String readme = Files.readString(Path.of(System.getProperty("readme", "../README.md")),
					StandardCharsets.UTF_8);
			String reference = readme.substring(readme.indexOf("## Configuration reference"),
					readme.indexOf("## Listener API"));
			Map<String, String> rows = new LinkedHashMap<>();
			Matcher row = ROW.matcher(reference);
			List<String> duplicates = new ArrayList<>();
			while (row.find()) {
				if (rows.put(row.group(1), row.group(2).trim()) != null) {
					duplicates.add(row.group(1));
				}
			}
			assertThat(duplicates).as("properties with more than one row").isEmpty();
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
