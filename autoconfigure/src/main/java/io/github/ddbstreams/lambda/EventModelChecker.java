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

package io.github.ddbstreams.lambda;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.listener.StreamAttributeValues;
import org.jspecify.annotations.Nullable;

/**
 * Checks the keys or an image of a record of the Lambda events library, which the
 * {@link StreamEventDecoder} did not decode itself, against the rules of DynamoDB that
 * {@link AttributeValueChecker} checks in the JSON of an event: sets that are not empty
 * and hold each member once (numbers compared by value, binaries by bytes), numbers
 * DynamoDB can store ({@link NumberText}), well-formed UTF-16 strings, and keys of type
 * S, N or B. Its messages are those of the decoder, without a line and column.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class EventModelChecker {

	private final SetMembers members = new SetMembers();

	/**
	 * Return the first problem of the attributes of a part of a record.
	 * @param part {@code Keys}, {@code NewImage} or {@code OldImage}
	 * @param attributes the attributes, each of a known DynamoDB type
	 * @return what is wrong, a sentence that follows the record's name, or {@code null}
	 */
	@Nullable String problem(String part, Map<String, AttributeValue> attributes) {
		for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
			String path = part + "." + LogText.escape(attribute.getKey());
			String problem = problem(path, attribute.getValue(), part.equals("Keys"));
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private @Nullable String problem(String path, AttributeValue value, boolean key) {
		String type = StreamAttributeValues.typeOf(value);
		if (type == null) {
			return null;
		}
		String typed = article(type) + " " + type + " value at '";
		if (key && !type.equals("S") && !type.equals("N") && !type.equals("B")) {
			return "has " + typed + path + "': key attributes are S, N or B";
		}
		return switch (type) {
			case "S" -> Utf16Text.isWellFormed(value.getS()) ? null
					: "has " + typed + path + "'" + AttributeValueChecker.UNPAIRED_SURROGATE;
			case "N" -> numberProblem(typed, path, value.getN());
			case "SS", "NS", "BS" -> setProblem(type, typed, path, value);
			case "M" -> mapProblem(path, value.getM());
			case "L" -> listProblem(path, value.getL());
			default -> null;
		};
	}

	private @Nullable String setProblem(String type, String typed, String path, AttributeValue value) {
		List<?> members = switch (type) {
			case "SS" -> value.getSS();
			case "NS" -> value.getNS();
			default -> value.getBS();
		};
		if (members.isEmpty()) {
			return "has " + typed + path + "' that is empty: DynamoDB has no empty sets";
		}
		SetMembers seen = this.members;
		seen.start();
		for (int i = 0; i < members.size(); i++) {
			Object member = members.get(i);
			String memberPath = path + "[" + i + "]";
			if (member == null) {
				return "has " + typed + memberPath + "' that is null";
			}
			if (type.equals("NS")) {
				String problem = numberProblem(typed, memberPath, (String) member);
				if (problem != null) {
					return problem;
				}
				member = new BigDecimal((String) member).stripTrailingZeros();
			}
			else if (type.equals("SS") && !Utf16Text.isWellFormed((String) member)) {
				return "has " + typed + memberPath + "'" + AttributeValueChecker.UNPAIRED_SURROGATE;
			}
			if (!seen.add(member)) {
				return "has " + typed + memberPath + "'" + AttributeValueChecker.repeatedMember(type);
			}
		}
		return null;
	}

	private @Nullable String mapProblem(String path, Map<String, AttributeValue> map) {
		for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
			String problem = problem(path + "." + LogText.escape(entry.getKey()), entry.getValue(), false);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private @Nullable String listProblem(String path, List<AttributeValue> list) {
		for (int i = 0; i < list.size(); i++) {
			String problem = problem(path + "[" + i + "]", list.get(i), false);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static @Nullable String numberProblem(String typed, String path, String number) {
		return switch (NumberText.check(number.toCharArray(), 0, number.length())) {
			case NumberText.STORABLE -> null;
			case NumberText.NOT_A_NUMBER -> "has " + typed + path + "' that is not a number";
			case NumberText.TOO_PRECISE -> "has " + typed + path + "'" + AttributeValueChecker.TOO_PRECISE;
			default -> "has " + typed + path + "'" + AttributeValueChecker.OUT_OF_RANGE;
		};
	}

	private static String article(String type) {
		return switch (type) {
			case "S", "SS", "N", "NS", "M", "L" -> "an";
			default -> "a";
		};
	}

}
