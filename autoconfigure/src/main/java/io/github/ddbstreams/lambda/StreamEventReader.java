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
import java.util.Base64;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one Lambda DynamoDB stream event in a single strict pass over its bytes, into
 * {@link DynamoRecord DynamoRecords} whose keys and images are read from the same bytes
 * when a listener first asks for them. Everything is checked in this pass: the JSON
 * itself, that no object has a key twice, the shape of the event, the type of every field
 * it knows, and the DynamoDB type of every attribute value; unknown fields are skipped
 * (Lambda may add some).
 * <p>
 * Problems that leave the JSON readable (a wrong type, a missing field) are reported when
 * the record ends, so that the message can name its sequence number; problems of the JSON
 * itself and duplicate keys are reported where they are. No message carries item data:
 * inside keys and images it names the top-level attribute at most.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamEventReader {

	private static final String DYNAMODB_EVENT_SOURCE = "aws:dynamodb";

	private static final int MAX_EXPECTED_CHARACTERS = 64;

	private static final String EVENT_NAMES = "one of INSERT, MODIFY, REMOVE";

	private static final String TYPES = "(S, N, B, SS, NS, BS, M, L, NULL, BOOL)";

	private static final String EXPECTED_EVENT = "expected a DynamoDB stream event {\"Records\":[...]}";

	private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

	private static final BigDecimal LARGEST_EPOCH_TIME = new BigDecimal("1000000000000000");

	private static final List<String> EVENT_FIELDS = List.of("Records");

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

	private final byte[] json;

	private final JsonParser parser;

	private final Map<String, char[]> expectedCharacters = new IdentityHashMap<>();

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	private final AttributeValueReader attributeReader;

	private final RecordFields fields = new RecordFields();

	private int recordIndex = -1;

	private @Nullable String sequenceNumber;

	private @Nullable String problem;

	private @Nullable String part;

	private @Nullable String lastEventSourceArn;

	private @Nullable String tableNameArn;

	private @Nullable String tableName;

	private @Nullable String lastEventVersion;

	private @Nullable String lastAwsRegion;

	private @Nullable String lastStreamViewType;

	StreamEventReader(JsonFactory factory, byte[] json, TableNamespace namespace, TableSchemaResolver schemas,
			AttributeValueReader attributeReader) {
		this.json = json;
		this.parser = factory.createParser(ObjectReadContext.empty(), json);
		this.namespace = namespace;
		this.schemas = schemas;
		this.attributeReader = attributeReader;
	}

	List<DynamoRecord> read() {
		checkEncoding();
		try {
			return readEvent();
		}
		catch (JacksonException ex) {
			throw unreadable(ex);
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

	private List<DynamoRecord> readEvent() {
		JsonToken token = this.parser.nextToken();
		if (token == null) {
			throw new InvalidStreamEventException("Lambda event is empty: expected a DynamoDB stream event");
		}
		if (token != JsonToken.START_OBJECT) {
			throw new InvalidStreamEventException("Lambda event is not shaped like a DynamoDB stream event: "
					+ "expected a JSON object {\"Records\":[...]}, found " + kind(token) + tokenLocation());
		}
		List<DynamoRecord> records = null;
		Names names = new Names();
		int field;
		while ((field = this.parser.nextNameMatch(EVENT_MATCHER)) != PropertyNameMatcher.MATCH_END_OBJECT) {
			checkFirst(names, field, "");
			token = this.parser.nextToken();
			if (field == RECORDS && token == JsonToken.START_ARRAY) {
				records = readRecords();
			}
			else if (field == RECORDS && token != JsonToken.VALUE_NULL) {
				throw new InvalidStreamEventException("Lambda event is not shaped like a DynamoDB stream event: "
						+ "'Records' is " + kind(token) + ", not an array" + tokenLocation());
			}
			else {
				skip(token);
			}
		}
		checkEnd();
		if (records == null) {
			throw new InvalidStreamEventException("Lambda event has no 'Records' array: " + EXPECTED_EVENT);
		}
		return records;
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
			this.recordIndex = records.size();
			this.sequenceNumber = null;
			this.problem = null;
			if (token == JsonToken.VALUE_NULL) {
				throw invalidRecord("is null" + tokenLocation());
			}
			if (token != JsonToken.START_OBJECT) {
				throw invalidRecord("is " + kind(token) + ", not an object" + tokenLocation());
			}
			records.add(readRecord());
			this.recordIndex = -1;
			this.sequenceNumber = null;
		}
		return records;
	}

	private DynamoRecord readRecord() {
		RecordFields fields = this.fields;
		fields.clear();
		Names names = new Names();
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
		return toRecord(fields);
	}

	private void readEventName(JsonToken token, RecordFields fields) {
		fields.hasEventName = true;
		if (token != JsonToken.VALUE_STRING) {
			wrongType(token, "eventName", EVENT_NAMES);
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
			wrongType(token, "eventSource", "'" + DYNAMODB_EVENT_SOURCE + "'");
		}
		else {
			fields.eventSource = textEquals(DYNAMODB_EVENT_SOURCE) ? DYNAMODB_EVENT_SOURCE : this.parser.getString();
		}
	}

	private void readUserIdentity(JsonToken token, RecordFields fields) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "userIdentity", "an object");
			return;
		}
		Names names = new Names();
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
		Names names = new Names();
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
						this.sequenceNumber = fields.sequenceNumber;
					}
				}
				case SIZE_BYTES -> fields.sizeBytes = wholeNumber(value, "dynamodb.SizeBytes");
				case STREAM_VIEW_TYPE ->
					fields.streamViewType = reuse(value, this.lastStreamViewType, "dynamodb.StreamViewType");
				default -> skip(value);
			}
		}
	}

	private DynamoRecord toRecord(RecordFields fields) {
		if (!fields.hasEventSource) {
			throw invalidRecord("has no eventSource: expected '" + DYNAMODB_EVENT_SOURCE + "'");
		}
		if (fields.eventSource != null && !DYNAMODB_EVENT_SOURCE.equals(fields.eventSource)) {
			throw invalidRecord("has eventSource '" + LogText.escape(fields.eventSource) + "', not '"
					+ DYNAMODB_EVENT_SOURCE + "': is this function subscribed to the right event source?");
		}
		if (this.problem != null) {
			throw invalidRecord(this.problem);
		}
		if (!fields.hasChange) {
			throw invalidRecord("has no 'dynamodb' object");
		}
		String sequenceNumber = fields.sequenceNumber;
		if (sequenceNumber == null || sequenceNumber.isBlank()) {
			throw invalidRecord("has no 'dynamodb.SequenceNumber'");
		}
		if (!fields.hasEventName) {
			throw invalidRecord("has no eventName: expected " + EVENT_NAMES);
		}
		DynamoEventName eventName = fields.eventName;
		if (eventName == null) {
			throw invalidRecord("has eventName '" + LogText.escape(fields.unknownEventName) + "', not " + EVENT_NAMES);
		}
		AttributeRange keys = fields.keys;
		if (keys == null || keys.isEmpty()) {
			throw invalidRecord("has no 'dynamodb.Keys'");
		}
		this.lastEventSourceArn = fields.eventSourceArn;
		this.lastEventVersion = fields.eventVersion;
		this.lastAwsRegion = fields.awsRegion;
		this.lastStreamViewType = fields.streamViewType;
		DynamoRecord.Builder record = DynamoRecord.builder()
			.eventId(fields.eventId)
			.eventName(eventName)
			.eventVersion(fields.eventVersion)
			.eventSource(fields.eventSource)
			.awsRegion(fields.awsRegion)
			.eventSourceArn(fields.eventSourceArn)
			.tableName(tableNameOf(fields.eventSourceArn))
			.sequenceNumber(sequenceNumber)
			.approximateCreationTime(fields.approximateCreationTime)
			.streamViewType(fields.streamViewType)
			.sizeBytes(fields.sizeBytes)
			.userIdentity(fields.userIdentityType, fields.userIdentityPrincipalId)
			.tableSchemas(this.schemas)
			.keys(attributesOf(keys))
			.newImage((fields.newImage != null) ? attributesOf(fields.newImage) : null)
			.oldImage((fields.oldImage != null) ? attributesOf(fields.oldImage) : null);
		if (fields.approximateCreationDateTime != null) {
			record.approximateCreationDateTime(fields.approximateCreationDateTime);
		}
		return record.build();
	}

	private Supplier<Map<String, AttributeValue>> attributesOf(AttributeRange range) {
		byte[] json = this.json;
		AttributeValueReader reader = this.attributeReader;
		return () -> reader.read(json, range.start(), range.end());
	}

	private @Nullable String tableNameOf(@Nullable String eventSourceArn) {
		if (eventSourceArn == null) {
			return null;
		}
		if (!eventSourceArn.equals(this.tableNameArn)) {
			String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
			this.tableName = (physicalName != null) ? this.namespace.logicalName(physicalName) : null;
			this.tableNameArn = eventSourceArn;
		}
		return this.tableName;
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
			problem("has '" + field + "' that is not a whole number of bytes that fits in 64 bits" + tokenLocation());
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
			problem("has 'dynamodb.ApproximateCreationDateTime' out of the range of epoch seconds or milliseconds"
					+ tokenLocation());
			return;
		}
		fields.approximateCreationDateTime = time;
	}

	private void wrongType(JsonToken token, String field, String expected) {
		problem("has " + kind(token) + " as '" + field + "': expected " + expected + tokenLocation());
		skip(token);
	}

	private @Nullable AttributeRange attributes(JsonToken token, String part) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "dynamodb." + part, "an object");
			return null;
		}
		int start = (int) this.parser.currentTokenLocation().getByteOffset();
		int count = 0;
		this.part = part;
		Names names = new Names();
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			if (!names.add(name)) {
				throw invalidRecord("has attribute '" + LogText.escape(name) + "' twice in 'dynamodb." + part + "'"
						+ tokenLocation());
			}
			checkValue(this.parser.nextToken(), name, part, false);
			count++;
		}
		this.part = null;
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
			Names names = new Names();
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
			case S -> expectString(token, "S", name, part, nested);
			case N -> {
				if (expectString(token, "N", name, part, nested) && !isNumber()) {
					attributeProblem(name, part, nested, "an N value that is not a number");
				}
			}
			case B -> {
				if (expectString(token, "B", name, part, nested) && !isBase64()) {
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
				Names names = new Names();
				while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
					if (!names.add(this.parser.currentName())) {
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
		JsonToken element;
		while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
			if (element != JsonToken.VALUE_STRING) {
				attributeProblem(name, part, nested,
						"an " + type + " value with " + kind(element) + " where a string belongs");
				skipInAttribute(element, name, part);
			}
			else if (type.equals("NS") && !isNumber()) {
				attributeProblem(name, part, nested, "an NS value with a string that is not a number");
			}
			else if (type.equals("BS") && !isBase64()) {
				attributeProblem(name, part, nested, "a BS value with a string that is not valid base64");
			}
		}
	}

	private void typedValueProblem(JsonToken token, String type, String expected, String name, String part,
			boolean nested) {
		attributeProblem(name, part, nested,
				article(type) + " " + type + " value that is " + kind(token) + ", not " + expected);
		skipInAttribute(token, name, part);
	}

	private void attributeProblem(String name, String part, boolean nested, String value) {
		problem("has attribute '" + LogText.escape(name) + "' in 'dynamodb." + part + "' with " + value
				+ (nested ? " nested inside it" : "") + tokenLocation());
	}

	private InvalidStreamEventException duplicateInAttribute(String name, String part) {
		return invalidRecord("has attribute '" + LogText.escape(name) + "' in 'dynamodb." + part
				+ "' with a key twice in its value" + tokenLocation());
	}

	private void checkFirst(Names names, int field, String object) {
		String name = this.parser.currentName();
		if (!names.add((field >= 0) ? null : name, field)) {
			String problem = "has the key '" + object + LogText.escape(name) + "' twice" + tokenLocation();
			throw (this.recordIndex >= 0) ? invalidRecord(problem)
					: new InvalidStreamEventException("Lambda event " + problem);
		}
	}

	private void skip(JsonToken token) {
		if (token == JsonToken.START_OBJECT) {
			Names names = new Names();
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

	private void skipInAttribute(JsonToken token, String name, String part) {
		if (token == JsonToken.START_OBJECT) {
			Names names = new Names();
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

	private boolean isNumber() {
		char[] text = this.parser.getStringCharacters();
		int offset = this.parser.getStringOffset();
		int end = offset + this.parser.getStringLength();
		int i = offset;
		if (i < end && (text[i] == '-' || text[i] == '+')) {
			i++;
		}
		int digits = 0;
		while (i < end && text[i] >= '0' && text[i] <= '9') {
			i++;
			digits++;
		}
		if (i < end && text[i] == '.') {
			i++;
			while (i < end && text[i] >= '0' && text[i] <= '9') {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < end && (text[i] == 'e' || text[i] == 'E')) {
			i++;
			if (i < end && (text[i] == '-' || text[i] == '+')) {
				i++;
			}
			int exponentDigits = 0;
			while (i < end && text[i] >= '0' && text[i] <= '9') {
				i++;
				exponentDigits++;
			}
			if (exponentDigits == 0) {
				return false;
			}
		}
		return i == end;
	}

	private boolean isBase64() {
		try {
			Base64.getDecoder().decode(this.parser.getString());
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void problem(String problem) {
		if (this.problem == null) {
			this.problem = problem;
		}
	}

	private InvalidStreamEventException invalidRecord(String problem) {
		return new InvalidStreamEventException(recordName("Record") + " of the DynamoDB stream event " + problem);
	}

	private String recordName(String word) {
		return (this.sequenceNumber != null)
				? word + " " + this.recordIndex + " (SequenceNumber " + LogText.escape(this.sequenceNumber) + ")"
				: word + " " + this.recordIndex;
	}

	private InvalidStreamEventException unreadable(JacksonException ex) {
		TokenStreamLocation location = (ex.getLocation() != null) ? ex.getLocation() : currentLocation();
		String original = START_MARKER.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll("");
		String where = JsonErrorLocation.of(location);
		if (ex instanceof StreamConstraintsException) {
			String problem = original.contains("nesting depth")
					? "nests JSON deeper than " + StreamEventDecoder.MAX_NESTING_DEPTH + " levels" + where
					: "exceeds a limit of the JSON reader" + where + ": " + original;
			return (this.recordIndex >= 0) ? invalidRecord(problem)
					: new InvalidStreamEventException("Lambda event " + problem);
		}
		String place = "";
		if (this.recordIndex >= 0) {
			place = " in " + ((this.part != null) ? "'dynamodb." + this.part + "' of " : "") + recordName("record")
					+ " of the DynamoDB stream event";
		}
		return new InvalidStreamEventException("Input is not valid JSON: "
				+ ((this.part != null) ? withoutInput(original) : original) + where + place);
	}

	private static String withoutInput(String original) {
		int end = original.length();
		for (char delimiter : new char[] { '\'', '"', '(', ':' }) {
			int index = original.indexOf(delimiter);
			if (index >= 0 && index < end) {
				end = index;
			}
		}
		return original.substring(0, end).trim();
	}

	private String tokenLocation() {
		return JsonErrorLocation.of(this.parser.currentTokenLocation());
	}

	private TokenStreamLocation currentLocation() {
		try {
			return this.parser.currentLocation();
		}
		catch (RuntimeException ex) {
			return TokenStreamLocation.NA;
		}
	}

	private static String kind(@Nullable JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> "a " + token.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String article(String type) {
		return switch (type) {
			case "S", "SS", "N", "NS", "M", "L" -> "an";
			default -> "a";
		};
	}

	/**
	 * Where the keys or an image of a record are in the event's bytes.
	 *
	 * @param start the offset of the object's opening brace
	 * @param end the offset after its closing brace
	 * @param size the number of attributes
	 */
	private record AttributeRange(int start, int end, int size) {

		boolean isEmpty() {
			return this.size == 0;
		}

	}

	/**
	 * The keys of one JSON object read so far, to tell a key that comes twice: known
	 * fields by their index, other keys by name (the parser hands out one instance per
	 * name, so most comparisons are by identity).
	 */
	private static final class Names {

		private int known;

		private @Nullable String[] names = new String[4];

		private int size;

		private @Nullable Set<String> many;

		boolean add(String name) {
			return add(name, PropertyNameMatcher.MATCH_UNKNOWN_NAME);
		}

		boolean add(@Nullable String name, int field) {
			if (field >= 0) {
				int bit = 1 << field;
				boolean first = (this.known & bit) == 0;
				this.known |= bit;
				return first;
			}
			if (name == null) {
				return true;
			}
			Set<String> many = this.many;
			if (many != null) {
				return many.add(name);
			}
			for (int i = 0; i < this.size; i++) {
				String seen = this.names[i];
				if (seen == name || name.equals(seen)) {
					return false;
				}
			}
			if (this.size == 16) {
				many = new HashSet<>();
				for (String seen : this.names) {
					many.add(seen);
				}
				this.many = many;
				return many.add(name);
			}
			if (this.size == this.names.length) {
				this.names = Arrays.copyOf(this.names, this.size * 2);
			}
			this.names[this.size++] = name;
			return true;
		}

	}

	/**
	 * The fields of the record being read.
	 */
	private static final class RecordFields {

		private @Nullable String eventId;

		private boolean hasEventName;

		private @Nullable DynamoEventName eventName;

		private @Nullable String unknownEventName;

		private @Nullable String eventVersion;

		private boolean hasEventSource;

		private @Nullable String eventSource;

		private @Nullable String awsRegion;

		private @Nullable String eventSourceArn;

		private @Nullable String userIdentityType;

		private @Nullable String userIdentityPrincipalId;

		private boolean hasChange;

		private @Nullable Instant approximateCreationTime;

		private @Nullable BigDecimal approximateCreationDateTime;

		private @Nullable AttributeRange keys;

		private @Nullable AttributeRange newImage;

		private @Nullable AttributeRange oldImage;

		private @Nullable String sequenceNumber;

		private @Nullable Long sizeBytes;

		private @Nullable String streamViewType;

		void clear() {
			this.eventId = null;
			this.hasEventName = false;
			this.eventName = null;
			this.unknownEventName = null;
			this.eventVersion = null;
			this.hasEventSource = false;
			this.eventSource = null;
			this.awsRegion = null;
			this.eventSourceArn = null;
			this.userIdentityType = null;
			this.userIdentityPrincipalId = null;
			this.hasChange = false;
			this.approximateCreationTime = null;
			this.approximateCreationDateTime = null;
			this.keys = null;
			this.newImage = null;
			this.oldImage = null;
			this.sequenceNumber = null;
			this.sizeBytes = null;
			this.streamViewType = null;
		}

	}

}
