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

package io.github.ddbstreams.harness.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The DynamoDB stream event fixtures of {@code src/test/resources/events}, decoded the
 * way Lambda decodes them, and an independent reading of their DynamoDB JSON as the
 * values listeners must receive.
 * <p>
 * Some fixtures carry what DynamoDB never sends ({@link #BEYOND_DYNAMODB}): placeholders
 * for the {@code eventSourceARN} ({@code stream-ARN}, {@code eventsource_arn}), sets with
 * a member twice, an empty set. {@link #bytes(String)} repairs exactly that (the ARN of a
 * table's stream for a placeholder, each member once, no empty set), so that the rest of
 * such a fixture is still read; {@link #storedBytes(String)} returns it as stored.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class StreamEvents {

	/**
	 * The fixtures that are whole DynamoDB stream events.
	 */
	public static final List<String> EVENT_FIXTURES = List.of("java-libs__dynamo_event.json",
			"java-libs__dynamo_event_roundtrip.json", "java-libs__dynamo_time_window_event.json",
			"lambda-dotnet__dynamodb-event.json", "lambda-dotnet__dynamodb-timewindow-event.json",
			"lambda-dotnet__dynamodb-with-ms-event.json", "lambda-go__dynamodb-event.json",
			"lambda-go__dynamodb-time-window-event.json", "powertools-python__getting_started_dynamodb_event.json",
			"powertools-ts__parser_dynamodb_base.json", "sam-cli__generate-event_dynamodb_update.json");

	/**
	 * The event fixtures that break a rule of DynamoDB, as stored.
	 */
	public static final List<String> BEYOND_DYNAMODB = List.of("lambda-dotnet__dynamodb-event.json",
			"lambda-dotnet__dynamodb-timewindow-event.json", "lambda-dotnet__dynamodb-with-ms-event.json",
			"lambda-go__dynamodb-event.json", "lambda-go__dynamodb-time-window-event.json",
			"powertools-python__getting_started_dynamodb_event.json", "powertools-ts__parser_dynamodb_base.json");

	/**
	 * The stream ARN that replaces a placeholder {@code eventSourceARN}.
	 */
	public static final String PLACEHOLDER_ARN_REPLACEMENT = "arn:aws:dynamodb:us-east-1:123456789012:table/"
			+ "ExampleTableWithStream/stream/2015-06-27T00:48:05.899";

	private static final Pattern PLACEHOLDER_ARN = Pattern.compile("(\"eventSourceARN\"\\s*:\\s*\")(?!arn:)[^\"]*\"");

	private static final Pattern EMPTY_SET = Pattern
		.compile(",\\s*\"[^\"]+\"\\s*:\\s*\\{\\s*\"(?:SS|NS|BS)\"\\s*:\\s*\\[\\s*\\]\\s*\\}");

	private static final Pattern SET = Pattern.compile("(\"(?:SS|NS|BS)\"\\s*:\\s*)\\[([^\\]]*)\\]");

	private static final Pattern MEMBER = Pattern.compile("\"[^\"]*\"");

	private static final JsonMapper json = JsonMapper.builder().build();

	private StreamEvents() {
	}

	/**
	 * Return the bytes of a fixture as DynamoDB could have sent it: as stored (some start
	 * with a UTF-8 byte order mark), but for the repairs of a fixture that is
	 * {@link #BEYOND_DYNAMODB}.
	 * @param name the file name under {@code events/}
	 * @return the bytes
	 */
	public static byte[] bytes(String name) {
		byte[] stored = storedBytes(name);
		String text = new String(stored, StandardCharsets.UTF_8);
		String repaired = repair(text);
		return repaired.equals(text) ? stored : repaired.getBytes(StandardCharsets.UTF_8);
	}

	private static String repair(String text) {
		String repaired = PLACEHOLDER_ARN.matcher(text).replaceAll("$1" + PLACEHOLDER_ARN_REPLACEMENT + "\"");
		repaired = EMPTY_SET.matcher(repaired).replaceAll("");
		Matcher set = SET.matcher(repaired);
		StringBuilder result = new StringBuilder();
		while (set.find()) {
			Set<String> members = new LinkedHashSet<>();
			MEMBER.matcher(set.group(2)).results().forEach((member) -> members.add(member.group()));
			String replacement = (members.size() < MEMBER.matcher(set.group(2)).results().count())
					? set.group(1) + "[" + String.join(", ", members) + "]" : set.group();
			set.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		set.appendTail(result);
		return result.toString();
	}

	/**
	 * Return the bytes of a fixture, exactly as stored (some start with a UTF-8 byte
	 * order mark).
	 * @param name the file name under {@code events/}
	 * @return the bytes
	 */
	public static byte[] storedBytes(String name) {
		try (InputStream input = new ClassPathResource("events/" + name).getInputStream()) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Decode an event the way the Lambda Java runtime and the Spring Cloud Function
	 * adapter do.
	 * @param bytes the JSON of the event
	 * @return the event
	 */
	public static DynamodbEvent decode(byte[] bytes) {
		return LambdaEventSerializers.serializerFor(DynamodbEvent.class, StreamEvents.class.getClassLoader())
			.fromJson(new ByteArrayInputStream(bytes));
	}

	/**
	 * Decode a fixture.
	 * @param name the file name under {@code events/}
	 * @return the event
	 */
	public static DynamodbEvent fixture(String name) {
		return decode(bytes(name));
	}

	/**
	 * Return the records of a fixture as JSON trees.
	 * @param name the file name under {@code events/}
	 * @return the records
	 */
	public static List<JsonNode> records(String name) {
		JsonNode records = tree(bytes(name)).get("Records");
		List<JsonNode> result = new ArrayList<>();
		records.forEach(result::add);
		return result;
	}

	/**
	 * Return whether a fixture is the event of an invocation of a tumbling window.
	 * @param name the file name of the fixture
	 * @return whether it has a top-level {@code window}
	 */
	public static boolean isWindowInvocation(String name) {
		return tree(bytes(name)).has("window");
	}

	/**
	 * Read JSON into a tree, skipping a byte order mark.
	 * @param bytes the JSON
	 * @return the tree
	 */
	public static JsonNode tree(byte[] bytes) {
		return json.readTree(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", ""));
	}

	/**
	 * Read the DynamoDB JSON of a key or an image ({@code {"name": {"S": "value"}}}) into
	 * SDK v2 values, without the code under test.
	 * @param attributes the attributes, or a missing node
	 * @return the values, or {@code null} when the node is missing
	 */
	public static Map<String, AttributeValue> attributes(JsonNode attributes) {
		Map<String, AttributeValue> result = new LinkedHashMap<>();
		attributes.properties().forEach((entry) -> result.put(entry.getKey(), attribute(entry.getValue())));
		return result;
	}

	/**
	 * Read an image of a record of a fixture, as {@link #attributes(JsonNode)} reads it.
	 * @param record the record's JSON, one of {@link #records(String)}
	 * @param image {@code NewImage} or {@code OldImage}
	 * @return the values, or {@code null} when the record carries no such image
	 */
	public static @Nullable Map<String, AttributeValue> image(JsonNode record, String image) {
		JsonNode dynamodb = record.get("dynamodb");
		return dynamodb.has(image) ? attributes(dynamodb.get(image)) : null;
	}

	/**
	 * Return whether a record of a fixture is a deletion by Time to Live, which DynamoDB
	 * marks with its own service principal as the record's user identity.
	 * @param record the record's JSON, one of {@link #records(String)}
	 * @return whether the record is a Time to Live deletion
	 */
	public static boolean timeToLiveDelete(JsonNode record) {
		JsonNode identity = record.get("userIdentity");
		return identity != null && identity.get("principalId").asString().equals("dynamodb.amazonaws.com");
	}

	private static AttributeValue attribute(JsonNode node) {
		Map.Entry<String, JsonNode> typed = node.properties().iterator().next();
		JsonNode value = typed.getValue();
		return switch (typed.getKey()) {
			case "S" -> AttributeValue.fromS(value.asString());
			case "N" -> AttributeValue.fromN(value.asString());
			case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(value.asString())));
			case "BOOL" -> AttributeValue.fromBool(value.asBoolean());
			case "NULL" -> AttributeValue.fromNul(true);
			case "SS" -> AttributeValue.fromSs(strings(value));
			case "NS" -> AttributeValue.fromNs(strings(value));
			case "BS" -> AttributeValue.fromBs(strings(value).stream()
				.map((text) -> SdkBytes.fromByteArray(Base64.getDecoder().decode(text)))
				.toList());
			case "L" -> {
				List<AttributeValue> list = new ArrayList<>();
				value.forEach((item) -> list.add(attribute(item)));
				yield AttributeValue.fromL(list);
			}
			case "M" -> AttributeValue.fromM(attributes(value));
			default -> throw new IllegalArgumentException("Unknown type " + typed.getKey());
		};
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> strings.add(item.asString()));
		return strings;
	}

}
