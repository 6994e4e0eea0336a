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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.listener.StreamAttributeValues;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes the JSON of a Lambda DynamoDB stream event, strictly and in one pass, into the
 * {@link DynamoRecord DynamoRecords} that listeners receive; their keys and images are
 * converted from the same bytes when a listener first reads them.
 * <p>
 * Anything but one well-formed DynamoDB stream event is rejected with an
 * {@link InvalidStreamEventException} that says what is wrong, in which record (index and
 * sequence number, when known) and where (line and column), and never quotes item data:
 * JSON that is not valid UTF-8 JSON; a key twice in any object; content after the event;
 * a top level other than one object; a field of the wrong JSON type (nothing is coerced);
 * a record without {@code eventName} (or with one other than {@code INSERT},
 * {@code MODIFY}, {@code REMOVE}), {@code dynamodb}, {@code dynamodb.SequenceNumber} or
 * {@code dynamodb.Keys}, or with an {@code eventSource} other than {@code aws:dynamodb};
 * an attribute value with no DynamoDB type, more than one, or a value of the wrong JSON
 * type for its type; and JSON nested deeper than {@value #MAX_NESTING_DEPTH} levels. What
 * DynamoDB itself guarantees is checked too: an {@code eventSourceARN} that is a table
 * stream ARN; sets that are not empty and hold each member once (numbers compared by
 * value, binaries by bytes); numbers of at most 38 significant digits, zero or of a
 * magnitude from {@code 1E-130} to {@code 9.9999999999999999999999999999999999999E+125};
 * well-formed UTF-16 strings; and keys of type S, N or B. Fields the decoder does not
 * know are skipped.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamEventDecoder {

	/**
	 * The deepest JSON nesting accepted in an event. DynamoDB nests attributes at most 32
	 * levels deep, which takes about 70 levels of JSON in a stream event.
	 */
	public static final int MAX_NESTING_DEPTH = 100;

	private volatile JsonFactory factory;

	private final AttributeValueReader attributeReader = new AttributeValueReader();

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	/**
	 * Create a decoder of events whose table names carry no namespace, with table schemas
	 * introspected from the image types.
	 */
	public StreamEventDecoder() {
		this(TableNamespace.NONE, new DefaultTableSchemaResolver());
	}

	/**
	 * Create a decoder.
	 * @param namespace the namespace of the logical table names of the records
	 * @param schemas the table schemas the records map images to user types with
	 */
	public StreamEventDecoder(TableNamespace namespace, TableSchemaResolver schemas) {
		this.namespace = namespace;
		this.schemas = schemas;
		this.factory = newJsonFactory();
	}

	/**
	 * Replace the JSON parser factory by a new one. The symbol table of property names
	 * that a factory keeps hashes them with a seed taken from the clock when the factory
	 * was created: copies of a process restored from one snapshot (SnapStart) would
	 * otherwise all share it, and the names it learned.
	 */
	public void renewJsonFactory() {
		this.factory = newJsonFactory();
	}

	private static JsonFactory newJsonFactory() {
		return JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
			.build();
	}

	/**
	 * Decode an event. The array of a {@link ByteArrayInputStream} that hands over all of
	 * it at once (as the Lambda runtime's does, with the event it received) is used as it
	 * is, without a copy: like the array of {@link #decode(byte[])}, it must not change
	 * while the records are in use.
	 * @param json the event JSON, read to its end
	 * @return the records of the event, in batch order
	 * @throws InvalidStreamEventException if the input is not one well-formed DynamoDB
	 * stream event
	 */
	public List<DynamoRecord> decode(InputStream json) {
		return decode(bytesOf(json));
	}

	private static byte[] bytesOf(InputStream json) {
		try {
			return (json instanceof ByteArrayInputStream array) ? WholeArray.of(array) : json.readAllBytes();
		}
		catch (IOException ex) {
			throw new InvalidStreamEventException("Lambda event could not be read: " + ex.getClass().getName(), ex);
		}
	}

	/**
	 * Decode an event.
	 * @param json the event JSON; it must not change while the records are in use, as
	 * their keys and images are read from it when first needed
	 * @return the records of the event, in batch order
	 * @throws InvalidStreamEventException if the input is not one well-formed DynamoDB
	 * stream event
	 */
	public List<DynamoRecord> decode(byte[] json) {
		return decodeEvent(json).records();
	}

	/**
	 * Decode an event, with the tumbling window of its invocation, if it has one.
	 * @param json the event JSON; it must not change while the records are in use
	 * @return the records and the window of the event
	 * @throws InvalidStreamEventException if the input is not one well-formed DynamoDB
	 * stream event
	 */
	public StreamEventContent decodeEvent(byte[] json) {
		return new StreamEventReader(this.factory, json, this.namespace, this.schemas, this.attributeReader).read();
	}

	/**
	 * Decode an event, with the tumbling window of its invocation, if it has one.
	 * @param json the event JSON, read to its end, as {@link #decode(InputStream)} reads
	 * it
	 * @return the records and the window of the event
	 * @throws InvalidStreamEventException if the input is not one well-formed DynamoDB
	 * stream event
	 */
	public StreamEventContent decodeEvent(InputStream json) {
		return decodeEvent(bytesOf(json));
	}

	/**
	 * Check an event of the Lambda events library, decoded by other means, and return its
	 * records. What the JSON of such an event said (duplicate keys, coerced values) is
	 * lost: only what the event model holds is checked.
	 * @param event the event
	 * @return the records of the event, in batch order
	 * @throws InvalidStreamEventException if the event is not a well-formed DynamoDB
	 * stream event
	 */
	public List<DynamoRecord> decode(@Nullable DynamodbEvent event) {
		if (event instanceof DecodedStreamEvent decoded) {
			return decoded.records();
		}
		List<DynamodbStreamRecord> raws = StreamEventValidator.validate(event);
		List<DynamoRecord> records = new ArrayList<>(raws.size());
		EventModelChecker rules = new EventModelChecker();
		for (int i = 0; i < raws.size(); i++) {
			DynamodbStreamRecord raw = raws.get(i);
			checkTypes(i + 1, raw, "Keys", raw.getDynamodb().getKeys());
			checkTypes(i + 1, raw, "NewImage", raw.getDynamodb().getNewImage());
			checkTypes(i + 1, raw, "OldImage", raw.getDynamodb().getOldImage());
			checkRules(i + 1, raw, "Keys", raw.getDynamodb().getKeys(), rules);
			checkRules(i + 1, raw, "NewImage", raw.getDynamodb().getNewImage(), rules);
			checkRules(i + 1, raw, "OldImage", raw.getDynamodb().getOldImage(), rules);
			String physicalName = DynamoDbArn.tableNameOf(raw.getEventSourceARN());
			records.add(DynamoRecord.of(raw, (physicalName != null) ? this.namespace.logicalName(physicalName) : null,
					this.schemas));
		}
		return records;
	}

	private static void checkTypes(int number, DynamodbStreamRecord raw, String part,
			@Nullable Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		String untyped = (attributes != null) ? StreamAttributeValues.findUntypedValue(attributes) : null;
		if (untyped != null) {
			throw StreamEventProblems.invalidRecord(number, raw.getDynamodb().getSequenceNumber(),
					"has attribute '" + LogText.escape(untyped) + "' in 'dynamodb." + part
							+ "' with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		}
	}

	private static void checkRules(int number, DynamodbStreamRecord raw, String part,
			@Nullable Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes,
			EventModelChecker rules) {
		String problem = (attributes != null) ? rules.problem(part, attributes) : null;
		if (problem != null) {
			throw StreamEventProblems.invalidRecord(number, raw.getDynamodb().getSequenceNumber(), problem);
		}
	}

	/**
	 * Takes the bytes of a {@link ByteArrayInputStream}: its own array when the stream
	 * writes all of it in one call, as {@link ByteArrayInputStream#transferTo} does, or a
	 * copy of what it writes otherwise.
	 */
	private static final class WholeArray extends OutputStream {

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		private byte @Nullable [] whole;

		static byte[] of(ByteArrayInputStream stream) throws IOException {
			WholeArray array = new WholeArray();
			stream.transferTo(array);
			byte[] whole = array.whole;
			return (whole != null) ? whole : array.copy.toByteArray();
		}

		@Override
		public void write(int b) {
			keepCopy();
			this.copy.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			if (this.whole == null && this.copy.size() == 0 && offset == 0 && length == bytes.length) {
				this.whole = bytes;
				return;
			}
			keepCopy();
			this.copy.write(bytes, offset, length);
		}

		private void keepCopy() {
			byte[] whole = this.whole;
			if (whole != null) {
				this.copy.write(whole, 0, whole.length);
				this.whole = null;
			}
		}

	}

}
