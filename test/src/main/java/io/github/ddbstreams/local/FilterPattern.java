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

package io.github.ddbstreams.local;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One filter pattern of Lambda event filtering, matched against a record of a DynamoDB
 * stream event the way Lambda's event source mapping matches it.
 * <p>
 * Supported are the rules of Lambda's filter rule syntax: exact values (strings, numbers,
 * booleans, {@code null}, the empty string), {@code prefix} and {@code suffix} (also with
 * {@code equals-ignore-case}), {@code equals-ignore-case}, {@code anything-but},
 * {@code numeric} ranges and {@code exists}. A field matches when any of the rules in its
 * array matches; a pattern matches when every field matches; a rule on a field whose
 * value is an array matches when any element matches. Numeric rules match JSON numbers
 * only: the values of DynamoDB {@code N} attributes are strings in the record.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class FilterPattern {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Set<String> NUMERIC_OPERATORS = Set.of("=", "<", "<=", ">", ">=");

	private final String source;

	private final ObjectNode pattern;

	private FilterPattern(String source, ObjectNode pattern) {
		this.source = source;
		this.pattern = pattern;
	}

	/**
	 * Parse a filter pattern.
	 * @param pattern the pattern, a JSON object
	 * @return the parsed pattern
	 * @throws IllegalArgumentException if the pattern is not a valid filter pattern
	 */
	static FilterPattern parse(String pattern) {
		JsonNode tree;
		try {
			tree = json.readTree(pattern);
		}
		catch (JacksonException ex) {
			throw invalid(pattern, "is not JSON: " + ex.getOriginalMessage());
		}
		if (!(tree instanceof ObjectNode object) || object.isEmpty()) {
			throw invalid(pattern,
					"must be a JSON object such as {\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"active\"]}}}}");
		}
		checkFields(pattern, object);
		return new FilterPattern(pattern, object);
	}

	/**
	 * Return whether a record matches the pattern.
	 * @param record the record, as in the event Lambda sends
	 * @return whether the record matches
	 */
	boolean matches(JsonNode record) {
		return matchesFields(this.pattern, record);
	}

	@Override
	public String toString() {
		return this.source;
	}

	private static boolean matchesFields(ObjectNode pattern, @Nullable JsonNode value) {
		for (Map.Entry<String, JsonNode> field : pattern.properties()) {
			JsonNode child = (value != null && value.isObject()) ? value.get(field.getKey()) : null;
			JsonNode rules = field.getValue();
			boolean matched = (rules instanceof ObjectNode nested) ? matchesFields(nested, child)
					: matchesAnyRule(rules, child);
			if (!matched) {
				return false;
			}
		}
		return true;
	}

	private static boolean matchesAnyRule(JsonNode rules, @Nullable JsonNode value) {
		for (JsonNode rule : rules) {
			if (matchesRule(rule, value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesRule(JsonNode rule, @Nullable JsonNode value) {
		if (rule instanceof ObjectNode operator) {
			Map.Entry<String, JsonNode> entry = operator.properties().iterator().next();
			if ("exists".equals(entry.getKey())) {
				return entry.getValue().asBoolean() == isLeaf(value);
			}
			return value != null
					&& anyElement(value, (item) -> matchesOperator(entry.getKey(), entry.getValue(), item));
		}
		return value != null && anyElement(value, (item) -> equalsValue(rule, item));
	}

	private static boolean isLeaf(@Nullable JsonNode value) {
		return value != null && !value.isObject() && !(value.isArray() && value.isEmpty());
	}

	private static boolean anyElement(JsonNode value, Predicate<JsonNode> condition) {
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (condition.test(item)) {
					return true;
				}
			}
			return false;
		}
		return condition.test(value);
	}

	private static boolean matchesOperator(String operator, JsonNode operand, JsonNode value) {
		return switch (operator) {
			case "prefix" -> matchesAffix(operand, value, true);
			case "suffix" -> matchesAffix(operand, value, false);
			case "equals-ignore-case" -> anyOperand(operand,
					(expected) -> value.isString() && value.asString().equalsIgnoreCase(expected.asString()));
			case "anything-but" -> !matchesExcluded(operand, value);
			case "numeric" -> matchesNumeric(operand, value);
			default -> throw new IllegalStateException("Unchecked operator " + operator);
		};
	}

	private static boolean matchesAffix(JsonNode operand, JsonNode value, boolean prefix) {
		if (!value.isString()) {
			return false;
		}
		String text = value.asString();
		boolean ignoreCase = operand.isObject();
		String affix = ignoreCase ? operand.get("equals-ignore-case").asString() : operand.asString();
		int offset = prefix ? 0 : text.length() - affix.length();
		return offset >= 0 && text.regionMatches(ignoreCase, offset, affix, 0, affix.length());
	}

	private static boolean matchesExcluded(JsonNode operand, JsonNode value) {
		if (operand instanceof ObjectNode operator) {
			Map.Entry<String, JsonNode> entry = operator.properties().iterator().next();
			return matchesOperator(entry.getKey(), entry.getValue(), value);
		}
		return anyOperand(operand, (excluded) -> equalsValue(excluded, value));
	}

	private static boolean anyOperand(JsonNode operand, Predicate<JsonNode> condition) {
		if (operand.isArray()) {
			for (JsonNode item : operand) {
				if (condition.test(item)) {
					return true;
				}
			}
			return false;
		}
		return condition.test(operand);
	}

	private static boolean matchesNumeric(JsonNode operand, JsonNode value) {
		if (!value.isNumber()) {
			return false;
		}
		BigDecimal number = value.decimalValue();
		for (int i = 0; i < operand.size(); i += 2) {
			int comparison = number.compareTo(operand.get(i + 1).decimalValue());
			boolean holds = switch (operand.get(i).asString()) {
				case "=" -> comparison == 0;
				case "<" -> comparison < 0;
				case "<=" -> comparison <= 0;
				case ">" -> comparison > 0;
				default -> comparison >= 0;
			};
			if (!holds) {
				return false;
			}
		}
		return true;
	}

	private static boolean equalsValue(JsonNode expected, JsonNode value) {
		if (expected.isString()) {
			return value.isString() && expected.asString().equals(value.asString());
		}
		if (expected.isNumber()) {
			return value.isNumber() && expected.decimalValue().compareTo(value.decimalValue()) == 0;
		}
		if (expected.isBoolean()) {
			return value.isBoolean() && expected.asBoolean() == value.asBoolean();
		}
		return expected.isNull() && value.isNull();
	}

	private static void checkFields(String pattern, ObjectNode fields) {
		for (Map.Entry<String, JsonNode> field : fields.properties()) {
			JsonNode rules = field.getValue();
			if (rules instanceof ObjectNode nested && !nested.isEmpty()) {
				checkFields(pattern, nested);
			}
			else if (rules.isArray() && !rules.isEmpty()) {
				rules.forEach((rule) -> checkRule(pattern, field.getKey(), rule));
			}
			else {
				throw invalid(pattern, "has field '" + field.getKey()
						+ "' whose rules are not a non-empty array (such as [\"INSERT\"]) or a nested object");
			}
		}
	}

	private static void checkRule(String pattern, String field, JsonNode rule) {
		if (!(rule instanceof ObjectNode operator)) {
			if (rule.isArray()) {
				throw invalid(pattern, "has a nested array in the rules of field '" + field + "'");
			}
			return;
		}
		if (operator.size() != 1) {
			throw invalid(pattern, "has a rule of field '" + field + "' with other than one operator: " + rule);
		}
		Map.Entry<String, JsonNode> entry = operator.properties().iterator().next();
		JsonNode operand = entry.getValue();
		boolean valid = switch (entry.getKey()) {
			case "exists" -> operand.isBoolean();
			case "prefix", "suffix" -> operand.isString() || isIgnoreCase(operand);
			case "equals-ignore-case" -> operand.isString();
			case "anything-but" -> isExclusion(operand);
			case "numeric" -> isNumericRange(operand);
			default -> throw invalid(pattern,
					"has operator '" + entry.getKey() + "' in the rules of field '" + field
							+ "', which the local stream loop does not support (supported: exists, prefix, suffix, "
							+ "equals-ignore-case, anything-but, numeric)");
		};
		if (!valid) {
			throw invalid(pattern, "has an invalid operand for '" + entry.getKey() + "' in the rules of field '" + field
					+ "': " + operand);
		}
	}

	private static boolean isIgnoreCase(JsonNode operand) {
		return operand instanceof ObjectNode object && object.size() == 1 && object.get("equals-ignore-case") != null
				&& object.get("equals-ignore-case").isString();
	}

	private static boolean isExclusion(JsonNode operand) {
		if (operand instanceof ObjectNode object) {
			if (object.size() != 1) {
				return false;
			}
			Map.Entry<String, JsonNode> entry = object.properties().iterator().next();
			return switch (entry.getKey()) {
				case "prefix", "suffix" -> entry.getValue().isString() || isIgnoreCase(entry.getValue());
				case "equals-ignore-case" -> entry.getValue().isString() || isArrayOf(entry.getValue(), true);
				default -> false;
			};
		}
		return operand.isValueNode() || isArrayOf(operand, false);
	}

	private static boolean isArrayOf(JsonNode operand, boolean stringsOnly) {
		if (!operand.isArray() || operand.isEmpty()) {
			return false;
		}
		for (JsonNode item : operand) {
			if (stringsOnly ? !item.isString() : !item.isValueNode()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumericRange(JsonNode operand) {
		if (!operand.isArray() || operand.isEmpty() || operand.size() % 2 != 0 || operand.size() > 4) {
			return false;
		}
		for (int i = 0; i < operand.size(); i += 2) {
			if (!operand.get(i).isString() || !NUMERIC_OPERATORS.contains(operand.get(i).asString())
					|| !operand.get(i + 1).isNumber()) {
				return false;
			}
		}
		return true;
	}

	private static IllegalArgumentException invalid(String pattern, String problem) {
		return new IllegalArgumentException("Filter pattern " + pattern + " " + problem);
	}

}
