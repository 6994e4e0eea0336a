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

package io.github.ddbstreams.test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.lambda.WindowInvocation;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON that Lambda sends to a function subscribed to a DynamoDB stream, from
 * the records that the DynamoDB Streams API returns: {@code {"Records": [...]}} with each
 * record's {@code eventID}, {@code eventName}, {@code eventVersion}, {@code eventSource},
 * {@code awsRegion}, {@code dynamodb} (with {@code ApproximateCreationDateTime} in epoch
 * seconds, {@code Keys}, {@code NewImage}, {@code OldImage}, {@code SequenceNumber},
 * {@code SizeBytes} and {@code StreamViewType}), {@code eventSourceARN} and, for Time to
 * Live deletions, {@code userIdentity}. Fields the stream record lacks are left out, as
 * Lambda does.
 * <p>
 * The local stream loop writes the records it reads from a stream with it, and
 * {@link StreamEventBuilder} the records of a test, so both send the function the same
 * JSON. Instances are thread-safe.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class LambdaEventJson {

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Create a writer of Lambda events.
	 */
	public LambdaEventJson() {
	}

	/**
	 * Return one record of the event.
	 * @param record the record of the stream
	 * @param streamArn the ARN of the stream the record comes from
	 * @return the record as Lambda sends it
	 */
	public ObjectNode record(Record record, String streamArn) {
		ObjectNode node = this.json.createObjectNode();
		putIfPresent(node, "eventID", record.eventID());
		putIfPresent(node, "eventName", record.eventNameAsString());
		putIfPresent(node, "eventVersion", record.eventVersion());
		putIfPresent(node, "eventSource", record.eventSource());
		putIfPresent(node, "awsRegion", record.awsRegion());
		StreamRecord change = record.dynamodb();
		if (change != null) {
			node.set("dynamodb", change(change));
		}
		node.put("eventSourceARN", streamArn);
		Identity identity = record.userIdentity();
		if (identity != null) {
			ObjectNode userIdentity = node.putObject("userIdentity");
			putIfPresent(userIdentity, "principalId", identity.principalId());
			putIfPresent(userIdentity, "type", identity.type());
		}
		return node;
	}

	/**
	 * Return the event with the given records.
	 * @param records the records, as built by {@link #record(Record, String)}
	 * @return the event as UTF-8 JSON
	 */
	public byte[] event(List<ObjectNode> records) {
		ObjectNode event = this.json.createObjectNode();
		event.putArray("Records").addAll(records);
		return this.json.writeValueAsBytes(event);
	}

	/**
	 * Return the event of an invocation of a tumbling window: the records, and
	 * {@code window}, {@code state}, {@code shardId}, {@code eventSourceARN},
	 * {@code isFinalInvokeForWindow} and {@code isWindowTerminatedEarly}, as Lambda adds
	 * them.
	 * @param records the records, as built by {@link #record(Record, String)}
	 * @param window the window and the state of its invocation
	 * @return the event as UTF-8 JSON
	 */
	public byte[] event(List<ObjectNode> records, WindowInvocation window) {
		ObjectNode event = this.json.createObjectNode();
		event.putArray("Records").addAll(records);
		ObjectNode times = event.putObject("window");
		times.put("start", window.window().start().toString());
		times.put("end", window.window().end().toString());
		ObjectNode state = event.putObject("state");
		window.state().forEach(state::put);
		putIfPresent(event, "shardId", window.window().shardId());
		putIfPresent(event, "eventSourceARN", window.window().eventSourceArn());
		event.put("isFinalInvokeForWindow", window.window().isFinal());
		event.put("isWindowTerminatedEarly", window.window().isTerminatedEarly());
		return this.json.writeValueAsBytes(event);
	}

	private ObjectNode change(StreamRecord change) {
		ObjectNode node = this.json.createObjectNode();
		Instant created = change.approximateCreationDateTime();
		if (created != null && created.getNano() == 0) {
			node.put("ApproximateCreationDateTime", created.getEpochSecond());
		}
		else if (created != null) {
			node.put("ApproximateCreationDateTime",
					BigDecimal.valueOf(created.getEpochSecond())
						.add(BigDecimal.valueOf(created.getNano(), 9))
						.stripTrailingZeros());
		}
		if (change.hasKeys()) {
			node.set("Keys", attributes(change.keys()));
		}
		if (change.hasNewImage()) {
			node.set("NewImage", attributes(change.newImage()));
		}
		if (change.hasOldImage()) {
			node.set("OldImage", attributes(change.oldImage()));
		}
		putIfPresent(node, "SequenceNumber", change.sequenceNumber());
		if (change.sizeBytes() != null) {
			node.put("SizeBytes", change.sizeBytes());
		}
		putIfPresent(node, "StreamViewType", change.streamViewTypeAsString());
		return node;
	}

	private ObjectNode attributes(Map<String, AttributeValue> attributes) {
		ObjectNode node = this.json.createObjectNode();
		attributes.forEach((name, value) -> node.set(name, attribute(value)));
		return node;
	}

	private ObjectNode attribute(AttributeValue value) {
		ObjectNode node = this.json.createObjectNode();
		switch (value.type()) {
			case S -> node.put("S", value.s());
			case N -> node.put("N", value.n());
			case B -> node.put("B", base64(value.b()));
			case BOOL -> node.put("BOOL", value.bool());
			case NUL -> node.put("NULL", value.nul());
			case SS -> value.ss().forEach(node.putArray("SS")::add);
			case NS -> value.ns().forEach(node.putArray("NS")::add);
			case BS -> {
				ArrayNode binaries = node.putArray("BS");
				value.bs().forEach((binary) -> binaries.add(base64(binary)));
			}
			case M -> node.set("M", attributes(value.m()));
			case L -> {
				ArrayNode list = node.putArray("L");
				value.l().forEach((item) -> list.add(attribute(item)));
			}
			default -> throw new IllegalArgumentException("Attribute value of unknown type: " + value.type());
		}
		return node;
	}

	private static String base64(SdkBytes bytes) {
		return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
	}

	private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

}
