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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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

/**
 * Reads one Lambda DynamoDB stream event in a single strict pass over its bytes, into
 * {@link DynamoRecord DynamoRecords} whose keys and images are read from the same bytes
 * when a listener first asks for them. Everything is checked in this pass: the JSON
 * itself, the shape of the event, the type of every field it knows, and the DynamoDB type
 * of every attribute value; unknown fields are skipped (Lambda may add some), and keys
 * are unique in every object.
 * <p>
 * Problems that leave the JSON readable (a wrong type, a missing field) are reported when
 * the record ends, so that the message can name its sequence number; problems of the JSON
 * itself are reported where they are. No message carries item data: inside keys and
 * images it names the top-level attribute at most.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamEventReader {

	private static final String DYNAMODB_EVENT_SOURCE = "aws:dynamodb";

	private static final String EVENT_NAMES = "one of INSERT, MODIFY, REMOVE";

	private static final String TYPES = "(S, N, B, SS, NS, BS, M, L, NULL, BOOL)";

	private static final String EXPECTED_EVENT = "expected a DynamoDB stream event {\"Records\":[...]}";

	private static final BigDecimal LARGEST_EPOCH_TIME = new BigDecimal("1000000000000000");

	private final byte[] json;

	private final JsonParser parser;

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	private final AttributeValueReader attributeReader;

	private int recordIndex = -1;

	private @Nullable String sequenceNumber;

	private @Nullable String problem;

	private @Nullable String part;

	private @Nullable String attributeName;

	private boolean inAttributeValue;

	private @Nullable String lastEventSourceArn;

	private @Nullable String lastTableName;

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
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			token = this.parser.nextToken();
			if ("Records".equals(name) && token == JsonToken.START_ARRAY) {
				records = readRecords();
			}
			else if ("Records".equals(name) && token != JsonToken.VALUE_NULL) {
				throw new InvalidStreamEventException("Lambda event is not shaped like a DynamoDB stream event: "
						+ "'Records' is " + kind(token) + ", not an array" + tokenLocation());
			}
			else {
				this.parser.skipChildren();
			}
		}
		checkEnd();
		if (records == null) {
			throw new InvalidStreamEventException("Lambda event has no 'Records' array: " + EXPECTED_EVENT);
		}
		return records;
	}

	private void checkEncoding() {
		if (this.json.length >= 2 && (this.json[0] == 0 || this.json[1] == 0 || (this.json[0] & 0xFE) == 0xFE)) {
			throw new InvalidStreamEventException(
					"Lambda event is not UTF-8 (it looks like UTF-16 or UTF-32): " + EXPECTED_EVENT + " in UTF-8");
		}
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
		}
		this.recordIndex = -1;
		this.sequenceNumber = null;
		return records;
	}

	private DynamoRecord readRecord() {
		RecordFields fields = new RecordFields();
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken token = this.parser.nextToken();
			switch (name) {
				case "eventID" -> fields.eventId = string(token, "eventID", "a string");
				case "eventName" -> {
					fields.hasEventName = true;
					fields.eventName = string(token, "eventName", EVENT_NAMES);
				}
				case "eventVersion" -> fields.eventVersion = string(token, "eventVersion", "a string");
				case "eventSource" -> {
					fields.hasEventSource = true;
					fields.eventSource = string(token, "eventSource", "'" + DYNAMODB_EVENT_SOURCE + "'");
				}
				case "awsRegion" -> fields.awsRegion = string(token, "awsRegion", "a string");
				case "eventSourceARN" -> fields.eventSourceArn = string(token, "eventSourceARN", "a string");
				case "userIdentity" -> readUserIdentity(token, fields);
				case "dynamodb" -> readChange(token, fields);
				default -> this.parser.skipChildren();
			}
		}
		return toRecord(fields);
	}

	private void readUserIdentity(JsonToken token, RecordFields fields) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "userIdentity", "an object");
			return;
		}
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			switch (name) {
				case "type" -> fields.userIdentityType = string(value, "userIdentity.type", "a string");
				case "principalId" ->
					fields.userIdentityPrincipalId = string(value, "userIdentity.principalId", "a string");
				default -> this.parser.skipChildren();
			}
		}
	}

	private void readChange(JsonToken token, RecordFields fields) {
		if (token != JsonToken.START_OBJECT) {
			fields.hasChange = true;
			wrongType(token, "dynamodb", "an object");
			return;
		}
		fields.hasChange = true;
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			switch (name) {
				case "ApproximateCreationDateTime" -> fields.approximateCreationDateTime = epochTime(value);
				case "Keys" -> fields.keys = attributes(value, "Keys");
				case "NewImage" -> fields.newImage = attributes(value, "NewImage");
				case "OldImage" -> fields.oldImage = attributes(value, "OldImage");
				case "SequenceNumber" -> {
					fields.sequenceNumber = string(value, "dynamodb.SequenceNumber", "a string");
					if (fields.sequenceNumber != null && !fields.sequenceNumber.isBlank()) {
						this.sequenceNumber = fields.sequenceNumber;
					}
				}
				case "SizeBytes" -> fields.sizeBytes = wholeNumber(value, "dynamodb.SizeBytes");
				case "StreamViewType" -> fields.streamViewType = string(value, "dynamodb.StreamViewType", "a string");
				default -> this.parser.skipChildren();
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
		DynamoEventName eventName = eventName(fields);
		AttributeRange keys = fields.keys;
		if (keys == null || keys.isEmpty()) {
			throw invalidRecord("has no 'dynamodb.Keys'");
		}
		return DynamoRecord.builder()
			.eventId(fields.eventId)
			.eventName(eventName)
			.eventVersion(fields.eventVersion)
			.eventSource(fields.eventSource)
			.awsRegion(fields.awsRegion)
			.eventSourceArn(fields.eventSourceArn)
			.tableName(tableNameOf(fields.eventSourceArn))
			.sequenceNumber(sequenceNumber)
			.approximateCreationDateTime(fields.approximateCreationDateTime)
			.streamViewType(fields.streamViewType)
			.sizeBytes(fields.sizeBytes)
			.userIdentity(fields.userIdentityType, fields.userIdentityPrincipalId)
			.tableSchemas(this.schemas)
			.keys(attributesOf(keys))
			.newImage((fields.newImage != null) ? attributesOf(fields.newImage) : null)
			.oldImage((fields.oldImage != null) ? attributesOf(fields.oldImage) : null)
			.build();
	}

	private DynamoEventName eventName(RecordFields fields) {
		String eventName = fields.eventName;
		if (!fields.hasEventName) {
			throw invalidRecord("has no eventName: expected " + EVENT_NAMES);
		}
		if (eventName != null) {
			switch (eventName) {
				case "INSERT":
					return DynamoEventName.INSERT;
				case "MODIFY":
					return DynamoEventName.MODIFY;
				case "REMOVE":
					return DynamoEventName.REMOVE;
				default:
			}
		}
		throw invalidRecord("has eventName '" + LogText.escape(eventName) + "', not " + EVENT_NAMES);
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
		if (!eventSourceArn.equals(this.lastEventSourceArn)) {
			String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
			this.lastTableName = (physicalName != null) ? this.namespace.logicalName(physicalName) : null;
			this.lastEventSourceArn = eventSourceArn;
		}
		return this.lastTableName;
	}

	private @Nullable String string(JsonToken token, String field, String expected) {
		if (token == JsonToken.VALUE_STRING) {
			return this.parser.getString();
		}
		wrongType(token, field, expected);
		return null;
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

	private @Nullable BigDecimal epochTime(JsonToken token) {
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			wrongType(token, "dynamodb.ApproximateCreationDateTime", "a number");
			return null;
		}
		BigDecimal time = this.parser.getDecimalValue();
		if (time.abs().compareTo(LARGEST_EPOCH_TIME) > 0) {
			problem("has 'dynamodb.ApproximateCreationDateTime' out of the range of epoch seconds or milliseconds"
					+ tokenLocation());
			return null;
		}
		return time;
	}

	private void wrongType(JsonToken token, String field, String expected) {
		problem("has " + kind(token) + " as '" + field + "': expected " + expected + tokenLocation());
		this.parser.skipChildren();
	}

	private @Nullable AttributeRange attributes(JsonToken token, String part) {
		if (token != JsonToken.START_OBJECT) {
			wrongType(token, "dynamodb." + part, "an object");
			return null;
		}
		int start = (int) this.parser.currentTokenLocation().getByteOffset();
		int count = 0;
		this.part = part;
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			this.attributeName = name;
			this.inAttributeValue = true;
			checkValue(this.parser.nextToken(), name, part, false);
			this.inAttributeValue = false;
			count++;
		}
		this.part = null;
		this.attributeName = null;
		int end = (int) this.parser.currentLocation().getByteOffset();
		return new AttributeRange(start, end, count);
	}

	private void checkValue(JsonToken token, String name, String part, boolean nested) {
		if (token != JsonToken.START_OBJECT) {
			attributeProblem(name, part, nested,
					"a value that is " + kind(token) + ", not an object of one DynamoDB type");
			this.parser.skipChildren();
			return;
		}
		if (this.parser.nextToken() != JsonToken.PROPERTY_NAME) {
			attributeProblem(name, part, nested, "no value of a known DynamoDB type " + TYPES);
			return;
		}
		String type = this.parser.currentName();
		checkTypedValue(type, this.parser.nextToken(), name, part, nested);
		if (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String other = this.parser.currentName();
			attributeProblem(name, part, nested,
					(isType(type) && isType(other))
							? "a value of more than one DynamoDB type (" + type + " and " + other + ")"
							: "a value with a key besides its DynamoDB type");
			do {
				this.parser.nextToken();
				this.parser.skipChildren();
			}
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME);
		}
	}

	private void checkTypedValue(String type, JsonToken token, String name, String part, boolean nested) {
		switch (type) {
			case "S" -> expectString(token, type, name, part, nested);
			case "N" -> {
				if (expectString(token, type, name, part, nested) && !isNumber()) {
					attributeProblem(name, part, nested, "an N value that is not a number");
				}
			}
			case "B" -> {
				if (expectString(token, type, name, part, nested) && !isBase64()) {
					attributeProblem(name, part, nested, "a B value that is not valid base64");
				}
			}
			case "SS", "NS", "BS" -> checkSet(token, type, name, part, nested);
			case "M" -> {
				if (token != JsonToken.START_OBJECT) {
					typedValueProblem(token, type, "an object", name, part, nested);
					return;
				}
				while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
					checkValue(this.parser.nextToken(), name, part, true);
				}
			}
			case "L" -> {
				if (token != JsonToken.START_ARRAY) {
					typedValueProblem(token, type, "an array", name, part, nested);
					return;
				}
				JsonToken element;
				while ((element = this.parser.nextToken()) != JsonToken.END_ARRAY) {
					checkValue(element, name, part, true);
				}
			}
			case "NULL" -> {
				if (token != JsonToken.VALUE_TRUE) {
					typedValueProblem(token, type, "true", name, part, nested);
				}
			}
			case "BOOL" -> {
				if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
					typedValueProblem(token, type, "true or false", name, part, nested);
				}
			}
			default -> {
				attributeProblem(name, part, nested, "no value of a known DynamoDB type " + TYPES);
				this.parser.skipChildren();
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
				this.parser.skipChildren();
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
		this.parser.skipChildren();
	}

	private void attributeProblem(String name, String part, boolean nested, String value) {
		problem("has attribute '" + LogText.escape(name) + "' in 'dynamodb." + part + "' with " + value
				+ (nested ? " nested inside it" : "") + tokenLocation());
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
		String original = String.valueOf(ex.getOriginalMessage());
		String where = JsonErrorLocation.of(location);
		if (!(ex instanceof StreamConstraintsException) && !original.startsWith("Duplicate Object property")) {
			String place = "";
			if (this.recordIndex >= 0) {
				place = " in " + ((this.part != null) ? "'dynamodb." + this.part + "' of " : "") + recordName("record")
						+ " of the DynamoDB stream event";
			}
			return new InvalidStreamEventException("Input is not valid JSON: "
					+ ((this.part != null) ? withoutInput(original) : original) + where + place);
		}
		String problem;
		if (ex instanceof StreamConstraintsException) {
			problem = original.contains("nesting depth")
					? "nests JSON deeper than " + StreamEventDecoder.MAX_NESTING_DEPTH + " levels" + where
					: "exceeds a limit of the JSON reader" + where + ": " + original;
		}
		else {
			problem = duplicateKey(original) + where;
		}
		return (this.recordIndex >= 0) ? invalidRecord(problem)
				: new InvalidStreamEventException("Lambda event " + problem);
	}

	private String duplicateKey(String original) {
		if (this.part != null && this.inAttributeValue) {
			return "has attribute '" + LogText.escape(this.attributeName) + "' in 'dynamodb." + this.part
					+ "' with a key twice in its value";
		}
		int open = original.indexOf('"');
		int close = original.lastIndexOf('"');
		String key = (open >= 0 && close > open) ? original.substring(open + 1, close) : "?";
		if (this.part != null) {
			return "has attribute '" + LogText.escape(key) + "' twice in 'dynamodb." + this.part + "'";
		}
		return "has the key '" + LogText.escape(key) + "' twice";
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

	private static boolean isType(String key) {
		return switch (key) {
			case "S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL" -> true;
			default -> false;
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
	 * The fields of the record being read.
	 */
	private static final class RecordFields {

		private @Nullable String eventId;

		private boolean hasEventName;

		private @Nullable String eventName;

		private @Nullable String eventVersion;

		private boolean hasEventSource;

		private @Nullable String eventSource;

		private @Nullable String awsRegion;

		private @Nullable String eventSourceArn;

		private @Nullable String userIdentityType;

		private @Nullable String userIdentityPrincipalId;

		private boolean hasChange;

		private @Nullable BigDecimal approximateCreationDateTime;

		private @Nullable AttributeRange keys;

		private @Nullable AttributeRange newImage;

		private @Nullable AttributeRange oldImage;

		private @Nullable String sequenceNumber;

		private @Nullable Long sizeBytes;

		private @Nullable String streamViewType;

	}

}
