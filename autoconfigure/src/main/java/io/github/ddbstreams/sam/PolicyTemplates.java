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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * The SAM policy templates ({@code SQSSendMessagePolicy} and the rest), read from the
 * definitions that the SAM translator itself uses, so that a template can be checked
 * before deployment and expanded into the statements of an execution role that the
 * template defines.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class PolicyTemplates {

	private static final String DEFINITIONS = "policy_templates.json";

	private final Map<String, Object> templates;

	private PolicyTemplates(Map<String, Object> templates) {
		this.templates = templates;
	}

	@SuppressWarnings("unchecked")
	static PolicyTemplates load() {
		try (InputStream json = PolicyTemplates.class.getResourceAsStream(DEFINITIONS)) {
			if (json == null) {
				throw new IllegalStateException("SAM policy templates not found: " + DEFINITIONS);
			}
			Map<String, Object> definitions = JsonMapper.builder().build().readValue(json, LinkedHashMap.class);
			return new PolicyTemplates((Map<String, Object>) definitions.get("Templates"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Return what is wrong with a use of a policy template.
	 * @param name the name of the template
	 * @param parameters its parameter values
	 * @return the problems, empty when the template exists and gets exactly its
	 * parameters
	 */
	List<String> check(String name, Map<String, String> parameters) {
		if (!this.templates.containsKey(name)) {
			return List.of("'" + name + "' is not a SAM policy template");
		}
		Set<String> expected = parameterNames(name);
		List<String> problems = new ArrayList<>();
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(parameters.keySet());
		Set<String> unknown = new TreeSet<>(parameters.keySet());
		unknown.removeAll(expected);
		if (!missing.isEmpty()) {
			problems.add("policy template " + name + " requires parameters " + missing);
		}
		if (!unknown.isEmpty()) {
			problems.add("policy template " + name + " has no parameters " + unknown
					+ (expected.isEmpty() ? "" : ", only " + expected));
		}
		return problems;
	}

	/**
	 * Return the IAM policy statements of a policy template, with its parameters replaced
	 * by their values.
	 * @param name the name of the template
	 * @param parameters the parameter values
	 * @return the statements
	 */
	@SuppressWarnings("unchecked")
	List<Object> statements(String name, Map<String, String> parameters) {
		Map<String, Object> template = (Map<String, Object>) this.templates.get(name);
		Map<String, Object> definition = (Map<String, Object>) template.get("Definition");
		return (List<Object>) substitute(definition.get("Statement"), parameters);
	}

	@SuppressWarnings("unchecked")
	private Set<String> parameterNames(String name) {
		Map<String, Object> template = (Map<String, Object>) this.templates.get(name);
		Map<String, Object> parameters = (Map<String, Object>) template.get("Parameters");
		return (parameters != null) ? new TreeSet<>(parameters.keySet()) : Set.of();
	}

	private static Object substitute(Object node, Map<String, String> parameters) {
		if (node instanceof Map<?, ?> map) {
			if (map.size() == 1 && map.get("Ref") instanceof String reference && parameters.containsKey(reference)) {
				return parameters.get(reference);
			}
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put((String) key, substitute(value, parameters)));
			return copy;
		}
		if (node instanceof List<?> list) {
			return list.stream().map((element) -> substitute(element, parameters)).toList();
		}
		return node;
	}

}
