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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import io.github.ddbstreams.harness.tools.InstalledTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every template a test class generates: at once against the SAM JSON schema, and
 * the resources SAM does not describe against their CloudFormation resource schemas;
 * after the last test, with one run of {@code cfn-lint} over all of them, when
 * {@code cfn-lint} is on the {@code PATH} (skipped otherwise).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class GeneratedTemplates implements BeforeEachCallback, AfterAllCallback {

	private static final ObjectMapper json = new ObjectMapper();

	private static final String MASKED_STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/masked/stream/2026-01-01T00:00:00.000";

	private final Map<Path, String> written = new LinkedHashMap<>();

	private String testName = "template";

	@Override
	public void beforeEach(ExtensionContext context) {
		this.testName = context.getRequiredTestMethod().getName();
	}

	/**
	 * Check a template and read it back.
	 * @param yaml the template
	 * @return the template as read
	 */
	public Template check(String yaml) {
		Template template = Template.read(yaml);
		JsonNode tree = json.valueToTree(template.content());
		assertThat(messages(Schemas.SAM, tree)).as("SAM schema violations of\n%s", yaml).isEmpty();
		Map<String, Map<String, Object>> resources = template.get("Resources");
		resources.forEach((id, resource) -> {
			if ("AWS::DynamoDB::Table".equals(resource.get("Type"))) {
				assertThat(messages(Schemas.TABLE, json.valueToTree(resource.get("Properties"))))
					.as("AWS::DynamoDB::Table schema violations of %s in\n%s", id, yaml)
					.isEmpty();
			}
			if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
				Map<String, Map<String, Object>> events = template.get("Resources", id, "Properties", "Events");
				events.forEach((name,
						event) -> assertThat(messages(Schemas.EVENT_SOURCE_MAPPING,
								json.valueToTree(eventSourceMapping(
										template.get("Resources", id, "Properties", "Events", name, "Properties")))))
							.as("AWS::Lambda::EventSourceMapping schema violations of event %s in\n%s", name, yaml)
							.isEmpty());
			}
		});
		this.written.put(Path.of(this.testName + "-" + (this.written.size() + 1) + ".yaml"), yaml);
		return template;
	}

	private static Set<ValidationMessage> messages(JsonSchema schema, JsonNode tree) {
		return schema.validate(tree);
	}

	/**
	 * Return the properties of the event source mapping that SAM makes of a DynamoDB
	 * event, with a placeholder for an intrinsic stream ARN.
	 * @param event the properties of the event
	 * @return the properties of the event source mapping
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> eventSourceMapping(Map<String, Object> event) {
		Map<String, Object> mapping = new LinkedHashMap<>(event);
		Object stream = mapping.remove("Stream");
		mapping.put("EventSourceArn", (stream instanceof String arn) ? arn : MASKED_STREAM_ARN);
		mapping.put("FunctionName", "masked");
		if (mapping.get("DestinationConfig") instanceof Map<?, ?> destination) {
			Map<String, Object> onFailure = new LinkedHashMap<>((Map<String, Object>) destination.get("OnFailure"));
			onFailure.remove("Type");
			mapping.put("DestinationConfig", Map.of("OnFailure", onFailure));
		}
		return mapping;
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (this.written.isEmpty()) {
			return;
		}
		Assumptions.assumeTrue(CfnLint.isAvailable(), "cfn-lint is not on the PATH: templates not linted");
		Path directory = Path.of("target", "generated-templates", context.getRequiredTestClass().getSimpleName())
			.toAbsolutePath();
		FileSystemUtils.deleteRecursively(directory);
		Files.createDirectories(directory);
		List<String> files = new ArrayList<>();
		for (Map.Entry<Path, String> template : this.written.entrySet()) {
			Path file = directory.resolve(template.getKey());
			Files.writeString(file, template.getValue(), StandardCharsets.UTF_8);
			files.add(file.toString());
		}
		CfnLint.Result result = CfnLint.run(files);
		assertThat(result.exitCode()).as("cfn-lint findings in %s:%n%s", directory, result.output()).isZero();
	}

	/**
	 * The schemas, loaded once.
	 */
	public static final class Schemas {

		static final JsonSchema SAM = load("schemas/sam.schema.json", VersionFlag.V4);

		static final JsonSchema TABLE = load("schemas/cloudformation/aws-dynamodb-table.json", VersionFlag.V7);

		static final JsonSchema EVENT_SOURCE_MAPPING = load("schemas/cloudformation/aws-lambda-eventsourcemapping.json",
				VersionFlag.V7);

		private static JsonSchema load(String resource, VersionFlag version) {
			try (InputStream schema = new ClassPathResource(resource).getInputStream()) {
				return JsonSchemaFactory.getInstance(version).getSchema(schema);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * The {@code cfn-lint} command.
	 */
	public static final class CfnLint {

		private static final boolean AVAILABLE = InstalledTools.succeeds("cfn-lint", "--version");

		public static boolean isAvailable() {
			return AVAILABLE;
		}

		public static Result run(List<String> files) throws IOException, InterruptedException {
			List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable", "--"));
			command.addAll(files);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("cfn-lint did not finish");
			}
			return new Result(process.exitValue(), output);
		}

		public record Result(int exitCode, String output) {

		}

	}

}
