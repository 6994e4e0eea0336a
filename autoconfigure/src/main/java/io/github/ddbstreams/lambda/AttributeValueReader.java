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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the keys or an image of a stream record into AWS SDK v2 attribute values, from
 * the bytes of the event that {@link StreamEventReader} has checked and located: numbers
 * keep their exact text, binaries their bytes, and every value its one DynamoDB type.
 * <p>
 * As the bytes are known to be well-formed UTF-8 JSON of attribute values, this reader
 * only walks them: it does not check them again.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AttributeValueReader {

	/**
	 * Read the attributes of one JSON object of an event.
	 * @param json the event
	 * @param start the offset of the object's opening brace
	 * @param end the offset after the object's closing brace
	 * @return the attributes, in event order, unmodifiable
	 */
	Map<String, AttributeValue> read(byte[] json, int start, int end) {
		try {
			return Collections.unmodifiableMap(new Cursor(json, start, end).readMap());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Attributes of a stream record could not be read again from bytes " + start
					+ " to " + end + " of the event (" + ex.getClass().getName() + ")");
		}
	}

	/**
	 * A position in the bytes of an event.
	 */
	private static final class Cursor {

		private final byte[] json;

		private final int end;

		private int position;

		Cursor(byte[] json, int start, int end) {
			this.json = json;
			this.position = start;
			this.end = end;
		}

		Map<String, AttributeValue> readMap() {
			expect('{');
			Map<String, AttributeValue> map = new LinkedHashMap<>();
			if (peek() == '}') {
				this.position++;
				return map;
			}
			do {
				String name = readString();
				expect(':');
				map.put(name, readValue());
			}
			while (separator('}'));
			return map;
		}

		private AttributeValue readValue() {
			expect('{');
			String type = readType();
			expect(':');
			AttributeValue value = switch (type) {
				case "S" -> AttributeValue.fromS(readString());
				case "N" -> AttributeValue.fromN(readString());
				case "B" -> AttributeValue.fromB(binary(readString()));
				case "SS" -> AttributeValue.fromSs(readStrings());
				case "NS" -> AttributeValue.fromNs(readStrings());
				case "BS" -> AttributeValue.fromBs(readStrings().stream().map(Cursor::binary).toList());
				case "M" -> AttributeValue.fromM(readMap());
				case "L" -> AttributeValue.fromL(readList());
				case "NULL" -> {
					readBoolean();
					yield AttributeValue.fromNul(true);
				}
				case "BOOL" -> AttributeValue.fromBool(readBoolean());
				default -> throw new IllegalArgumentException("Unknown DynamoDB type");
			};
			expect('}');
			return value;
		}

		private List<AttributeValue> readList() {
			expect('[');
			List<AttributeValue> list = new ArrayList<>();
			if (peek() == ']') {
				this.position++;
				return list;
			}
			do {
				list.add(readValue());
			}
			while (separator(']'));
			return list;
		}

		private List<String> readStrings() {
			expect('[');
			List<String> strings = new ArrayList<>();
			if (peek() == ']') {
				this.position++;
				return strings;
			}
			do {
				strings.add(readString());
			}
			while (separator(']'));
			return strings;
		}

		private boolean readBoolean() {
			boolean value = peek() == 't';
			this.position += value ? 4 : 5;
			return value;
		}

		private String readType() {
			expect('"');
			int start = this.position;
			while (this.json[this.position] != '"' && this.json[this.position] != '\\') {
				this.position++;
			}
			if (this.json[this.position] == '\\') {
				this.position = start - 1;
				return readString();
			}
			int length = this.position - start;
			this.position++;
			byte first = this.json[start];
			return switch (length) {
				case 1 -> (first == 'S') ? "S" : (first == 'N') ? "N"
						: (first == 'B') ? "B" : (first == 'M') ? "M" : (first == 'L') ? "L" : "?";
				case 2 -> (first == 'S') ? "SS" : (first == 'N') ? "NS" : (first == 'B') ? "BS" : "?";
				case 4 -> (first == 'N') ? "NULL" : (first == 'B') ? "BOOL" : "?";
				default -> "?";
			};
		}

		private String readString() {
			expect('"');
			int start = this.position;
			byte[] json = this.json;
			while (true) {
				byte b = json[this.position];
				if (b == '"') {
					String text = new String(json, start, this.position - start, StandardCharsets.ISO_8859_1);
					this.position++;
					return text;
				}
				if (b == '\\' || b < 0) {
					return readEscapedString(start);
				}
				this.position++;
			}
		}

		private String readEscapedString(int start) {
			byte[] json = this.json;
			StringBuilder text = new StringBuilder(this.position - start + 16);
			this.position = start;
			while (true) {
				byte b = json[this.position];
				if (b == '"') {
					this.position++;
					return text.toString();
				}
				if (b == '\\') {
					this.position++;
					text.append(unescape());
				}
				else if (b < 0) {
					int run = this.position;
					while (json[this.position] < 0) {
						this.position++;
					}
					text.append(new String(json, run, this.position - run, StandardCharsets.UTF_8));
				}
				else {
					text.append((char) b);
					this.position++;
				}
			}
		}

		private char unescape() {
			byte escaped = this.json[this.position++];
			return switch (escaped) {
				case 'b' -> '\b';
				case 'f' -> '\f';
				case 'n' -> '\n';
				case 'r' -> '\r';
				case 't' -> '\t';
				case 'u' -> {
					char c = (char) Integer
						.parseInt(new String(this.json, this.position, 4, StandardCharsets.ISO_8859_1), 16);
					this.position += 4;
					yield c;
				}
				default -> (char) escaped;
			};
		}

		private boolean separator(char close) {
			byte b = peek();
			this.position++;
			if (b == ',') {
				return true;
			}
			if (b != close) {
				throw new IllegalArgumentException("Unexpected byte");
			}
			return false;
		}

		private void expect(char expected) {
			if (peek() != expected) {
				throw new IllegalArgumentException("Unexpected byte");
			}
			this.position++;
		}

		private byte peek() {
			while (this.position < this.end) {
				byte b = this.json[this.position];
				if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
					return b;
				}
				this.position++;
			}
			throw new IllegalArgumentException("Unexpected end");
		}

		private static SdkBytes binary(String base64) {
			return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64));
		}

	}

}
