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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a CloudFormation template that {@link SamTranslator} made of a SAM template: its
 * resources of one type, and the statements of its IAM policies with their actions and
 * resources.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class TransformedTemplates {

	private TransformedTemplates() {
	}

	/**
	 * Return the resources of a type.
	 * @param template the transformed template
	 * @param type the resource type, such as {@code AWS::IAM::Role}
	 * @return the resources, in template order
	 */
	public static List<JsonNode> resourcesOfType(JsonNode template, String type) {
		List<JsonNode> resources = new ArrayList<>();
		template.path("Resources").forEach((resource) -> {
			if (type.equals(resource.path("Type").asText())) {
				resources.add(resource);
			}
		});
		return resources;
	}

	/**
	 * Return the statements of every inline policy of every role and of every
	 * {@code AWS::IAM::Policy}.
	 * @param template the transformed template
	 * @return the statements, roles first
	 */
	public static List<JsonNode> policyStatements(JsonNode template) {
		List<JsonNode> statements = new ArrayList<>();
		for (JsonNode role : resourcesOfType(template, "AWS::IAM::Role")) {
			role.path("Properties")
				.path("Policies")
				.forEach((policy) -> policy.path("PolicyDocument").path("Statement").forEach(statements::add));
		}
		for (JsonNode policy : resourcesOfType(template, "AWS::IAM::Policy")) {
			policy.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
		}
		return statements;
	}

	/**
	 * Return the actions of a policy statement.
	 * @param statement the statement
	 * @return its actions, one or many
	 */
	public static List<String> actions(JsonNode statement) {
		return values(statement.path("Action"));
	}

	/**
	 * Return the resources of a policy statement; one that is not a string (a
	 * {@code Fn::Sub}, a {@code Ref}) as its JSON.
	 * @param statement the statement
	 * @return its resources, one or many
	 */
	public static List<String> resources(JsonNode statement) {
		return values(statement.path("Resource"));
	}

	private static List<String> values(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((value) -> values.add(value.isTextual() ? value.asText() : value.toString()));
		}
		else {
			values.add(node.isTextual() ? node.asText() : node.toString());
		}
		return values;
	}

}
