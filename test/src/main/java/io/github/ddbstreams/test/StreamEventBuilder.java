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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.lambda.WindowInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoWindow;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DynamoDB stream event as Lambda sends it to the function, {@code {"Records": [...]}},
 * built from the records of a {@link TestTableStream}, in the order they are added.
 * <pre class="code">
 * LambdaResponse response = lambdaInvoker.invoke(customers.event().insert(ada).modify(ada, grace));
 * </pre> Instances are not thread-safe.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamEventBuilder {

	private static final LambdaEventJson lambdaEventJson = new LambdaEventJson();

	private final TestTableStream stream;

	private final List<StreamRecordBuilder> records = new ArrayList<>();

	private @Nullable WindowInvocation window;

	StreamEventBuilder(TestTableStream stream) {
		this.stream = stream;
	}

	/**
	 * Add the record of an item put into the table where it was absent.
	 * @param newItem the item as put: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return this builder
	 * @see TestTableStream#insert(Object)
	 */
	public StreamEventBuilder insert(Object newItem) {
		return record(this.stream.insert(newItem));
	}

	/**
	 * Add the record of an item put into the table where it was absent.
	 * @param newItem the attributes of the item as put
	 * @return this builder
	 */
	public StreamEventBuilder insert(Map<String, AttributeValue> newItem) {
		return record(this.stream.insert(newItem));
	}

	/**
	 * Add the record of a change of an item.
	 * @param oldItem the item before the change: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @param newItem the item after the change, of the same kind
	 * @return this builder
	 */
	public StreamEventBuilder modify(Object oldItem, Object newItem) {
		return record(this.stream.modify(oldItem, newItem));
	}

	/**
	 * Add the record of a change of an item.
	 * @param oldItem the attributes of the item before the change
	 * @param newItem the attributes of the item after the change
	 * @return this builder
	 */
	public StreamEventBuilder modify(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
		return record(this.stream.modify(oldItem, newItem));
	}

	/**
	 * Add the record of an item deleted by a request.
	 * @param oldItem the item before the deletion: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return this builder
	 */
	public StreamEventBuilder remove(Object oldItem) {
		return record(this.stream.remove(oldItem));
	}

	/**
	 * Add the record of an item deleted by a request.
	 * @param oldItem the attributes of the item before the deletion
	 * @return this builder
	 */
	public StreamEventBuilder remove(Map<String, AttributeValue> oldItem) {
		return record(this.stream.remove(oldItem));
	}

	/**
	 * Add the record of an item that DynamoDB deleted because its Time to Live expired.
	 * @param oldItem the item before the deletion: a typed item or a
	 * {@code Map<String, AttributeValue>}
	 * @return this builder
	 * @see TestTableStream#timeToLiveDelete(Object)
	 */
	public StreamEventBuilder timeToLiveDelete(Object oldItem) {
		return record(this.stream.timeToLiveDelete(oldItem));
	}

	/**
	 * Add the record of an item that DynamoDB deleted because its Time to Live expired.
	 * @param oldItem the attributes of the item before the deletion
	 * @return this builder
	 */
	public StreamEventBuilder timeToLiveDelete(Map<String, AttributeValue> oldItem) {
		return record(this.stream.timeToLiveDelete(oldItem));
	}

	/**
	 * Add records, such as records of the stream with settings of their own.
	 * @param records the records
	 * @return this builder
	 */
	public StreamEventBuilder record(StreamRecordBuilder... records) {
		Collections.addAll(this.records, records);
		return this;
	}

	/**
	 * Make the event an invocation of a tumbling window that is not the window's last, as
	 * Lambda sends it to a mapping with {@code TumblingWindowInSeconds}.
	 * @param start the window's start
	 * @param end the window's end
	 * @param state the state map that the function returned from the window's previous
	 * invocation, empty for its first
	 * @return this builder
	 */
	public StreamEventBuilder window(Instant start, Instant end, Map<String, String> state) {
		return window(start, end, state, false, false);
	}

	/**
	 * Make the event an invocation of a tumbling window.
	 * @param start the window's start
	 * @param end the window's end
	 * @param state the state map that the function returned from the window's previous
	 * invocation, empty for its first
	 * @param isFinal whether it is the window's final invocation
	 * ({@code isFinalInvokeForWindow})
	 * @param isTerminatedEarly whether Lambda ended the window early
	 * ({@code isWindowTerminatedEarly})
	 * @return this builder
	 */
	public StreamEventBuilder window(Instant start, Instant end, Map<String, String> state, boolean isFinal,
			boolean isTerminatedEarly) {
		this.window = new WindowInvocation(new DynamoWindow(start, end, "shardId-00000001-test",
				this.stream.streamArn(), isFinal, isTerminatedEarly), state);
		return this;
	}

	/**
	 * Return the records of the event.
	 * @return the records, in batch order
	 */
	public List<StreamRecordBuilder> records() {
		return Collections.unmodifiableList(this.records);
	}

	/**
	 * Return the sequence numbers of the records of the event.
	 * @return the sequence numbers, in batch order
	 */
	public List<String> sequenceNumbers() {
		return this.records.stream().map(StreamRecordBuilder::sequenceNumber).toList();
	}

	/**
	 * Return the records as listeners receive them, without JSON.
	 * @return the records, in batch order
	 */
	public List<DynamoRecord> toDynamoRecords() {
		return this.records.stream().map(StreamRecordBuilder::toDynamoRecord).toList();
	}

	/**
	 * Return the event as Lambda sends it.
	 * @return the event as UTF-8 JSON
	 */
	public byte[] toBytes() {
		List<ObjectNode> records = new ArrayList<>(this.records.size());
		for (StreamRecordBuilder record : this.records) {
			records.add(lambdaEventJson.record(record.toSdkRecord(), record.streamArn()));
		}
		WindowInvocation window = this.window;
		return (window != null) ? lambdaEventJson.event(records, window) : lambdaEventJson.event(records);
	}

	/**
	 * Return the event as Lambda sends it, as text.
	 * @return the event JSON
	 */
	public String toJson() {
		return new String(toBytes(), StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "StreamEventBuilder{" + this.stream.streamArn() + ", " + this.records.size() + " records}";
	}

}
