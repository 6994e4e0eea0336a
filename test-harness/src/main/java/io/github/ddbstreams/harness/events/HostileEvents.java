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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lambda event bodies that no handler may ever answer as a success, each with the part of
 * the error message that must name its problem: duplicate keys, trailing content, wrong
 * JSON types, missing fields, nulls, empty bodies, foreign events, deep nesting, huge
 * numbers, invalid UTF-8 and other encodings. Where a body is an event, its first record
 * is well-formed and its second carries the problem (sequence numbers {@code 1} and
 * {@code 2}), so a handler that runs records before checking the whole event is caught
 * too.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class HostileEvents {

	/**
	 * The stream of the records.
	 */
	public static final String STREAM_ARN = StreamEventJson.TEST_TABLE_STREAM;

	private static final String SECOND = "Record 2 (SequenceNumber 2) of the DynamoDB stream event ";

	private static final String SECOND_UNNUMBERED = "Record 2 of the DynamoDB stream event ";

	private static final String TYPES = "(S, N, B, SS, NS, BS, M, L, NULL, BOOL)";

	/**
	 * A Kinesis event, as a DynamoDB function would receive it by mistake.
	 */
	public static final String KINESIS_EVENT = """
			{"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"1",
			"sequenceNumber":"49590338271490256608559692538361571095921575989136588898",
			"data":"SGVsbG8sIHRoaXMgaXMgYSB0ZXN0Lg==","approximateArrivalTimestamp":1545084650.987},
			"eventSource":"aws:kinesis","eventVersion":"1.0",
			"eventID":"shardId-000000000006:49590338271490256608559692538361571095921575989136588898",
			"eventName":"aws:kinesis:record","invokeIdentityArn":"arn:aws:iam::123456789012:role/lambda-role",
			"awsRegion":"us-east-2","eventSourceARN":"arn:aws:kinesis:us-east-2:123456789012:stream/lambda-stream"}]}
			""";

	/**
	 * An SQS event, as a DynamoDB function would receive it by mistake.
	 */
	public static final String SQS_EVENT = """
			{"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d",
			"receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a","body":"Test message.",
			"attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1545082649183"},
			"messageAttributes":{},"md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs",
			"eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:my-queue","awsRegion":"us-east-2"}]}
			""";

	private static final List<HostileEvent> ALL = build();

	private HostileEvents() {
	}

	/**
	 * Return every hostile body.
	 * @return the bodies, each with the message part it must fail with
	 */
	public static List<HostileEvent> all() {
		return ALL;
	}

	/**
	 * Return a well-formed record, an insert of item {@code id-<sequenceNumber>}.
	 * @param sequenceNumber the sequence number
	 * @return the record JSON
	 */
	public static String record(String sequenceNumber) {
		return ("{\"eventID\":\"event-%1$s\",\"eventName\":\"INSERT\",\"eventVersion\":\"1.1\","
				+ "\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\",\"dynamodb\":{"
				+ "\"ApproximateCreationDateTime\":1763683200,\"Keys\":{\"id\":{\"S\":\"id-%1$s\"}},"
				+ "\"NewImage\":{\"id\":{\"S\":\"id-%1$s\"},\"name\":{\"S\":\"name-%1$s\"}},"
				+ "\"SequenceNumber\":\"%1$s\",\"SizeBytes\":42,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},"
				+ "\"eventSourceARN\":\"%2$s\"}")
			.formatted(sequenceNumber, STREAM_ARN);
	}

	/**
	 * Return an event of records.
	 * @param records the records JSON
	 * @return the event JSON
	 */
	public static String event(String... records) {
		return "{\"Records\":[" + String.join(",", records) + "]}";
	}

	/**
	 * Return a well-formed event of two records, sequence numbers {@code 1} and
	 * {@code 2}.
	 * @return the event JSON
	 */
	public static String wellFormed() {
		return event(record("1"), record("2"));
	}

	private static String second(UnaryOperator<String> change) {
		String second = record("2");
		String changed = change.apply(second);
		if (changed.equals(second)) {
			throw new IllegalStateException("Hostile change left the record unchanged");
		}
		return event(record("1"), changed);
	}

	private static String newImage(String attributes) {
		return second((record) -> record.replace("\"NewImage\":{\"id\":{\"S\":\"id-2\"},\"name\":{\"S\":\"name-2\"}}",
				"\"NewImage\":{\"id\":{\"S\":\"id-2\"}," + attributes + "}"));
	}

	private static String nested(int depth) {
		return "{\"L\":[".repeat(depth) + "{\"S\":\"deep\"}" + "]}".repeat(depth);
	}

	private static List<HostileEvent> build() {
		List<HostileEvent> events = new ArrayList<>();
		String wellFormed = wellFormed();
		String expectedEvent = "expected a DynamoDB stream event {\"Records\":[...]}";
		String notShaped = "Lambda event is not shaped like a DynamoDB stream event: ";
		add(events, "empty body", "", "Lambda event is empty: expected a DynamoDB stream event");
		add(events, "only white space", " \n\t ", "Lambda event is empty: expected a DynamoDB stream event");
		add(events, "JSON null", "null", notShaped + "expected a JSON object {\"Records\":[...]}, found null");
		add(events, "empty array", "[]", notShaped + "expected a JSON object {\"Records\":[...]}, found an array");
		add(events, "array of one event", "[" + wellFormed + "]", "found an array");
		add(events, "string", "\"Records\"", "found a string");
		add(events, "number", "42", "found a number");
		add(events, "boolean", "true", "found a boolean");
		add(events, "empty object", "{}", "Lambda event has no 'Records' array: " + expectedEvent);
		add(events, "null Records", "{\"Records\":null}", "Lambda event has no 'Records' array");
		add(events, "Records a number", "{\"Records\":5}", notShaped + "'Records' is a number, not an array");
		add(events, "Records an object", "{\"Records\":{}}", notShaped + "'Records' is an object, not an array");
		add(events, "records in lower case", "{\"records\":[" + record("1") + "]}",
				"Lambda event has no 'Records' array");
		add(events, "single record without Records", record("1"), "Lambda event has no 'Records' array");
		add(events, "two events concatenated", wellFormed + wellFormed, "Lambda event has more content after its end");
		add(events, "event and a word", wellFormed + " trailing", "Lambda event has more content after its end");
		add(events, "event and a bracket", wellFormed + "]", "Lambda event has more content after its end");
		add(events, "event and a comma", wellFormed + ",", "Lambda event has more content after its end");
		add(events, "not JSON", "not json", "Input is not valid JSON: Unrecognized token 'not'");
		add(events, "cut short", "{\"Records\":[" + record("1"), "Input is not valid JSON: Unexpected end-of-input");
		add(events, "XML", "<Records/>", "Input is not valid JSON: Unexpected character");
		add(events, "trailing comma", "{\"Records\":[" + record("1") + ",]}", "Input is not valid JSON");
		add(events, "single quotes", "{'Records':[]}", "Input is not valid JSON");
		add(events, "Records twice", "{\"Records\":[" + record("1") + "," + record("2") + "],\"Records\":[]}",
				"Lambda event has the key 'Records' twice");
		add(events, "eventName twice",
				second((record) -> record.replace("\"eventName\":\"INSERT\"",
						"\"eventName\":\"INSERT\",\"eventName\":\"REMOVE\"")),
				SECOND_UNNUMBERED + "has the key 'eventName' twice");
		add(events, "SequenceNumber twice",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"",
						"\"SequenceNumber\":\"2\",\"SequenceNumber\":\"3\"")),
				SECOND + "has the key 'dynamodb.SequenceNumber' twice");
		add(events, "attribute twice", newImage("\"name\":{\"S\":\"a\"},\"name\":{\"S\":\"b\"}"),
				SECOND_UNNUMBERED + "has attribute 'name' twice in 'dynamodb.NewImage'");
		add(events, "map key twice", newImage("\"address\":{\"M\":{\"zip\":{\"S\":\"1\"},\"zip\":{\"S\":\"2\"}}}"),
				SECOND_UNNUMBERED + "has attribute 'address' in 'dynamodb.NewImage' with a key twice in its value");
		add(events, "type twice", newImage("\"name\":{\"S\":\"a\",\"S\":\"b\"}"),
				SECOND_UNNUMBERED + "has attribute 'name' in 'dynamodb.NewImage' with a key twice in its value");
		add(events, "SequenceNumber a number",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"", "\"SequenceNumber\":1.5e3")),
				SECOND_UNNUMBERED + "has a number as 'dynamodb.SequenceNumber': expected a string");
		add(events, "SequenceNumber a boolean",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"", "\"SequenceNumber\":true")),
				SECOND_UNNUMBERED + "has a boolean as 'dynamodb.SequenceNumber': expected a string");
		add(events, "SequenceNumber an array",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"", "\"SequenceNumber\":[\"2\"]")),
				SECOND_UNNUMBERED + "has an array as 'dynamodb.SequenceNumber': expected a string");
		add(events, "SequenceNumber null",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"", "\"SequenceNumber\":null")),
				SECOND_UNNUMBERED + "has null as 'dynamodb.SequenceNumber': expected a string");
		add(events, "SequenceNumber empty",
				second((record) -> record.replace("\"SequenceNumber\":\"2\"", "\"SequenceNumber\":\"\"")),
				SECOND_UNNUMBERED + "has no 'dynamodb.SequenceNumber'");
		add(events, "SequenceNumber missing", second((record) -> record.replace(",\"SequenceNumber\":\"2\"", "")),
				SECOND_UNNUMBERED + "has no 'dynamodb.SequenceNumber'");
		add(events, "eventName a number",
				second((record) -> record.replace("\"eventName\":\"INSERT\"", "\"eventName\":1")),
				SECOND + "has a number as 'eventName': expected one of INSERT, MODIFY, REMOVE");
		add(events, "eventName null",
				second((record) -> record.replace("\"eventName\":\"INSERT\"", "\"eventName\":null")),
				SECOND + "has null as 'eventName': expected one of INSERT, MODIFY, REMOVE");
		add(events, "eventName missing", second((record) -> record.replace("\"eventName\":\"INSERT\",", "")),
				SECOND + "has no eventName: expected one of INSERT, MODIFY, REMOVE");
		add(events, "eventName unknown",
				second((record) -> record.replace("\"eventName\":\"INSERT\"", "\"eventName\":\"UPSERT\"")),
				SECOND + "has eventName 'UPSERT', not one of INSERT, MODIFY, REMOVE");
		add(events, "eventName in lower case",
				second((record) -> record.replace("\"eventName\":\"INSERT\"", "\"eventName\":\"insert\"")),
				SECOND + "has eventName 'insert', not one of INSERT, MODIFY, REMOVE");
		add(events, "eventSource missing", second((record) -> record.replace("\"eventSource\":\"aws:dynamodb\",", "")),
				SECOND + "has no eventSource: expected 'aws:dynamodb'");
		add(events, "eventSource null",
				second((record) -> record.replace("\"eventSource\":\"aws:dynamodb\"", "\"eventSource\":null")),
				SECOND + "has null as 'eventSource': expected 'aws:dynamodb'");
		add(events, "eventSource an object",
				second((record) -> record.replace("\"eventSource\":\"aws:dynamodb\"", "\"eventSource\":{}")),
				SECOND + "has an object as 'eventSource': expected 'aws:dynamodb'");
		add(events, "eventSource of Kinesis", second(
				(record) -> record.replace("\"eventSource\":\"aws:dynamodb\"", "\"eventSource\":\"aws:kinesis\"")),
				SECOND + "has eventSource 'aws:kinesis', not 'aws:dynamodb': "
						+ "is this function subscribed to the right event source?");
		add(events, "eventSourceARN a number",
				second((record) -> record.replace("\"eventSourceARN\":\"" + STREAM_ARN + "\"", "\"eventSourceARN\":7")),
				SECOND + "has a number as 'eventSourceARN': expected a string");
		add(events, "dynamodb missing",
				second((record) -> record.substring(0, record.indexOf(",\"dynamodb\""))
						+ record.substring(record.indexOf("},\"eventSourceARN\"") + 1)),
				SECOND_UNNUMBERED + "has no 'dynamodb' object");
		add(events, "dynamodb null",
				second((record) -> record.substring(0, record.indexOf("{\"ApproximateCreationDateTime\"")) + "null"
						+ record.substring(record.indexOf("},\"eventSourceARN\"") + 1)),
				SECOND_UNNUMBERED + "has null as 'dynamodb': expected an object");
		add(events, "dynamodb an array",
				second((record) -> record.substring(0, record.indexOf("{\"ApproximateCreationDateTime\"")) + "[]"
						+ record.substring(record.indexOf("},\"eventSourceARN\"") + 1)),
				SECOND_UNNUMBERED + "has an array as 'dynamodb': expected an object");
		add(events, "Keys missing", second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}},", "")),
				SECOND + "has no 'dynamodb.Keys'");
		add(events, "Keys empty",
				second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}", "\"Keys\":{}")),
				SECOND + "has no 'dynamodb.Keys'");
		add(events, "Keys null",
				second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}", "\"Keys\":null")),
				SECOND + "has null as 'dynamodb.Keys': expected an object");
		add(events, "Keys a number",
				second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}", "\"Keys\":7")),
				SECOND + "has a number as 'dynamodb.Keys': expected an object");
		add(events, "NewImage an array", second((record) -> record
			.replace("\"NewImage\":{\"id\":{\"S\":\"id-2\"},\"name\":{\"S\":\"name-2\"}}", "\"NewImage\":[]")),
				SECOND + "has an array as 'dynamodb.NewImage': expected an object");
		add(events, "record a number", event(record("1"), "2"), SECOND_UNNUMBERED + "is a number, not an object");
		add(events, "record null", event(record("1"), "null"), SECOND_UNNUMBERED + "is null");
		add(events, "record an array", event(record("1"), "[]"), SECOND_UNNUMBERED + "is an array, not an object");
		add(events, "two types", newImage("\"name\":{\"S\":\"x\",\"N\":\"5\"}"),
				SECOND + "has attribute 'name' in 'dynamodb.NewImage' with a value of more than one DynamoDB type "
						+ "(S and N)");
		add(events, "type and another key", newImage("\"name\":{\"S\":\"x\",\"extra\":1}"), SECOND
				+ "has attribute 'name' in 'dynamodb.NewImage' with a value with a key besides its DynamoDB type");
		add(events, "no type", newImage("\"name\":{}"),
				SECOND + "has attribute 'name' in 'dynamodb.NewImage' with no value of a known DynamoDB type " + TYPES);
		add(events, "unknown type", newImage("\"at\":{\"DATE\":\"2026-11-21\"}"),
				SECOND + "has attribute 'at' in 'dynamodb.NewImage' with no value of a known DynamoDB type " + TYPES);
		add(events, "value not an object", newImage("\"name\":\"x\""),
				SECOND + "has attribute 'name' in 'dynamodb.NewImage' with a value that is a string, "
						+ "not an object of one DynamoDB type");
		add(events, "S a number", newImage("\"name\":{\"S\":5}"),
				SECOND + "has attribute 'name' in 'dynamodb.NewImage' with an S value that is a number, not a string");
		add(events, "N not a number", newImage("\"age\":{\"N\":\"abc\"}"),
				SECOND + "has attribute 'age' in 'dynamodb.NewImage' with an N value that is not a number");
		add(events, "N a JSON number", newImage("\"age\":{\"N\":5}"),
				SECOND + "has attribute 'age' in 'dynamodb.NewImage' with an N value that is a number, not a string");
		add(events, "B not base64", newImage("\"data\":{\"B\":\"!!!\"}"),
				SECOND + "has attribute 'data' in 'dynamodb.NewImage' with a B value that is not valid base64");
		add(events, "SS a string", newImage("\"tags\":{\"SS\":\"a\"}"),
				SECOND + "has attribute 'tags' in 'dynamodb.NewImage' with an SS value that is a string, "
						+ "not an array of strings");
		add(events, "NS of numbers", newImage("\"sizes\":{\"NS\":[1]}"),
				SECOND + "has attribute 'sizes' in 'dynamodb.NewImage' with an NS value with a number where a string "
						+ "belongs");
		add(events, "BS not base64", newImage("\"blobs\":{\"BS\":[\"%%\"]}"),
				SECOND + "has attribute 'blobs' in 'dynamodb.NewImage' with a BS value with a string that is not valid "
						+ "base64");
		add(events, "M an array", newImage("\"address\":{\"M\":[]}"),
				SECOND + "has attribute 'address' in 'dynamodb.NewImage' with an M value that is an array, "
						+ "not an object");
		add(events, "L an object", newImage("\"lines\":{\"L\":{}}"), SECOND
				+ "has attribute 'lines' in 'dynamodb.NewImage' with an L value that is an object, " + "not an array");
		add(events, "NULL false", newImage("\"gone\":{\"NULL\":false}"),
				SECOND + "has attribute 'gone' in 'dynamodb.NewImage' with a NULL value that is a boolean, not true");
		add(events, "BOOL a string", newImage("\"active\":{\"BOOL\":\"true\"}"),
				SECOND + "has attribute 'active' in 'dynamodb.NewImage' with a BOOL value that is a string, "
						+ "not true or false");
		add(events, "untyped value nested in a map", newImage("\"address\":{\"M\":{\"zip\":{\"X\":\"1\"}}}"),
				SECOND + "has attribute 'address' in 'dynamodb.NewImage' with no value of a known DynamoDB type "
						+ TYPES + " nested inside it");
		add(events, "untyped value nested in a list", newImage("\"lines\":{\"L\":[{\"S\":\"a\"},{}]}"),
				SECOND + "has attribute 'lines' in 'dynamodb.NewImage' with no value of a known DynamoDB type " + TYPES
						+ " nested inside it");
		addDynamoDbRules(events);
		add(events, "SizeBytes a string",
				second((record) -> record.replace("\"SizeBytes\":42", "\"SizeBytes\":\"42\"")),
				SECOND + "has a string as 'dynamodb.SizeBytes': expected a number");
		add(events, "ApproximateCreationDateTime a string",
				second((record) -> record.replace("\"ApproximateCreationDateTime\":1763683200",
						"\"ApproximateCreationDateTime\":\"2026-11-21T00:00:00Z\"")),
				SECOND + "has a string as 'dynamodb.ApproximateCreationDateTime': expected a number");
		add(events, "userIdentity a string",
				second((record) -> record.replace("\"awsRegion\"", "\"userIdentity\":\"dynamodb\",\"awsRegion\"")),
				SECOND + "has a string as 'userIdentity': expected an object");
		add(events, "deep nesting in an image", newImage("\"deep\":" + nested(60)),
				SECOND_UNNUMBERED + "nests JSON deeper than 100 levels");
		add(events, "deep nesting in an unknown field",
				"{\"extra\":" + "[".repeat(150) + "]".repeat(150) + ",\"Records\":[]}",
				"Lambda event nests JSON deeper than 100 levels");
		add(events, "huge SizeBytes", second((record) -> record.replace("\"SizeBytes\":42", "\"SizeBytes\":1e400")),
				SECOND + "has 'dynamodb.SizeBytes' that is not a whole number of bytes that fits in 64 bits");
		add(events, "SizeBytes beyond 64 bits",
				second((record) -> record.replace("\"SizeBytes\":42", "\"SizeBytes\":99999999999999999999")),
				SECOND + "has 'dynamodb.SizeBytes' that is not a whole number of bytes that fits in 64 bits");
		add(events, "huge ApproximateCreationDateTime", second((record) -> record
			.replace("\"ApproximateCreationDateTime\":1763683200", "\"ApproximateCreationDateTime\":1e300")), SECOND
					+ "has 'dynamodb.ApproximateCreationDateTime' out of the range of epoch seconds or milliseconds");
		add(events, "number of 2000 digits", "{\"extra\":" + "9".repeat(2000) + ",\"Records\":[]}",
				"Lambda event exceeds a limit of the JSON reader");
		add(events, "Kinesis event", KINESIS_EVENT,
				"Record 1 of the DynamoDB stream event has eventSource 'aws:kinesis', not 'aws:dynamodb'");
		add(events, "SQS event", SQS_EVENT,
				"Record 1 of the DynamoDB stream event has eventSource 'aws:sqs', not 'aws:dynamodb'");
		add(events, "control character in a string", second((record) -> record.replace("\"event-2\"", "\"event\t2\"")),
				"Input is not valid JSON: Illegal unquoted character");
		events.add(new HostileEvent("invalid UTF-8 start byte in a value",
				bytesWith(wellFormed, "name-2", new byte[] { 'n', (byte) 0xFF }),
				"Input is not valid JSON: Invalid UTF-8 start byte 0xff"));
		events.add(new HostileEvent("UTF-8 sequence cut short",
				bytesWith(wellFormed, "event-2", new byte[] { 'e', (byte) 0xC3, 'x' }),
				"Input is not valid JSON: Invalid UTF-8 middle byte 0x78"));
		events.add(new HostileEvent("lone UTF-8 continuation byte in a key",
				bytesWith(wellFormed, "awsRegion", new byte[] { 'a', (byte) 0x80 }),
				"Input is not valid JSON: Invalid UTF-8 start byte 0x80"));
		events
			.add(new HostileEvent("UTF-16 with byte order mark", utf16(wellFormed, true), "Lambda event is not UTF-8"));
		events.add(new HostileEvent("UTF-16 without byte order mark", utf16(wellFormed, false),
				"Lambda event is not UTF-8"));
		events.add(new HostileEvent("two byte order marks",
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
						wellFormed.getBytes(StandardCharsets.UTF_8)),
				"Input is not valid JSON"));
		events.add(new HostileEvent("NUL byte before the event",
				concat(new byte[] { ' ', ' ', 0 }, wellFormed.getBytes(StandardCharsets.UTF_8)),
				"Input is not valid JSON: Illegal character"));
		return Collections.unmodifiableList(events);
	}

	private static void addDynamoDbRules(List<HostileEvent> events) {
		String arn = "\"eventSourceARN\":\"" + STREAM_ARN + "\"";
		String expectedArn = ": expected arn:<partition>:dynamodb:<region>:<account>:table/<name>/stream/<label>";
		add(events, "eventSourceARN not an ARN",
				second((record) -> record.replace(arn, "\"eventSourceARN\":\"stream-ARN\"")),
				SECOND + "has eventSourceARN 'stream-ARN', not a DynamoDB table stream ARN" + expectedArn);
		add(events, "eventSourceARN of a table, not of its stream",
				second((record) -> record.replace(arn,
						"\"eventSourceARN\":\"arn:aws:dynamodb:us-east-1:123456789012:table/test-table\"")),
				SECOND + "has eventSourceARN 'arn:aws:dynamodb:us-east-1:123456789012:table/test-table', "
						+ "not a DynamoDB table stream ARN" + expectedArn);
		add(events, "eventSourceARN of a Kinesis stream",
				second((record) -> record.replace(arn,
						"\"eventSourceARN\":\"arn:aws:kinesis:us-east-1:123456789012:stream/test-table/stream/x\"")),
				SECOND + "has eventSourceARN 'arn:aws:kinesis:us-east-1:123456789012:stream/test-table/stream/x', "
						+ "not a DynamoDB table stream ARN");
		add(events, "eventSourceARN missing", second((record) -> record.replace("," + arn, "")),
				SECOND + "has no eventSourceARN" + expectedArn);
		add(events, "empty string set", newImage("\"tags\":{\"SS\":[]}"),
				SECOND + "has an SS value at 'NewImage.tags' that is empty: DynamoDB has no empty sets");
		add(events, "empty number set nested in a map", newImage("\"sizes\":{\"M\":{\"eu\":{\"NS\":[]}}}"),
				SECOND + "has an NS value at 'NewImage.sizes.eu' that is empty: DynamoDB has no empty sets");
		add(events, "string set with a member twice", newImage("\"tags\":{\"SS\":[\"name-2\",\"x\",\"name-2\"]}"),
				SECOND + "has an SS value at 'NewImage.tags[2]' that repeats a member: "
						+ "the members of a DynamoDB set are unique");
		events.add(new HostileEvent("number set with a number written two ways",
				newImage("\"sizes\":{\"NS\":[\"10E-1\",\"2\",\"1.000\"]}").getBytes(StandardCharsets.UTF_8),
				SECOND + "has an NS value at 'NewImage.sizes[2]' that repeats a member: "
						+ "the members of a DynamoDB set are unique (numbers compared by value)",
				"1.000"));
		events.add(new HostileEvent("binary set with the same bytes in two spellings",
				newImage("\"blobs\":{\"BS\":[\"AAEqQQ==\",\"AAEqQQ\"]}").getBytes(StandardCharsets.UTF_8),
				SECOND + "has a BS value at 'NewImage.blobs[1]' that repeats a member: "
						+ "the members of a DynamoDB set are unique (binaries compared by bytes)",
				"AAEqQQ"));
		events.add(new HostileEvent("number of 39 significant digits",
				newImage("\"price\":{\"N\":\"-0.00123456789012345678901234567890123456789\"}")
					.getBytes(StandardCharsets.UTF_8),
				SECOND + "has an N value at 'NewImage.price' with more than 38 significant digits: "
						+ "DynamoDB numbers have at most 38",
				"123456789012345678901234567890123456789"));
		events.add(new HostileEvent("number above DynamoDB's range in a list",
				newImage("\"lines\":{\"L\":[{\"N\":\"1\"},{\"N\":\"1E126\"}]}").getBytes(StandardCharsets.UTF_8),
				SECOND + "has an N value at 'NewImage.lines[1]' out of DynamoDB's range: "
						+ "a number is 0 or of a magnitude from 1E-130 to 9.9999999999999999999999999999999999999E+125",
				"1E126"));
		events.add(new HostileEvent("number below DynamoDB's range in a map",
				newImage("\"address\":{\"M\":{\"zip\":{\"N\":\"-0.1E-130\"}}}").getBytes(StandardCharsets.UTF_8),
				SECOND + "has an N value at 'NewImage.address.zip' out of DynamoDB's range", "0.1E-130"));
		events.add(new HostileEvent("number set member out of range",
				newImage("\"sizes\":{\"NS\":[\"1\",\"7E999\"]}").getBytes(StandardCharsets.UTF_8),
				SECOND + "has an NS value at 'NewImage.sizes[1]' out of DynamoDB's range", "7E999"));
		add(events, "unpaired high surrogate escape in a string", newImage("\"nick\":{\"S\":\"name-2\\uD800\"}"),
				SECOND + "has an S value at 'NewImage.nick' that is not well-formed UTF-16 (an unpaired surrogate)");
		add(events, "unpaired low surrogate escape in a string set",
				newImage("\"tags\":{\"SS\":[\"a\",\"\\uDC00name-2\"]}"),
				SECOND + "has an SS value at 'NewImage.tags[1]' that is not well-formed UTF-16 (an unpaired surrogate)");
		add(events, "surrogates in the wrong order in a nested string",
				newImage("\"address\":{\"M\":{\"city\":{\"S\":\"name-2\\uDE00\\uD83D\"}}}"),
				SECOND + "has an S value at 'NewImage.address.city' that is not well-formed UTF-16");
		add(events, "unpaired surrogate in an attribute name", newImage("\"n\\uD800\":{\"S\":\"name-2\"}"),
				"Input is not valid JSON: Broken surrogate pair in property name");
		add(events, "unpaired surrogate in a map key",
				newImage("\"address\":{\"M\":{\"\\uDBFFk\":{\"S\":\"name-2\"}}}"),
				"Input is not valid JSON: Broken surrogate pair in property name");
		add(events, "key attribute of type SS",
				second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}",
						"\"Keys\":{\"id\":{\"SS\":[\"name-2\"]}}")),
				SECOND + "has an SS value at 'Keys.id': key attributes are S, N or B");
		add(events, "key attribute of type M",
				second((record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}",
						"\"Keys\":{\"id\":{\"S\":\"id-2\"},\"sk\":{\"M\":{\"a\":{\"S\":\"name-2\"}}}}")),
				SECOND + "has an M value at 'Keys.sk': key attributes are S, N or B");
		add(events, "key attribute of type BOOL", second(
				(record) -> record.replace("\"Keys\":{\"id\":{\"S\":\"id-2\"}}", "\"Keys\":{\"id\":{\"BOOL\":true}}")),
				SECOND + "has a BOOL value at 'Keys.id': key attributes are S, N or B");
	}

	private static void add(List<HostileEvent> events, String name, String body, String message) {
		events.add(new HostileEvent(name, body.getBytes(StandardCharsets.UTF_8), message));
	}

	private static byte[] bytesWith(String json, String target, byte[] replacement) {
		int index = json.lastIndexOf(target);
		byte[] before = json.substring(0, index).getBytes(StandardCharsets.UTF_8);
		byte[] after = json.substring(index + target.length()).getBytes(StandardCharsets.UTF_8);
		return concat(concat(before, replacement), after);
	}

	private static byte[] utf16(String json, boolean byteOrderMark) {
		byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
		return byteOrderMark ? concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, body) : body;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	/**
	 * A hostile body.
	 *
	 * @param name what is wrong with it
	 * @param body the bytes Lambda would pass to the handler
	 * @param message the part of the error message that must name the problem
	 * @param value item data of the body that no error message may quote
	 */
	public record HostileEvent(String name, byte[] body, String message, String value) {

		/**
		 * Create a hostile body whose item data that no message may quote is
		 * {@code name-2}.
		 * @param name what is wrong with it
		 * @param body the bytes Lambda would pass to the handler
		 * @param message the part of the error message that must name the problem
		 */
		public HostileEvent(String name, byte[] body, String message) {
			this(name, body, message, "name-2");
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
