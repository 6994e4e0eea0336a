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
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

import static io.github.ddbstreams.lambda.StreamEventProblems.kind;

/**
 * Checks the keys or an image of a stream record as {@link StreamEventReader} comes to
 * them: every attribute once, every value an object of exactly one DynamoDB type, whose
 * JSON is of that type (numbers that are numbers, binaries that are base64), down to the
 * values nested in maps and lists; and what DynamoDB itself guarantees of every value:
 * numbers it can store ({@link NumberText}), sets that are not empty and hold each member
 * once (numbers compared by value, binaries by bytes), strings that are well-formed
 * UTF-16 (the parser itself refuses names that are not), and keys of type S, N or B. It
 * only checks and locates them: {@link AttributeValueReader} reads them later, from the
 * same bytes.
 * <p>
 * A wrong value is a problem of the record, reported when the record ends; a key twice
 * inside a value is reported where it is. The messages of the JSON types name the
 * top-level attribute at most; those of DynamoDB's rules name the path of the value
 * ({@link AttributePath}). None quotes a value.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AttributeValueChecker {

	private static final String TYPES = "(S, N, B, SS, NS, BS, M, L, NULL, BOOL)";

	private static final List<String> TYPE_KEYS = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

	private static final PropertyNameMatcher TYPE_MATCHER = BinaryNameMatcher.construct(TYPE_KEYS);

	private static final int S = 0;

	private static final int N = 1;

	private static final int B = 2;

	private static final int SS = 3;

	private static final int NS = 4;

	private static final int BS = 5;

	private static final int M = 6;

	private static final int L = 7;

	private static final int NULL = 8;

	private static final int BOOL = 9;

	static final String UNPAIRED_SURROGATE = " that is not well-formed UTF-16 (an unpaired surrogate)";

	static final String TOO_PRECISE = " with more than " + NumberText.MAX_SIGNIFICANT_DIGITS
			+ " significant digits: DynamoDB numbers have at most " + NumberText.MAX_SIGNIFICANT_DIGITS;

	static final String OUT_OF_RANGE = " out of DynamoDB's range: a number is 0 or of a magnitude from "
			+ "1E-130 to 9.9999999999999999999999999999999999999E+125";

	private final JsonParser parser;

	private final StreamEventProblems problems;

	private final SetMembers members = new SetMembers();

	private int partDepth;

	private boolean keys;

	AttributeValueChecker(JsonParser parser, StreamEventProblems problems) {
		this.parser = parser;
		this.problems = problems;
	}

	/**
	 * Check the attributes of the object the parser is at, and leave the parser at its
	 * end.
	 * @param part the part of the record: {@code Keys}, {@code NewImage} or
	 * {@code OldImage}
	 * @return where the attributes are in the event
	 */
	AttributeRange check(String part) {
		int start = (int) this.parser.currentTokenLocation().getByteOffset();
		int count = 0;
		this.problems.startPart(part);
		this.partDepth = this.parser.streamReadContext().getNestingDepth();
		this.keys = part.equals("Keys");
		ObjectKeys names = new ObjectKeys();
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			if (!names.add(name)) {
				throw this.problems.invalidRecord("has attribute '" + LogText.escape(name) + "' twice in 'dynamodb."
						+ part + "'" + this.problems.tokenLocation());
			}
			checkValue(this.parser.nextToken(), name, part, false);
			count++;
		}
		this.problems.endPart();
		int end = (int) this.parser.currentLocation().getByteOffset();
		return new AttributeRange(start, end, count);
	}

	private void checkValue(JsonToken token, String name, String part, boolean nested) {
		if (token != JsonToken.START_OBJECT) {
			attributeProblem(name, part, nested,
					"a value that is " + kind(token) + ", not an object of one DynamoDB type");
			skipInAttribute(token, name, part);
			return;
		}
		int type = this.parser.nextNameMatch(TYPE_MATCHER);
		if (type == PropertyNameMatcher.MATCH_END_OBJECT) {
			attributeProblem(name, part, nested, "no value of a known DynamoDB type " + TYPES);
			return;
		}
		String typeKey = this.parser.currentName();
		if (type > B && !nested && this.keys) {
			ruleProblem(typeKey, part, ": key attributes are S, N or B");
		}
		checkTypedValue(type, this.parser.nextToken(), name, part, nested);
		if (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String other = this.parser.currentName();
			if (other.equals(typeKey)) {
				throw duplicateInAttribute(name, part);
			}
			attributeProblem(name, part, nested,
					(type >= 0 && TYPE_KEYS.contains(other))
							? "a value of more than one DynamoDB type (" + typeKey + " and " + other + ")"
							: "a value with a key besides its DynamoDB type");
			ObjectKeys names = new ObjectKeys();
			names.add(typeKey);
			do {
				if (!names.add(this.parser.currentName())) {
					throw duplicateInAttribute(name, part);
				}
				skipInAttribute(this.parser.nextToken(), name, part);
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME);
		}
	}

	private void checkTypedValue(int type, JsonToken token, String name, String part, boolean nested) {
		switch (type) {
			case S -> {
				if (expectString(token, "S", name, part, nested) && !isWellFormedText()) {
					ruleProblem("S", part, UNPAIRED_SURROGATE);
				}
			}
			case N -> {
				if (expectString(token, "N", name, part, nested)) {
					checkNumber("N", name, part, nested);
				}
			}
			case B -> {
				if (expectString(token, "B", name, part, nested) && binary() == null) {
					attributeProblem(name, part, nested, "a B value that is not valid base64");
				}
			}
			case SS -> checkSet(token, "SS", name, part, nested);
			case NS -> checkSet(token, "NS", name, part, nested);
			case BS -> checkSet(token, "BS", name, part, nested);
			case M -> {
				if (token != JsonToken.START_OBJECT) {
					typedValueProblem(token, "M", "an object", name, part, nested);
					return;
				}
				ObjectKeys names = new ObjectKeys();
				while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String key = this.parser.currentName();
					if (!names.add(key)) {
						throw duplicateInAttribute(name, part);
					}
					checkValue(this.parser.nextToken(), name, part, true);
				}
			}
			case L -> {
				if (token != JsonToken.START_ARRAY) {
					typedValueProblem(token, "L", "an array", name, part, nested);
					return;
				}
				JsonToken element;
				while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
					checkValue(element, name, part, true);
				}
			}
			case NULL -> {
				if (token != JsonToken.VALUE_TRUE) {
					typedValueProblem(token, "NULL", "true", name, part, nested);
				}
			}
			case BOOL -> {
				if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
					typedValueProblem(token, "BOOL", "true or false", name, part, nested);
				}
			}
			default -> {
				attributeProblem(name, part, nested, "no value of a known DynamoDB type " + TYPES);
				skipInAttribute(token, name, part);
			}
		}
	}

	private boolean expectString(JsonToken token, String type, String name, String part, boolean nested) {
		if (token == JsonToken.VALUE_STRING) {
			return true;
		}
		typedValueProblem(token, type, "a string", name, part, nested);
		return false;
	}

	private void checkSet(JsonToken token, String type, String name, String part, boolean nested) {
		if (token != JsonToken.START_ARRAY) {
			typedValueProblem(token, type, "an array of strings", name, part, nested);
			return;
		}
		SetMembers members = this.members;
		members.start();
		boolean empty = true;
		JsonToken element;
		while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
			empty = false;
			if (element != JsonToken.VALUE_STRING) {
				attributeProblem(name, part, nested,
						"an " + type + " value with " + kind(element) + " where a string belongs");
				skipInAttribute(element, name, part);
				continue;
			}
			Object member = switch (type) {
				case "NS" -> checkNumber(type, name, part, nested);
				case "BS" -> {
					byte[] bytes = binary();
					if (bytes == null) {
						attributeProblem(name, part, nested, "a BS value with a string that is not valid base64");
					}
					yield (bytes != null) ? ByteBuffer.wrap(bytes) : null;
				}
				default -> {
					char[] text = this.parser.getStringCharacters();
					int offset = this.parser.getStringOffset();
					int length = this.parser.getStringLength();
					if (!Utf16Text.isWellFormed(text, offset, length)) {
						ruleProblem(type, part, UNPAIRED_SURROGATE);
					}
					if (!members.addText(text, offset, length)) {
						ruleProblem(type, part, repeatedMember(type));
					}
					yield null;
				}
			};
			if (member != null && !members.add(member)) {
				ruleProblem(type, part, repeatedMember(type));
			}
		}
		if (empty) {
			ruleProblem(type, part, " that is empty: DynamoDB has no empty sets");
		}
	}

	private @Nullable BigDecimal checkNumber(String type, String name, String part, boolean nested) {
		char[] text = this.parser.getStringCharacters();
		int offset = this.parser.getStringOffset();
		int length = this.parser.getStringLength();
		switch (NumberText.check(text, offset, length)) {
			case NumberText.STORABLE -> {
				return type.equals("NS") ? new BigDecimal(text, offset, length).stripTrailingZeros() : null;
			}
			case NumberText.NOT_A_NUMBER -> attributeProblem(name, part, nested, type.equals("NS")
					? "an NS value with a string that is not a number" : "an N value that is not a number");
			case NumberText.TOO_PRECISE -> ruleProblem(type, part, TOO_PRECISE);
			default -> ruleProblem(type, part, OUT_OF_RANGE);
		}
		return null;
	}

	private boolean isWellFormedText() {
		return Utf16Text.isWellFormed(this.parser.getStringCharacters(), this.parser.getStringOffset(),
				this.parser.getStringLength());
	}

	private void skipInAttribute(JsonToken token, String name, String part) {
		if (token == JsonToken.START_OBJECT) {
			ObjectKeys names = new ObjectKeys();
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				if (!names.add(this.parser.currentName())) {
					throw duplicateInAttribute(name, part);
				}
				skipInAttribute(this.parser.nextToken(), name, part);
			}
		}
		else if (token == JsonToken.START_ARRAY) {
			JsonToken element;
			while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
				skipInAttribute(element, name, part);
			}
		}
	}

	private byte @Nullable [] binary() {
		try {
			return Base64.getDecoder().decode(this.parser.getString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void typedValueProblem(JsonToken token, String type, String expected, String name, String part,
			boolean nested) {
		attributeProblem(name, part, nested,
				article(type) + " " + type + " value that is " + kind(token) + ", not " + expected);
		skipInAttribute(token, name, part);
	}

	private void attributeProblem(String name, String part, boolean nested, String value) {
		this.problems.problem("has attribute '" + LogText.escape(name) + "' in 'dynamodb." + part + "' with " + value
				+ (nested ? " nested inside it" : "") + this.problems.tokenLocation());
	}

	/**
	 * Return the rule that a member of a set twice breaks.
	 * @param type {@code SS}, {@code NS} or {@code BS}
	 * @return the rule, a clause that follows the value's path
	 */
	static String repeatedMember(String type) {
		return " that repeats a member: the members of a DynamoDB set are unique" + (type.equals("NS")
				? " (numbers compared by value)" : type.equals("BS") ? " (binaries compared by bytes)" : "");
	}

	private void ruleProblem(String type, String part, String rule) {
		String path = AttributePath.of(this.parser.streamReadContext(), part, this.partDepth);
		this.problems.problem("has " + article(type) + " " + type + " value at '" + path + "'" + rule
				+ this.problems.tokenLocation());
	}

	private InvalidStreamEventException duplicateInAttribute(String name, String part) {
		return this.problems.invalidRecord("has attribute '" + LogText.escape(name) + "' in 'dynamodb." + part
				+ "' with a key twice in its value" + this.problems.tokenLocation());
	}

	private static String article(String type) {
		return switch (type) {
			case "S", "SS", "N", "NS", "M", "L" -> "an";
			default -> "a";
		};
	}

}
