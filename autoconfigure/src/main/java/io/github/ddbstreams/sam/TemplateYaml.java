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

import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.LineBreak;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a template as block-style YAML, with the intrinsic functions in their short
 * form. The same template always gives the same text.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class TemplateYaml {

	/**
	 * A whole line whose value is an intrinsic function with a single-quoted argument
	 * that needs no quotes. SnakeYAML quotes the scalar of every explicit tag, where
	 * CloudFormation templates conventionally write {@code !GetAtt Table.StreamArn}.
	 */
	private static final Pattern QUOTED_INTRINSIC = Pattern
		.compile("(?m)^( *(?:- |[A-Za-z0-9]+: ))(!Ref|!GetAtt|!Sub) '([A-Za-z0-9$/][A-Za-z0-9._:/${}*-]*)(?<!:)'$");

	private TemplateYaml() {
	}

	static String write(Map<String, Object> template) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(FlowStyle.BLOCK);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setSplitLines(false);
		options.setWidth(Integer.MAX_VALUE);
		options.setLineBreak(LineBreak.UNIX);
		String yaml = new Yaml(new IntrinsicRepresenter(options), options).dump(template);
		return QUOTED_INTRINSIC.matcher(yaml).replaceAll("$1$2 $3");
	}

	private static final class IntrinsicRepresenter extends Representer {

		IntrinsicRepresenter(DumperOptions options) {
			super(options);
			this.representers.put(Intrinsic.Scalar.class, (data) -> {
				Intrinsic.Scalar scalar = (Intrinsic.Scalar) data;
				return representScalar(new Tag(scalar.tag()), scalar.argument());
			});
			this.representers.put(Intrinsic.Sequence.class, (data) -> {
				Intrinsic.Sequence sequence = (Intrinsic.Sequence) data;
				return representSequence(new Tag(sequence.tag()), sequence.argument(), FlowStyle.FLOW);
			});
		}

	}

}
