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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A generated template read back from its YAML, with the short forms of intrinsic
 * functions read as their long, JSON forms: {@code !GetAtt T.StreamArn} is
 * {@code {"Fn::GetAtt": ["T", "StreamArn"]}}.
 *
 * @param yaml the template as written
 * @param content the template as read
 * @author DynamoDB Streams for Spring Boot contributors
 */
public record Template(String yaml, Map<String, Object> content) {

	/**
	 * Read a template.
	 * @param yaml the template
	 * @return the template
	 */
	public static Template read(String yaml) {
		return new Template(yaml, new Yaml(new IntrinsicConstructor()).load(yaml));
	}

	/**
	 * Read a template file.
	 * @param path the file
	 * @return the template
	 * @throws IOException if the file cannot be read
	 */
	public static Template read(Path path) throws IOException {
		return read(Files.readString(path, StandardCharsets.UTF_8));
	}

	/**
	 * Return the value at a path of keys and list indexes.
	 * @param <T> the type of the value
	 * @param path the keys, such as {@code "Resources", "ClerkFunction", "Type"}
	 * @return the value, or {@code null} when there is none
	 */
	@SuppressWarnings("unchecked")
	public <T> @Nullable T find(Object... path) {
		Object value = this.content;
		for (Object key : path) {
			if (value instanceof Map<?, ?> map && key instanceof String name) {
				value = map.get(name);
			}
			else if (value instanceof List<?> list && key instanceof Integer index && index < list.size()) {
				value = list.get(index);
			}
			else {
				return null;
			}
		}
		return (T) value;
	}

	/**
	 * Return the value at a path of keys and list indexes, which must exist.
	 * @param <T> the type of the value
	 * @param path the path
	 * @return the value
	 */
	public <T> T get(Object... path) {
		T value = find(path);
		if (value == null) {
			throw new AssertionError("No " + List.of(path) + " in template:\n" + this.yaml);
		}
		return value;
	}

	/**
	 * Return the logical id of the only resource of a type.
	 * @param type the resource type, such as {@code AWS::Serverless::Function}
	 * @return the logical id
	 */
	public String resourceOfType(String type) {
		Map<String, Map<String, Object>> resources = get("Resources");
		List<String> ids = resources.entrySet()
			.stream()
			.filter((resource) -> type.equals(resource.getValue().get("Type")))
			.map(Map.Entry::getKey)
			.toList();
		if (ids.size() != 1) {
			throw new AssertionError("Not exactly one " + type + " but " + ids + " in template:\n" + this.yaml);
		}
		return ids.get(0);
	}

	/**
	 * Return a resource.
	 * @param logicalId its logical id
	 * @return the resource
	 */
	public Map<String, Object> resource(String logicalId) {
		return get("Resources", logicalId);
	}

	/**
	 * Return the properties of a resource.
	 * @param logicalId its logical id
	 * @return the properties
	 */
	public Map<String, Object> properties(String logicalId) {
		return get("Resources", logicalId, "Properties");
	}

	/**
	 * Return the properties of an event of a function.
	 * @param functionId the logical id of the function
	 * @param event the name of the event
	 * @return the properties
	 */
	public Map<String, Object> event(String functionId, String event) {
		return get("Resources", functionId, "Properties", "Events", event, "Properties");
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
