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

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the keys or an image of a stream record into AWS SDK v2 attribute values, from
 * the bytes of the event that {@link StreamEventReader} checked and located: numbers keep
 * their exact text, binaries their bytes, and every value its one DynamoDB type.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AttributeValueReader {

	private final JsonFactory factory;

	AttributeValueReader() {
		this.factory = JsonFactory.builder()
			.streamReadConstraints(
					StreamReadConstraints.builder().maxNestingDepth(StreamEventDecoder.MAX_NESTING_DEPTH).build())
			.build();
	}

	/**
	 * Read the attributes of one JSON object of an event.
	 * @param json the event
	 * @param start the offset of the object's opening brace
	 * @param end the offset after the object's closing brace
	 * @return the attributes, in event order, unmodifiable
	 */
	Map<String, AttributeValue> read(byte[] json, int start, int end) {
		try (JsonParser parser = this.factory.createParser(ObjectReadContext.empty(), json, start, end - start)) {
			parser.nextToken();
			return Collections.unmodifiableMap(readMap(parser));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IllegalStateException("Attributes of a stream record could not be read again from bytes " + start
					+ " to " + end + " of the event (" + ex.getClass().getName() + ")");
		}
	}

	private static Map<String, AttributeValue> readMap(JsonParser parser) {
		Map<String, AttributeValue> map = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			map.put(name, readValue(parser));
		}
		return map;
	}

	private static AttributeValue readValue(JsonParser parser) {
		parser.nextToken();
		String type = parser.currentName();
		JsonToken token = parser.nextToken();
		AttributeValue value = switch (type) {
			case "S" -> AttributeValue.fromS(parser.getString());
			case "N" -> AttributeValue.fromN(parser.getString());
			case "B" -> AttributeValue.fromB(binary(parser.getString()));
			case "SS" -> AttributeValue.fromSs(strings(parser));
			case "NS" -> AttributeValue.fromNs(strings(parser));
			case "BS" -> AttributeValue.fromBs(strings(parser).stream().map(AttributeValueReader::binary).toList());
			case "M" -> AttributeValue.fromM(readMap(parser));
			case "L" -> AttributeValue.fromL(readList(parser));
			case "NULL" -> AttributeValue.fromNul(true);
			case "BOOL" -> AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
			default -> throw new IllegalArgumentException("Unknown DynamoDB type");
		};
		parser.nextToken();
		return value;
	}

	private static List<AttributeValue> readList(JsonParser parser) {
		List<AttributeValue> list = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			list.add(readValue(parser));
		}
		return list;
	}

	private static List<String> strings(JsonParser parser) {
		List<String> strings = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			strings.add(parser.getString());
		}
		return strings;
	}

	private static SdkBytes binary(String base64) {
		return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(base64));
	}

}
