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

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.listener.DynamoEventName;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the JSON of a synthetic DynamoDB stream event, shaped exactly as Lambda delivers
 * one, from records described by their stream, event name, keys and images.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class SyntheticEventWriter {

	/**
	 * The event id of every synthetic record, by which a listener called during priming
	 * can tell it from a real one.
	 */
	static final String EVENT_ID = "dynamodb-streams-priming";

	private static final JsonFactory factory = JsonFactory.builder().build();

	private SyntheticEventWriter() {
	}

	/**
	 * Write an event.
	 * @param records the records, in batch order
	 * @return the event JSON in UTF-8
	 */
	static byte[] write(List<SyntheticRecord> records) {
		ByteArrayOutputStream json = new ByteArrayOutputStream(1024);
		try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), json)) {
			generator.writeStartObject();
			generator.writeName("Records");
			generator.writeStartArray();
			for (int i = 0; i < records.size(); i++) {
				writeRecord(generator, records.get(i), i);
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
		return json.toByteArray();
	}

	private static void writeRecord(JsonGenerator generator, SyntheticRecord record, int index) {
		generator.writeStartObject();
		generator.writeStringProperty("eventID", EVENT_ID);
		generator.writeStringProperty("eventName", record.eventName().name());
		generator.writeStringProperty("eventVersion", "1.1");
		generator.writeStringProperty("eventSource", "aws:dynamodb");
		generator.writeStringProperty("awsRegion", "us-east-1");
		generator.writeName("dynamodb");
		generator.writeStartObject();
		generator.writeNumberProperty("ApproximateCreationDateTime", 1_700_000_000L);
		writeImage(generator, "Keys", record.keys());
		if (record.eventName() != DynamoEventName.REMOVE) {
			writeImage(generator, "NewImage", record.image());
		}
		if (record.eventName() != DynamoEventName.INSERT) {
			writeImage(generator, "OldImage", record.image());
		}
		generator.writeStringProperty("SequenceNumber", Long.toString(100_000_000_000_000_000L + index));
		generator.writeNumberProperty("SizeBytes", 100);
		generator.writeStringProperty("StreamViewType", "NEW_AND_OLD_IMAGES");
		generator.writeEndObject();
		generator.writeStringProperty("eventSourceARN", record.eventSourceArn());
		generator.writeEndObject();
	}

	private static void writeImage(JsonGenerator generator, String name, Map<String, AttributeValue> image) {
		generator.writeName(name);
		writeMap(generator, image);
	}

	private static void writeMap(JsonGenerator generator, Map<String, AttributeValue> attributes) {
		generator.writeStartObject();
		for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
			generator.writeName(attribute.getKey());
			writeValue(generator, attribute.getValue());
		}
		generator.writeEndObject();
	}

	private static void writeValue(JsonGenerator generator, AttributeValue value) {
		generator.writeStartObject();
		switch (value.type()) {
			case S -> generator.writeStringProperty("S", value.s());
			case N -> generator.writeStringProperty("N", value.n());
			case B -> generator.writeStringProperty("B", base64(value.b()));
			case BOOL -> generator.writeBooleanProperty("BOOL", value.bool());
			case NUL -> generator.writeBooleanProperty("NULL", true);
			case SS -> writeStrings(generator, "SS", value.ss());
			case NS -> writeStrings(generator, "NS", value.ns());
			case BS -> writeStrings(generator, "BS", value.bs().stream().map(SyntheticEventWriter::base64).toList());
			case M -> {
				generator.writeName("M");
				writeMap(generator, value.m());
			}
			case L -> {
				generator.writeName("L");
				generator.writeStartArray();
				value.l().forEach((item) -> writeValue(generator, item));
				generator.writeEndArray();
			}
			default -> throw new IllegalArgumentException("Unknown attribute value type " + value.type());
		}
		generator.writeEndObject();
	}

	private static void writeStrings(JsonGenerator generator, String type, List<String> values) {
		generator.writeName(type);
		generator.writeStartArray();
		values.forEach(generator::writeString);
		generator.writeEndArray();
	}

	private static String base64(SdkBytes bytes) {
		return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
	}

	/**
	 * One synthetic record: an INSERT carries the image as new image, a REMOVE as old
	 * image, a MODIFY as both.
	 *
	 * @param eventSourceArn the stream the record comes from
	 * @param eventName the event name
	 * @param keys the key attributes, not empty
	 * @param image the image
	 */
	record SyntheticRecord(String eventSourceArn, DynamoEventName eventName, Map<String, AttributeValue> keys,
			Map<String, AttributeValue> image) {

	}

}
