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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.harness.sam.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TemplateYaml}.
 */
class TemplateYamlTests {

	@Test
	void writesIntrinsicFunctionsInTheirShortForm() {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("Role", Intrinsic.getAtt("ClerkFunctionRole", "Arn"));
		template.put("Stream", Intrinsic.ref("TestTableStreamArn"));
		template.put("Resource", List.of(Intrinsic.sub("arn:${AWS::Partition}:logs:${AWS::Region}:*")));
		template.put("StreamName", Intrinsic.select(3, Intrinsic.split("/", Intrinsic.ref("TestTableStreamArn"))));
		assertThat(TemplateYaml.write(template)).isEqualTo("""
				Role: !GetAtt ClerkFunctionRole.Arn
				Stream: !Ref TestTableStreamArn
				Resource:
				  - !Sub arn:${AWS::Partition}:logs:${AWS::Region}:*
				StreamName: !Select [3, !Split [/, !Ref 'TestTableStreamArn']]
				""");
	}

	@ParameterizedTest
	@ValueSource(strings = { "true", "no", "null", "~", "123", "0x1F", "1e3", "2010-09-09", "- item", "key: value",
			"a #comment", "*alias", "&anchor", "!tag", "@at", "`tick", "'quoted'", "\"double\"", "{flow}", "[flow]",
			"|literal", ">folded", "%directive", "ends with colon:", " leading space", "trailing space ", "",
			"line\nbreak", "tab\there", "unicode é ✓", "!Ref 'x'" })
	void readsBackEveryStringAsWritten(String value) {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("Value", value);
		template.put("List", List.of(value));
		template.put("Sub", Intrinsic.sub(value));
		Template read = Template.read(TemplateYaml.write(template));
		assertThat(read.<String>get("Value")).isEqualTo(value);
		assertThat(read.<List<String>>get("List")).containsExactly(value);
		assertThat(read.<Map<String, Object>>get("Sub")).isEqualTo(Map.of("Fn::Sub", value));
	}

	@Test
	void writesNumbersAndBooleansAsThemselves() {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("BatchSize", 100);
		template.put("Timeout", 30L);
		template.put("Enabled", false);
		assertThat(TemplateYaml.write(template)).isEqualTo("""
				BatchSize: 100
				Timeout: 30
				Enabled: false
				""");
	}

}
