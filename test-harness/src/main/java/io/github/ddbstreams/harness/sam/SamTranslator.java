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

package io.github.ddbstreams.harness.sam;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ddbstreams.harness.tools.InstalledTools;

import org.springframework.core.io.ClassPathResource;

/**
 * The SAM transform, as {@code cfn-lint} runs it with the SAM translator (Python), to see
 * the CloudFormation resources that a SAM template becomes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class SamTranslator {

	private static final boolean AVAILABLE = InstalledTools.succeeds("python3", "-c", "import cfnlint, samtranslator");

	private SamTranslator() {
	}

	public static boolean isAvailable() {
		return AVAILABLE;
	}

	/**
	 * Transform templates, in one run of the SAM translator.
	 * @param yamls the SAM templates
	 * @return the CloudFormation templates, in the same order
	 * @throws Exception if the transform cannot run or fails
	 */
	public static List<JsonNode> transform(String... yamls) throws Exception {
		Path directory = Files.createTempDirectory("sam-transform");
		Path script = directory.resolve("transform.py");
		try (InputStream source = new ClassPathResource("sam/transform.py").getInputStream()) {
			Files.copy(source, script);
		}
		List<String> command = new ArrayList<>(List.of("python3", script.toString()));
		for (int i = 0; i < yamls.length; i++) {
			command
				.add(Files.writeString(directory.resolve("template-" + i + ".yaml"), yamls[i], StandardCharsets.UTF_8)
					.toString());
		}
		Process process = new ProcessBuilder(command).redirectError(directory.resolve("stderr.txt").toFile()).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(
					"SAM transform failed: " + Files.readString(directory.resolve("stderr.txt")));
		}
		JsonNode results = new ObjectMapper().readTree(output);
		List<JsonNode> templates = new ArrayList<>();
		for (int i = 0; i < yamls.length; i++) {
			JsonNode result = results.get(command.get(i + 2));
			if (result.has("errors")) {
				throw new AssertionError("SAM transform errors: " + result.get("errors") + " in\n" + yamls[i]);
			}
			templates.add(result.get("template"));
		}
		return templates;
	}

}
