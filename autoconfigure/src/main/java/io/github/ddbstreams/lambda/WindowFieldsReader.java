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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.mapping.DynamoDbArn;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import static io.github.ddbstreams.lambda.StreamEventProblems.kind;

/**
 * Reads the top-level fields that Lambda adds to the event of an event source mapping
 * with a tumbling window ({@code window}, {@code state}, {@code shardId},
 * {@code eventSourceARN}, {@code isFinalInvokeForWindow},
 * {@code isWindowTerminatedEarly}), as strictly as the records: each has its JSON type,
 * the window's times are ISO-8601 instants with its end after its start, and every value
 * of the state is a string, as the function wrote it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class WindowFieldsReader {

	/**
	 * The fields, in the order of the indexes that {@link #read} takes.
	 */
	static final List<String> FIELDS = List.of("window", "state", "shardId", "eventSourceARN", "isFinalInvokeForWindow",
			"isWindowTerminatedEarly");

	private static final int WINDOW = 0;

	private static final int STATE = 1;

	private static final int SHARD_ID = 2;

	private static final int EVENT_SOURCE_ARN = 3;

	private static final int IS_FINAL = 4;

	private static final int IS_TERMINATED_EARLY = 5;

	private final JsonParser parser;

	private final StreamEventProblems problems;

	private boolean read;

	private @Nullable Instant start;

	private @Nullable Instant end;

	private Map<String, String> state = Map.of();

	private @Nullable String shardId;

	private @Nullable String eventSourceArn;

	private boolean isFinal;

	private boolean isTerminatedEarly;

	WindowFieldsReader(JsonParser parser, StreamEventProblems problems) {
		this.parser = parser;
		this.problems = problems;
	}

	/**
	 * Read one field, whose value is the current token.
	 * @param field the index of the field in {@link #FIELDS}
	 * @param token its value's first token
	 */
	void read(int field, JsonToken token) {
		this.read = true;
		switch (field) {
			case WINDOW -> readWindow(token);
			case STATE -> readState(token);
			case SHARD_ID -> this.shardId = string(token, "shardId");
			case EVENT_SOURCE_ARN -> this.eventSourceArn = streamArn(token);
			case IS_FINAL -> this.isFinal = bool(token, "isFinalInvokeForWindow");
			case IS_TERMINATED_EARLY -> this.isTerminatedEarly = bool(token, "isWindowTerminatedEarly");
			default -> throw new IllegalArgumentException("Unknown window field " + field);
		}
	}

	/**
	 * Return the window of the event, once all of it was read.
	 * @return the window and its state, or {@code null} when the event has no window
	 * fields
	 * @throws InvalidStreamEventException if the event has window fields but no window
	 */
	@Nullable WindowInvocation window() {
		if (!this.read) {
			return null;
		}
		if (this.start == null || this.end == null) {
			throw new InvalidStreamEventException("Lambda event has the fields of a tumbling window's invocation but"
					+ " no 'window' {\"start\":...,\"end\":...}: expected a DynamoDB stream event as Lambda sends it");
		}
		return new WindowInvocation(new DynamoWindow(this.start, this.end, this.shardId, this.eventSourceArn,
				this.isFinal, this.isTerminatedEarly), this.state);
	}

	private void readWindow(JsonToken token) {
		if (token != JsonToken.START_OBJECT) {
			throw invalid("has " + kind(token) + " as 'window': expected an object {\"start\":...,\"end\":...}");
		}
		Instant windowStart = null;
		Instant windowEnd = null;
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			if ("start".equals(name) || "end".equals(name)) {
				if (("start".equals(name) ? windowStart : windowEnd) != null) {
					throw invalid("has the key 'window." + name + "' twice");
				}
				Instant time = instant(value, "window." + name);
				if ("start".equals(name)) {
					windowStart = time;
				}
				else {
					windowEnd = time;
				}
			}
			else {
				this.parser.skipChildren();
			}
		}
		if (windowStart == null || windowEnd == null) {
			throw invalid("has a 'window' without '" + ((windowStart != null) ? "end" : "start")
					+ "': expected {\"start\":...,\"end\":...}");
		}
		if (!windowEnd.isAfter(windowStart)) {
			throw invalid("has a 'window' whose end is not after its start");
		}
		this.start = windowStart;
		this.end = windowEnd;
	}

	private Instant instant(JsonToken token, String field) {
		if (token != JsonToken.VALUE_STRING) {
			throw invalid("has " + kind(token) + " as '" + field + "': expected an ISO-8601 time");
		}
		try {
			return Instant.parse(this.parser.getString());
		}
		catch (DateTimeParseException ex) {
			throw invalid("has '" + field + "' that is not an ISO-8601 time such as 2026-01-01T00:05:00Z");
		}
	}

	private void readState(JsonToken token) {
		if (token == JsonToken.VALUE_NULL) {
			this.state = Map.of();
			return;
		}
		if (token != JsonToken.START_OBJECT) {
			throw invalid("has " + kind(token) + " as 'state': expected an object of strings, as the function"
					+ " returned it");
		}
		Map<String, String> values = new LinkedHashMap<>();
		while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String key = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			if (value != JsonToken.VALUE_STRING) {
				throw invalid("has " + kind(value) + " as the value of 'state." + LogText.escape(key)
						+ "': expected a string, as the function returned it");
			}
			if (values.put(key, this.parser.getString()) != null) {
				throw invalid("has the key 'state." + LogText.escape(key) + "' twice");
			}
		}
		this.state = values;
	}

	private @Nullable String string(JsonToken token, String field) {
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.VALUE_STRING) {
			throw invalid("has " + kind(token) + " as '" + field + "': expected a string");
		}
		return this.parser.getString();
	}

	private @Nullable String streamArn(JsonToken token) {
		String arn = string(token, "eventSourceARN");
		if (arn != null && !DynamoDbArn.isTableStreamArn(arn)) {
			throw invalid("has a top-level 'eventSourceARN' that is not the ARN of a DynamoDB table stream: expected "
					+ DynamoDbArn.TABLE_STREAM_ARN_FORM);
		}
		return arn;
	}

	private boolean bool(JsonToken token, String field) {
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		throw invalid("has " + kind(token) + " as '" + field + "': expected true or false");
	}

	private InvalidStreamEventException invalid(String problem) {
		return new InvalidStreamEventException("Lambda event " + problem + this.problems.tokenLocation());
	}

}
