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
import java.util.TreeMap;

/**
 * Builds the ordered maps a template is made of, so that the same configuration always
 * gives the same template, byte for byte.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class OrderedMaps {

	private OrderedMaps() {
	}

	/**
	 * Return a map of the given keys and values, in that order.
	 * @param keysAndValues keys and values, alternating
	 * @return the map
	 */
	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * Return tags as the list of {@code Key} and {@code Value} pairs of CloudFormation
	 * resources, sorted by key.
	 * @param tags the tags
	 * @return the list
	 */
	static List<Object> tagList(Map<String, String> tags) {
		return new TreeMap<>(tags).entrySet()
			.stream()
			.map((tag) -> (Object) of("Key", tag.getKey(), "Value", tag.getValue()))
			.toList();
	}

}
