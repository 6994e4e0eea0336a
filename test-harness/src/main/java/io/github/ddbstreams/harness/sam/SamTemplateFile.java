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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A SAM template read from its YAML file, with the short forms of intrinsic functions
 * ({@code !Ref}, {@code !GetAtt}, ...) read as their long forms.
 *
 * @param path the file
 * @param content the template
 * @author DynamoDB Streams for Spring Boot contributors
 */
public record SamTemplateFile(Path path, Map<String, Object> content) {

	/**
	 * Read a template.
	 * @param path the file
	 * @return the template
	 * @throws IOException if the file cannot be read
	 */
	public static SamTemplateFile read(Path path) throws IOException {
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			return new SamTemplateFile(path, new Yaml(new IntrinsicConstructor()).load(reader));
		}
	}

	/**
	 * Return the value at a path of keys, such as
	 * {@code "Resources", "Function", "Properties", "Handler"}.
	 * @param <T> the type of the value
	 * @param keys the keys
	 * @return the value
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String... keys) {
		Object value = this.content;
		for (String key : keys) {
			if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
				throw new IllegalArgumentException("No " + String.join(".", keys) + " in " + this.path);
			}
			value = map.get(key);
		}
		return (T) value;
	}

	/**
	 * Return the logical id of the only resource of a type.
	 * @param type the resource type, such as {@code AWS::Serverless::Function}
	 * @return the logical id
	 */
	public String resourceOfType(String type) {
		Map<String, Map<String, Object>> resources = get("Resources");
		return resources.entrySet()
			.stream()
			.filter((resource) -> type.equals(resource.getValue().get("Type")))
			.map(Map.Entry::getKey)
			.reduce((a, b) -> {
				throw new IllegalStateException("More than one " + type + " in " + this.path);
			})
			.orElseThrow(() -> new IllegalStateException("No " + type + " in " + this.path));
	}

	private static final class IntrinsicConstructor extends SafeConstructor {

		IntrinsicConstructor() {
			super(new LoaderOptions());
			this.yamlConstructors.put(null, new AbstractConstruct() {

				@Override
				public Object construct(Node node) {
					String function = node.getTag().getValue().substring(1);
					String name = function.equals("Ref") ? "Ref" : "Fn::" + function;
					if (node instanceof ScalarNode scalar) {
						return Map.of(name, function.equals("GetAtt") ? List.of(scalar.getValue().split("\\.", 2))
								: scalar.getValue());
					}
					if (node instanceof SequenceNode sequence) {
						return Map.of(name, constructSequence(sequence));
					}
					return Map.of(name, constructMapping((MappingNode) node));
				}

			});
		}

	}

}
