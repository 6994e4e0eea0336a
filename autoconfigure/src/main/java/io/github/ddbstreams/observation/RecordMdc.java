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

package io.github.ddbstreams.observation;

import java.util.Map;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.util.ClassUtils;

/**
 * The logging context (SLF4J's MDC) of a record while it runs, on the thread that runs
 * it: its table, event name, sequence number and event id, and the Lambda request id.
 * Never item data. Values from the event are escaped as log lines escape them. Does
 * nothing when SLF4J is not on the class path.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class RecordMdc {

	/**
	 * The MDC key of the logical table name.
	 */
	public static final String TABLE = "dynamodb.table";

	/**
	 * The MDC key of the event name ({@code INSERT}, {@code MODIFY}, {@code REMOVE}).
	 */
	public static final String EVENT_NAME = "dynamodb.eventName";

	/**
	 * The MDC key of the sequence number.
	 */
	public static final String SEQUENCE_NUMBER = "dynamodb.sequenceNumber";

	/**
	 * The MDC key of the event id.
	 */
	public static final String EVENT_ID = "dynamodb.eventId";

	/**
	 * The MDC key of the Lambda request id, the one Lambda's own Log4j 2 integration
	 * uses.
	 */
	public static final String REQUEST_ID = "AWSRequestId";

	private static final boolean SLF4J_PRESENT = ClassUtils.isPresent("org.slf4j.MDC",
			RecordMdc.class.getClassLoader());

	private RecordMdc() {
	}

	/**
	 * Put the context of a batch (its table and request id, no record) into the MDC of
	 * the current thread, for a listener that receives the batch at once.
	 * @param tableName the logical name of its table, or {@code null} when not known
	 * @param requestId the Lambda request id, or {@code null} when not known
	 * @return the request id that the MDC held before, to give to {@link #remove(String)}
	 */
	public static @Nullable String putBatch(@Nullable String tableName, @Nullable String requestId) {
		if (!SLF4J_PRESENT) {
			return null;
		}
		putOrRemove(TABLE, tableName);
		String previousRequestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			MDC.put(REQUEST_ID, LogText.escape(requestId));
		}
		return previousRequestId;
	}

	/**
	 * Put the context of a record into the MDC of the current thread.
	 * @param record the record
	 * @param tableName the logical name of its table, or {@code null} when not known
	 * @param requestId the Lambda request id, or {@code null} when not known
	 * @return the request id that the MDC held before, to give to {@link #remove(String)}
	 */
	public static @Nullable String put(DynamoRecord record, @Nullable String tableName, @Nullable String requestId) {
		if (!SLF4J_PRESENT) {
			return null;
		}
		putOrRemove(TABLE, tableName);
		MDC.put(EVENT_NAME, record.eventName().name());
		MDC.put(SEQUENCE_NUMBER, LogText.escape(record.sequenceNumber()));
		putOrRemove(EVENT_ID, record.eventId());
		String previousRequestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			MDC.put(REQUEST_ID, LogText.escape(requestId));
		}
		return previousRequestId;
	}

	/**
	 * Remove the context of a record from the MDC of the current thread.
	 * @param previousRequestId the request id that {@link #put} returned, restored
	 */
	public static void remove(@Nullable String previousRequestId) {
		if (!SLF4J_PRESENT) {
			return;
		}
		MDC.remove(TABLE);
		MDC.remove(EVENT_NAME);
		MDC.remove(SEQUENCE_NUMBER);
		MDC.remove(EVENT_ID);
		putOrRemove(REQUEST_ID, previousRequestId);
	}

	/**
	 * Return a copy of the MDC of the current thread, to hand it to the threads that run
	 * records.
	 * @return the copy, or {@code null} when the MDC is empty or SLF4J is not present
	 */
	public static @Nullable Map<String, String> copyOfContext() {
		return SLF4J_PRESENT ? MDC.getCopyOfContextMap() : null;
	}

	/**
	 * Replace the MDC of the current thread.
	 * @param context the new content, or {@code null} to clear it
	 */
	public static void setContext(@Nullable Map<String, String> context) {
		if (!SLF4J_PRESENT) {
			return;
		}
		if (context != null) {
			MDC.setContextMap(context);
		}
		else {
			MDC.clear();
		}
	}

	private static void putOrRemove(String key, @Nullable String value) {
		if (value != null) {
			MDC.put(key, LogText.escape(value));
		}
		else {
			MDC.remove(key);
		}
	}

}
