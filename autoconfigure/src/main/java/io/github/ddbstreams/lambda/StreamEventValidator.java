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

import java.util.List;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.mapping.DynamoDbArn;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Checks that a {@link DynamodbEvent} that the {@link StreamEventDecoder} did not decode
 * itself (such as one a test or another converter built) is a well-formed DynamoDB stream
 * event before any of its records is dispatched, so a malformed event fails as a whole
 * with a message that says what is wrong. Events decoded from JSON are checked, far more
 * strictly, by the decoder.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamEventValidator {

	private static final String DYNAMODB_EVENT_SOURCE = "aws:dynamodb";

	private static final Set<String> EVENT_NAMES = Set.of("INSERT", "MODIFY", "REMOVE");

	private StreamEventValidator() {
	}

	/**
	 * Check an event and return its records.
	 * @param event the decoded event
	 * @return the records of the event
	 * @throws InvalidStreamEventException if the event is not a well-formed DynamoDB
	 * stream event
	 */
	public static List<DynamodbStreamRecord> validate(@Nullable DynamodbEvent event) {
		if (event == null) {
			throw new InvalidStreamEventException("Lambda event is empty: expected a DynamoDB stream event");
		}
		if (event instanceof UndecodableStreamEvent undecodable) {
			throw undecodable.getFailure();
		}
		List<DynamodbStreamRecord> records = event.getRecords();
		if (records == null) {
			throw new InvalidStreamEventException(
					"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
		}
		for (int i = 0; i < records.size(); i++) {
			validate(i + 1, records.get(i));
		}
		return records;
	}

	private static void validate(int number, @Nullable DynamodbStreamRecord record) {
		if (record == null) {
			throw StreamEventProblems.invalidRecord(number, null, "is null");
		}
		String eventSource = record.getEventSource();
		if (eventSource == null) {
			throw StreamEventProblems.invalidRecord(number, null,
					"has no eventSource: expected '" + DYNAMODB_EVENT_SOURCE + "'");
		}
		if (!DYNAMODB_EVENT_SOURCE.equals(eventSource)) {
			throw StreamEventProblems.invalidRecord(number, null, "has eventSource '" + LogText.escape(eventSource)
					+ "', not '" + DYNAMODB_EVENT_SOURCE + "': is this function subscribed to the right event source?");
		}
		StreamRecord change = record.getDynamodb();
		if (change == null) {
			throw StreamEventProblems.invalidRecord(number, null, "has no 'dynamodb' object");
		}
		String sequenceNumber = change.getSequenceNumber();
		if (!StringUtils.hasText(sequenceNumber)) {
			throw StreamEventProblems.invalidRecord(number, null, "has no 'dynamodb.SequenceNumber'");
		}
		if (!EVENT_NAMES.contains(record.getEventName())) {
			throw StreamEventProblems.invalidRecord(number, sequenceNumber,
					"has eventName '" + LogText.escape(record.getEventName()) + "', not one of INSERT, MODIFY, REMOVE");
		}
		String eventSourceArn = record.getEventSourceARN();
		if (eventSourceArn == null) {
			throw StreamEventProblems.invalidRecord(number, sequenceNumber,
					"has no eventSourceARN: expected " + DynamoDbArn.TABLE_STREAM_ARN_FORM);
		}
		if (!DynamoDbArn.isTableStreamArn(eventSourceArn)) {
			throw StreamEventProblems.invalidRecord(number, sequenceNumber,
					"has eventSourceARN '" + LogText.escape(eventSourceArn)
							+ "', not a DynamoDB table stream ARN: expected " + DynamoDbArn.TABLE_STREAM_ARN_FORM);
		}
		if (change.getKeys() == null || change.getKeys().isEmpty()) {
			throw StreamEventProblems.invalidRecord(number, sequenceNumber, "has no 'dynamodb.Keys'");
		}
	}

}
