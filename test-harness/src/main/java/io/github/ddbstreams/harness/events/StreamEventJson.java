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
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Builds DynamoDB stream events in the exact JSON shape Lambda sends, for view types and
 * batch sizes the fixtures do not cover. Attribute values are given as DynamoDB JSON.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class StreamEventJson {

	/**
	 * The stream ARN of table {@code demo-dev_test-table}.
	 */
	public static final String TEST_TABLE_STREAM = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-11-01T00:00:00.000";

	private final List<String> records = new ArrayList<>();

	private String eventSourceArn = TEST_TABLE_STREAM;

	private String viewType = "NEW_AND_OLD_IMAGES";

	private @Nullable String windowFields;

	/**
	 * Start an event.
	 * @return the builder
	 */
	public static StreamEventJson event() {
		return new StreamEventJson();
	}

	/**
	 * Set the stream the following records come from.
	 * @param eventSourceArn the stream ARN
	 * @return this builder
	 */
	public StreamEventJson from(String eventSourceArn) {
		this.eventSourceArn = eventSourceArn;
		return this;
	}

	/**
	 * Set the stream view type of the following records; images the view type lacks are
	 * left out.
	 * @param viewType the view type: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or
	 * NEW_AND_OLD_IMAGES
	 * @return this builder
	 */
	public StreamEventJson viewType(String viewType) {
		this.viewType = viewType;
		return this;
	}

	/**
	 * Add an insert of item {@code {"id": {"S": id}, "name": {"S": name}}}.
	 * @param sequenceNumber the sequence number
	 * @param id the key
	 * @param name the name attribute
	 * @return this builder
	 */
	public StreamEventJson insert(String sequenceNumber, String id, String name) {
		return record("INSERT", sequenceNumber, key(id), item(id, name), null);
	}

	/**
	 * Add a modification of item {@code id} from {@code oldName} to {@code newName}.
	 * @param sequenceNumber the sequence number
	 * @param id the key
	 * @param oldName the name before
	 * @param newName the name after
	 * @return this builder
	 */
	public StreamEventJson modify(String sequenceNumber, String id, String oldName, String newName) {
		return record("MODIFY", sequenceNumber, key(id), item(id, newName), item(id, oldName));
	}

	/**
	 * Add a removal of item {@code id}.
	 * @param sequenceNumber the sequence number
	 * @param id the key
	 * @param oldName the name before
	 * @return this builder
	 */
	public StreamEventJson remove(String sequenceNumber, String id, String oldName) {
		return record("REMOVE", sequenceNumber, key(id), null, item(id, oldName));
	}

	/**
	 * Add a record.
	 * @param eventName the event name
	 * @param sequenceNumber the sequence number
	 * @param keys the keys as DynamoDB JSON
	 * @param newImage the new image as DynamoDB JSON, or {@code null}
	 * @param oldImage the old image as DynamoDB JSON, or {@code null}
	 * @return this builder
	 */
	public StreamEventJson record(String eventName, String sequenceNumber, String keys, @Nullable String newImage,
			@Nullable String oldImage) {
		StringBuilder dynamodb = new StringBuilder();
		dynamodb.append("\"ApproximateCreationDateTime\":1763683200,\"Keys\":").append(keys);
		if (newImage != null && this.viewType.startsWith("NEW")) {
			dynamodb.append(",\"NewImage\":").append(newImage);
		}
		if (oldImage != null && (this.viewType.equals("OLD_IMAGE") || this.viewType.equals("NEW_AND_OLD_IMAGES"))) {
			dynamodb.append(",\"OldImage\":").append(oldImage);
		}
		dynamodb.append(",\"SequenceNumber\":\"")
			.append(sequenceNumber)
			.append("\",\"SizeBytes\":42,\"StreamViewType\":\"")
			.append(this.viewType)
			.append("\"");
		this.records.add("{\"eventID\":\"event-" + sequenceNumber + "\",\"eventName\":\"" + eventName
				+ "\",\"eventVersion\":\"1.1\",\"eventSource\":\"aws:dynamodb\",\"awsRegion\":\"us-east-1\","
				+ "\"dynamodb\":{" + dynamodb + "},\"eventSourceARN\":\"" + this.eventSourceArn + "\"}");
		return this;
	}

	/**
	 * Make the event an invocation of a tumbling window, as Lambda sends it.
	 * @param start the window's start, ISO-8601
	 * @param end the window's end, ISO-8601
	 * @param stateJson the state map as JSON (an object of strings), or {@code null}
	 * @param isFinal whether it is the window's final invocation
	 * @param isTerminatedEarly whether Lambda ended the window early
	 * @return this builder
	 */
	public StreamEventJson window(String start, String end, @Nullable String stateJson, boolean isFinal,
			boolean isTerminatedEarly) {
		this.windowFields = ",\"window\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\"},\"state\":" + stateJson
				+ ",\"shardId\":\"shardId-00000001\",\"eventSourceARN\":\"" + this.eventSourceArn
				+ "\",\"isFinalInvokeForWindow\":" + isFinal + ",\"isWindowTerminatedEarly\":" + isTerminatedEarly;
		return this;
	}

	/**
	 * Return the event as JSON text.
	 * @return the JSON
	 */
	public String json() {
		return "{\"Records\":[" + String.join(",", this.records) + "]"
				+ ((this.windowFields != null) ? this.windowFields : "") + "}";
	}

	/**
	 * Return the event as UTF-8 bytes.
	 * @return the JSON bytes
	 */
	public byte[] bytes() {
		return json().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Return a key {@code {"id": {"S": id}}}.
	 * @param id the key value
	 * @return the DynamoDB JSON
	 */
	public static String key(String id) {
		return "{\"id\":{\"S\":\"" + id + "\"}}";
	}

	/**
	 * Return an item {@code {"id": {"S": id}, "name": {"S": name}}}.
	 * @param id the key value
	 * @param name the name
	 * @return the DynamoDB JSON
	 */
	public static String item(String id, String name) {
		return "{\"id\":{\"S\":\"" + id + "\"},\"name\":{\"S\":\"" + name + "\"}}";
	}

}
