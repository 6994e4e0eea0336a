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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

import static io.github.ddbstreams.lambda.StreamEventProblems.kind;

/**
 * Reads one Lambda DynamoDB stream event in a single strict pass over its bytes, into
 * {@link DynamoRecord DynamoRecords} whose keys and images are read from the same bytes
 * when a listener first asks for them. Everything is checked in this pass: the JSON
 * itself, that no object has a key twice, the shape of the event, the type of every field
 * it knows, and the DynamoDB type of every attribute value; unknown fields are skipped
 * (Lambda may add some).
 * <p>
 * This reader walks the event and its records, and reads their fields into
 * {@link RecordFields}, which make each record; an {@link AttributeValueChecker} checks
 * the keys and images, and {@link StreamEventProblems} keeps and reports the problems.
 * Problems that leave the JSON readable (a wrong type, a missing field) are reported when
 * the record ends, so that the message can name its sequence number; problems of the JSON
 * itself and duplicate keys are reported where they are. No message carries item data:
 * inside keys and images it names the top-level attribute, or the path of a value that
 * breaks a rule of DynamoDB, at most.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamEventReader {

	private static final int MAX_EXPECTED_CHARACTERS = 64;

	private static final String EXPECTED_EVENT = "expected a DynamoDB stream event {\"Records\":[...]}";

	private static final BigDecimal LARGEST_EPOCH_TIME = new BigDecimal("1000000000000000");

	private static final List<String> EVENT_FIELDS = eventFields();

	private static final PropertyNameMatcher EVENT_MATCHER = BinaryNameMatcher.construct(EVENT_FIELDS);

	private static final int RECORDS = 0;

	private static final List<String> RECORD_FIELDS = List.of("eventID", "eventName", "eventVersion", "eventSource",
			"awsRegion", "eventSourceARN", "userIdentity", "dynamodb");

	private static final PropertyNameMatcher RECORD_MATCHER = BinaryNameMatcher.construct(RECORD_FIELDS);

	private static final int EVENT_ID = 0;

	private static final int EVENT_NAME = 1;

	private static final int EVENT_VERSION = 2;

	private static final int EVENT_SOURCE = 3;

	private static final int AWS_REGION = 4;

	private static final int EVENT_SOURCE_ARN = 5;

	private static final int USER_IDENTITY = 6;

	private static final int DYNAMODB = 7;

	private static final List<String> CHANGE_FIELDS = List.of("ApproximateCreationDateTime", "Keys", "NewImage",
			"OldImage", "SequenceNumber", "SizeBytes", "StreamViewType");

	private static final PropertyNameMatcher CHANGE_MATCHER = BinaryNameMatcher.construct(CHANGE_FIELDS);

	private static final int APPROXIMATE_CREATION_DATE_TIME = 0;

	private static final int KEYS = 1;

	private static final int NEW_IMAGE = 2;

	private static final int OLD_IMAGE = 3;

	private static final int SEQUENCE_NUMBER = 4;

	private static final int SIZE_BYTES = 5;

	private static final int STREAM_VIEW_TYPE = 6;

	private static final List<String> IDENTITY_FIELDS = List.of("type", "principalId");

	private static final PropertyNameMatcher IDENTITY_MATCHER = BinaryNameMatcher.construct(IDENTITY_FIELDS);

	private final byte[] json;

	private final JsonParser parser;

	private final Map<String, char[]> expectedCharacters = new IdentityHashMap<>();

	private final StreamEventProblems problems;

	private final AttributeValueChecker attributes;

	private final RecordFields fields;

	private final WindowFieldsReader windowFields;

	private @Nullable String lastEventSourceArn;

	private @Nullable String lastEventVersion;

	private @Nullable String lastAwsRegion;

	private @Nullable String lastStreamViewType;

	StreamEventReader(JsonFactory factory, byte[] json, TableNamespace namespace, TableSchemaResolver schemas,
			AttributeValueReader attributeReader) {
		this.json = json;
		this.parser = factory.createParser(ObjectReadContext.empty(), json);
		this.problems = new StreamEventProblems(this.parser);
		this.attributes = new AttributeValueChecker(this.parser, this.problems);
		this.fields = new RecordFields(json, namespace, schemas, attributeReader, this.problems);
		this.windowFields = new WindowFieldsReader(this.parser, this.problems);
	}

	private static List<String> eventFields() {
		List<String> fields = new ArrayList<>();
		fields.add("Records");
		fields.addAll(WindowFieldsReader.FIELDS);
		return List.copyOf(fields);
	}

	StreamEventContent read() {
		checkEncoding();
		try {
			return readEvent();
		}
		catch (JacksonException ex) {
			throw this.problems.unreadable(ex);
		}
		finally {
			this.parser.close();
		}
	}

	private void checkEncoding() {
		if (this.json.length >= 2 && (this.json[0] == 0 || this.json[1] == 0 || (this.json[0] & 0xFE) == 0xFE)) {
			throw new InvalidStreamEventException(
					"Lambda event is not UTF-8 (it looks like UTF-16 or UTF-32): " + EXPECTED_EVENT + " in UTF-8");
		}
	}

	private StreamEventContent readEvent() {
		JsonToken token = this.parser.nextToken();
		if (token == null) {
			throw new InvalidStreamEventException("Lambda event is empty: expected a DynamoDB stream event");
		}
		if (token != JsonToken.START_OBJECT) {
			throw new InvalidStreamEventException("Lambda event is not shaped like a DynamoDB stream event: "
					+ "expected a JSON object {\"Records\":[...]}, found " + kind(token)
					+ this.problems.tokenLocation());
		}
		List<DynamoRecord> records = null;
		ObjectKeys names = new ObjectKeys();
		int field;
		while ((field = this.parser.nextNameMatch(EVENT_MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
			checkFirst(names, field, "");
			token = this.parser.nextToken();
			if (field == RECORDS && token == JsonToken.START_ARRAY) {
				records = readRecords();
			}
			else if (field == RECORDS && token != JsonToken.VALUE_NULL) {
				throw new InvalidStreamEventException("Lambda event is not shaped like a DynamoDB stream event: "
						+ "'Records' is " + kind(token) + ", not an array" + this.problems.tokenLocation());
			}
			else if (field > RECORDS) {
				this.windowFields.read(field - RECORDS - 1, token);
			}
			else {
				skip(token);
			}
		}
		checkEnd();
		if (records == null) {
			throw new InvalidStreamEventException("Lambda event has no 'Records' array: " + EXPECTED_EVENT);
		}
		return new StreamEventContent(records, this.windowFields.window());
	}

	private void checkEnd() {
		JsonToken next;
		TokenStreamLocation location;
		try {
			next = this.parser.nextToken();
			location = this.parser.currentTokenLocation();
		}
		catch (JacksonException ex) {
			next = JsonToken.NOT_AVAILABLE;
			location = (ex.getLocation() != null) ? ex.getLocation() : this.parser.currentLocation();
		}
		if (next != null) {
			throw new InvalidStreamEventException("Lambda event has more content after its end"
					+ JsonErrorLocation.of(location) + ": expected exactly one DynamoDB stream event");
		}
	}

	private List<DynamoRecord> readRecords() {
		List<DynamoRecord> records = new ArrayList<>();
		JsonToken token;
		while ((token = this.parser.nextToken()) != JsonToken.END_ARRAY) {
			this.problems.startRecord(records.size());
			if (token == JsonToken.VALUE_NULL) {
				throw this.problems.invalidRecord("is null" + this.problems.tokenLocation());
			}
			if (token != JsonToken.START_OBJECT) {
				throw this.problems
					.invalidRecord("is " + kind(token) + ", not an object" + this.problems.tokenLocation());
			}
			records.add(readRecord());
			this.problems.endRecord();
		}
		return records;
	}

	private DynamoRecord readRecord() {
		RecordFields fields = this.fields;
		fields.clear();
		ObjectKeys names = new ObjectKeys();
		int field;
		while ((field = this.parser.nextNameMatch(RECORD_MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
			checkFirst(names, field, "");
			JsonToken token = this.parser.nextToken();
			switch (field) {
				case EVENT_ID -> fields.eventId = string(token, "eventID", "a string");
				case EVENT_NAME -> readEventName(token, fields);
				case EVENT_VERSION -> fields.eventVersion = reuse(token, this.lastEventVersion, "eventVersion");
				case EVENT_SOURCE -> readEventSource(token, fields);
				case AWS_REGION -> fields.awsRegion = reuse(token, this.lastAwsRegion, "awsRegion");
				case EVENT_SOURCE_ARN ->
					fields.eventSourceArn = reuse(token, this.lastEventSourceArn, "eventSourceARN");
				case USER_IDENTITY -> readUserIdentity(token, fields);
				case DYNAMODB -> readChange(token, fields);
				default -> skip(token);
			}
		}
		DynamoRecord record = fields.toRecord();
		this.lastEventSourceArn = fields.eventSourceArn;
		this.lastEventVersion = fields.eventVersion;
		this.lastAwsRegion = fields.awsRegion;
		this.lastStreamViewType = fields.streamViewType;
		return record;
	}

	private void readEventName(JsonToken token, RecordFields fields) {
		fields.hasEventName = true;
		if (token != JsonToken.VALUE_STRING) {
			wrongType(token, "eventName", RecordFields.EVENT_NAMES);
		}
		else if (textEquals("INSERT")) {
			fields.eventName = DynamoEventName.INSERT;
		}
		else if (textEquals("MODIFY")) {
			fields.eventName = DynamoEventName.MODIFY;
		}
		else if (textEquals("REMOVE")) {
			fields.eventName = DynamoEventName.REMOVE;
		}
		else {
			fields.unknownEventName = this.parser.getString();
		}
	}

	private void readEventSource(JsonToken token, RecordFields fields) {
		fields.hasEventSource = true;
		if (token != JsonToken.VALUE_STRING) {
			wrongType(token, "eventSource", "'" + RecordFields.DYNAMODB_EVENT_SOURCE + "'");
		}
		else {
			fields.eventSource = textEquals(RecordFields.DYNAMODB_EVENT_SOURCE) ? RecordFields.DYNAMODB_EVENT_SOURCE
					: this.parser.getString();
		}
	}

	private void readUserIdentity(JsonToken token, RecordFields fields) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "userIdentity", "an object");
			return;
		}
		ObjectKeys names = new ObjectKeys();
		int field;
		while ((field = this.parser.nextNameMatch(IDENTITY_MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
			checkFirst(names, field, "userIdentity.");
			JsonToken value = this.parser.nextToken();
			switch (field) {
				case 0 -> fields.userIdentityType = string(value, "userIdentity.type", "a string");
				case 1 -> fields.userIdentityPrincipalId = string(value, "userIdentity.principalId", "a string");
				default -> skip(value);
			}
		}
	}

	private void readChange(JsonToken token, RecordFields fields) {
		fields.hasChange = true;
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "dynamodb", "an object");
			return;
		}
		ObjectKeys names = new ObjectKeys();
		int field;
		while ((field = this.parser.nextNameMatch(CHANGE_MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
			checkFirst(names, field, "dynamodb.");
			JsonToken value = this.parser.nextToken();
			switch (field) {
				case APPROXIMATE_CREATION_DATE_TIME -> readCreationTime(value, fields);
				case KEYS -> fields.keys = attributes(value, "Keys");
				case NEW_IMAGE -> fields.newImage = attributes(value, "NewImage");
				case OLD_IMAGE -> fields.oldImage = attributes(value, "OldImage");
				case SEQUENCE_NUMBER -> {
					fields.sequenceNumber = string(value, "dynamodb.SequenceNumber", "a string");
					if (fields.sequenceNumber != null && !fields.sequenceNumber.isBlank()) {
						this.problems.sequenceNumber(fields.sequenceNumber);
					}
				}
				case SIZE_BYTES -> fields.sizeBytes = wholeNumber(value, "dynamodb.SizeBytes");
				case STREAM_VIEW_TYPE ->
					fields.streamViewType = reuse(value, this.lastStreamViewType, "dynamodb.StreamViewType");
				default -> skip(value);
			}
		}
	}

	private @Nullable String string(JsonToken token, String field, String expected) {
		if (token == JsonToken.VALUE_STRING) {
			return this.parser.getString();
		}
		wrongType(token, field, expected);
		return null;
	}

	private @Nullable String reuse(JsonToken token, @Nullable String previous, String field) {
		if (token == JsonToken.VALUE_STRING && previous != null && textEquals(previous)) {
			return previous;
		}
		return string(token, field, "a string");
	}

	private boolean textEquals(String expected) {
		int length = this.parser.getStringLength();
		if (length != expected.length()) {
			return false;
		}
		char[] chars = this.expectedCharacters.get(expected);
		if (chars == null) {
			if (this.expectedCharacters.size() >= MAX_EXPECTED_CHARACTERS) {
				this.expectedCharacters.clear();
			}
			chars = expected.toCharArray();
			this.expectedCharacters.put(expected, chars);
		}
		int offset = this.parser.getStringOffset();
		return Arrays.equals(this.parser.getStringCharacters(), offset, offset + length, chars, 0, length);
	}

	private @Nullable Long wholeNumber(JsonToken token, String field) {
		if (token == JsonToken.VALUE_NUMBER_INT && this.parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
			return this.parser.getLongValue();
		}
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			this.problems.problem("has '" + field + "' that is not a whole number of bytes that fits in 64 bits"
					+ this.problems.tokenLocation());
			return null;
		}
		wrongType(token, field, "a number");
		return null;
	}

	private void readCreationTime(JsonToken token, RecordFields fields) {
		if (token == JsonToken.VALUE_NUMBER_INT && this.parser.getNumberType() == JsonParser.NumberType.INT) {
			fields.approximateCreationTime = Instant.ofEpochSecond(this.parser.getIntValue());
			return;
		}
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			wrongType(token, "dynamodb.ApproximateCreationDateTime", "a number");
			return;
		}
		BigDecimal time = this.parser.getDecimalValue();
		if (time.abs().compareTo(LARGEST_EPOCH_TIME) > 0) {
			this.problems
				.problem("has 'dynamodb.ApproximateCreationDateTime' out of the range of epoch seconds or milliseconds"
						+ this.problems.tokenLocation());
			return;
		}
		fields.approximateCreationDateTime = time;
	}

	private void wrongType(JsonToken token, String field, String expected) {
		this.problems.problem(
				"has " + kind(token) + " as '" + field + "': expected " + expected + this.problems.tokenLocation());
		skip(token);
	}

	private @Nullable AttributeRange attributes(JsonToken token, String part) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "dynamodb." + part, "an object");
			return null;
		}
		return this.attributes.check(part);
	}

	private void checkFirst(ObjectKeys names, int field, String object) {
		String name = this.parser.currentName();
		if (!names.add((field >= 0) ? null : name, field)) {
			String problem = "has the key '" + object + LogText.escape(name) + "' twice"
					+ this.problems.tokenLocation();
			throw this.problems.invalid(problem);
		}
	}

	private void skip(JsonToken token) {
		if (token == JsonToken.START_OBJECT) {
			ObjectKeys names = new ObjectKeys();
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				checkFirst(names, PropertyNameMatcher.MATCH_UNKNOWN_NAME, "");
				skip(this.parser.nextToken());
			}
		}
		else if (token == JsonToken.START_ARRAY) {
			JsonToken element;
			while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
				skip(element);
			}
		}
	}

}
