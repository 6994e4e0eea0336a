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

import java.nio.charset.StandardCharsets;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.harness.events.HostileEvents;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamEventValidator}.
 */
class StreamEventValidatorTests {

	@Test
	void acceptsEveryFixtureEvent() {
		for (String fixture : StreamEvents.EVENT_FIXTURES) {
			assertThat(StreamEventValidator.validate(StreamEvents.fixture(fixture))).as(fixture).isNotEmpty();
		}
	}

	@Test
	void acceptsAnEventWithoutRecords() {
		assertThat(StreamEventValidator.validate(decode("{\"Records\":[]}"))).isEmpty();
	}

	@Test
	void rejectsANullEvent() {
		assertInvalid(null, "Lambda event is empty: expected a DynamoDB stream event");
	}

	@Test
	void rejectsAnEventThatCouldNotBeDecoded() {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> StreamEventValidator
				.validate(new UndecodableStreamEvent(new InvalidStreamEventException("Records is a number"))))
			.withMessage("Records is a number");
	}

	@Test
	void rejectsAnEmptyObject() {
		assertInvalid("{}",
				"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
	}

	@Test
	void rejectsNullRecords() {
		assertInvalid("{\"Records\":null}",
				"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
	}

	@Test
	void rejectsASingleRecordWithoutTheRecordsWrapper() {
		assertInvalid(
				new String(StreamEvents.bytes("java-libs__dynamo_ddb_stream_record.json"), StandardCharsets.UTF_8),
				"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
	}

	@Test
	void rejectsAKinesisEvent() {
		assertInvalid(HostileEvents.KINESIS_EVENT,
				"Record 1 of the DynamoDB stream event has eventSource 'aws:kinesis', "
						+ "not 'aws:dynamodb': is this function subscribed to the right event source?");
	}

	@Test
	void rejectsAnSqsEvent() {
		assertInvalid(HostileEvents.SQS_EVENT, "Record 1 of the DynamoDB stream event has eventSource 'aws:sqs', "
				+ "not 'aws:dynamodb': is this function subscribed to the right event source?");
	}

	@Test
	void rejectsARecordWithoutDynamodbPart() {
		assertInvalid("{\"Records\":[{\"eventName\":\"INSERT\",\"eventSource\":\"aws:dynamodb\"}]}",
				"Record 1 of the DynamoDB stream event has no 'dynamodb' object");
	}

	@Test
	void rejectsARecordWithoutSequenceNumber() {
		String event = StreamEventJson.event().insert("1", "a", "b").insert("", "c", "d").json();
		assertInvalid(event, "Record 2 of the DynamoDB stream event has no 'dynamodb.SequenceNumber'");
		assertInvalid(event.replace(",\"SequenceNumber\":\"\"", ""),
				"Record 2 of the DynamoDB stream event has no 'dynamodb.SequenceNumber'");
	}

	@Test
	void rejectsAnUnknownEventName() {
		String event = StreamEventJson.event().record("UPSERT", "5", StreamEventJson.key("a"), null, null).json();
		assertInvalid(event, "Record 1 (SequenceNumber 5) of the DynamoDB stream event has eventName 'UPSERT', "
				+ "not one of INSERT, MODIFY, REMOVE");
	}

	@Test
	void rejectsARecordWithoutKeys() {
		String event = StreamEventJson.event().record("INSERT", "5", "{}", null, null).json();
		assertInvalid(event, "Record 1 (SequenceNumber 5) of the DynamoDB stream event has no 'dynamodb.Keys'");
	}

	@Test
	void leavesTheTypesOfAttributeValuesToTheDispatcher() {
		String event = StreamEventJson.event()
			.record("INSERT", "6", StreamEventJson.key("a"),
					"{\"id\":{\"S\":\"a\"},\"when\":{\"DATE\":\"2026-11-21\"}}", null)
			.json();
		assertThat(StreamEventValidator.validate(decode(event))).hasSize(1);
	}

	private static void assertInvalid(String json, String message) {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> StreamEventValidator.validate((json != null) ? decode(json) : null))
			.withMessage(message);
	}

	private static com.amazonaws.services.lambda.runtime.events.DynamodbEvent decode(String json) {
		return StreamEvents.decode(json.getBytes(StandardCharsets.UTF_8));
	}

}
