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

package io.github.ddbstreams.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.ddbstreams.listener.DynamoEventName;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event filter patterns of a table's event source mapping: the configured patterns,
 * narrowed to the event names that the table's listeners declare, or a pattern of those
 * event names alone. The SAM template writes them as the mapping's
 * {@code FilterCriteria}, and the local stream loop applies the same patterns, so that
 * both let through exactly the same records.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class FilterPatterns {

	private static final int MAXIMUM_PATTERN_LENGTH = 4096;

	private static final JsonMapper json = JsonMapper.builder().build();

	private FilterPatterns() {
	}

	/**
	 * Return the filter patterns of a table.
	 * @param wanted the event names the listeners of the table want, empty when no
	 * listener names the table
	 * @param configured the configured filter patterns of the table (JSON)
	 * @param property what the patterns belong to, for problems
	 * @param problems where to add what is wrong with the configured patterns
	 * @return the patterns as compact JSON, empty when every record passes
	 */
	public static List<String> of(Set<DynamoEventName> wanted, List<String> configured, String property,
			List<String> problems) {
		boolean narrows = !wanted.isEmpty() && !wanted.containsAll(EnumSet.allOf(DynamoEventName.class));
		if (configured.isEmpty()) {
			return narrows ? List.of(json.writeValueAsString(eventNames(wanted))) : List.of();
		}
		List<String> patterns = new ArrayList<>();
		for (String pattern : configured) {
			ObjectNode filter = parse(pattern, property, problems);
			if (filter == null) {
				continue;
			}
			if (narrows) {
				filter = narrow(filter, wanted, pattern, property, problems);
			}
			String written = json.writeValueAsString(filter);
			if (written.length() > MAXIMUM_PATTERN_LENGTH) {
				problems.add(property + ": filter pattern " + pattern + " must be at most " + MAXIMUM_PATTERN_LENGTH
						+ " characters long");
			}
			patterns.add(written);
		}
		return patterns;
	}

	private static ObjectNode eventNames(Set<DynamoEventName> wanted) {
		ObjectNode filter = json.createObjectNode();
		ArrayNode names = filter.putArray("eventName");
		wanted.forEach((name) -> names.add(name.name()));
		return filter;
	}

	private static @Nullable ObjectNode parse(String pattern, String property, List<String> problems) {
		if (readTree(pattern) instanceof ObjectNode filter && !filter.isEmpty()) {
			return filter;
		}
		problems.add(property + ": filter pattern " + pattern + " must be a JSON object such as"
				+ " {\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"active\"]}}}}");
		return null;
	}

	private static @Nullable JsonNode readTree(String pattern) {
		try {
			return json.readTree(pattern);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static ObjectNode narrow(ObjectNode filter, Set<DynamoEventName> wanted, String pattern, String property,
			List<String> problems) {
		JsonNode names = filter.get("eventName");
		if (names == null) {
			ObjectNode narrowed = eventNames(wanted);
			for (Map.Entry<String, JsonNode> field : filter.properties()) {
				narrowed.set(field.getKey(), field.getValue());
			}
			return narrowed;
		}
		if (names instanceof ArrayNode list && list.valueStream().allMatch(JsonNode::isString)) {
			ArrayNode kept = json.createArrayNode();
			list.valueStream()
				.filter((name) -> wanted.stream().anyMatch((event) -> event.name().equals(name.asString())))
				.forEach(kept::add);
			if (kept.isEmpty()) {
				problems.add(property + ": filter pattern " + pattern + " lets through none of the events " + wanted
						+ " that the listeners of the table receive");
			}
			filter.set("eventName", kept);
		}
		return filter;
	}

}
