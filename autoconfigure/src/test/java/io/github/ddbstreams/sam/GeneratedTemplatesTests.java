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

package io.github.ddbstreams.sam;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that the checks of the generated templates find what they are there for.
 */
class GeneratedTemplatesTests {

	private final GeneratedTemplates templates = new GeneratedTemplates();

	private static String sample() throws Exception {
		return new ClassPathResource("sam/clerk-template.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void acceptsTheTemplateOfTheSample() throws Exception {
		assertThat(this.templates.check(sample()).<String>get("Transform")).isEqualTo("AWS::Serverless-2016-10-31");
	}

	@Test
	void findsAnEventWithoutStreamWithTheSamSchema() throws Exception {
		String template = sample().replace("            Stream: !Ref TestTableStreamArn\n", "");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.templates.check(template))
			.withMessageContaining("SAM schema violations");
	}

	@Test
	void findsAnOutOfRangeMappingSettingWithTheEventSourceMappingSchema() throws Exception {
		String template = sample().replace("BatchSize: 10\n", "BatchSize: 10001\n");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.templates.check(template))
			.withMessageContaining("AWS::Lambda::EventSourceMapping schema violations of event TestTableStream");
	}

	@Test
	void findsAnInvalidTableWithTheTableSchema() throws Exception {
		String template = sample().replace("Resources:\n", """
				Resources:
				  Orders:
				    Type: AWS::DynamoDB::Table
				    Properties:
				      KeySchema: []
				""");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.templates.check(template))
			.withMessageContaining("AWS::DynamoDB::Table schema violations of Orders");
	}

	@Test
	void cfnLintFindsARoleThatDoesNotExist(@TempDir Path directory) throws Exception {
		assumeTrue(GeneratedTemplates.CfnLint.isAvailable(), "cfn-lint is not on the PATH");
		Path file = Files.writeString(directory.resolve("template.yaml"),
				sample().replace("Role: !GetAtt ClerkFunctionRole.Arn", "Role: !GetAtt MissingRole.Arn"));
		GeneratedTemplates.CfnLint.Result result = GeneratedTemplates.CfnLint.run(List.of(file.toString()));
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("MissingRole");
	}

}
