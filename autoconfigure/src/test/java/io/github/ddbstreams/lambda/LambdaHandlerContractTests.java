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
import java.util.Map;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.harness.events.HostileEvents;
import io.github.ddbstreams.harness.events.HostileEvents.HostileEvent;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.lambda.RecordingApplication.Customer;
import io.github.ddbstreams.lambda.RecordingApplication.Seen;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.mapping.DynamoDbArn;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What the Lambda handler must do with the starter's functions: started as the Lambda
 * Java runtime starts it, invoked with real event JSON.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class LambdaHandlerContractTests {

	private static final String NO_FAILURES = "{\"batchItemFailures\":[]}";

	static final List<String> EVENT_FIXTURES = StreamEvents.EVENT_FIXTURES;

	private final StreamEventJson fiveRecords = StreamEventJson.event()
		.insert("1", "a", "a1")
		.insert("2", "b", "b1")
		.modify("3", "a", "a1", "a2")
		.remove("4", "b", "b1")
		.insert("5", "c", "c1");

	LambdaHandler handler;

	LambdaHandler start(String... properties) {
		return LambdaHandler.start(properties);
	}

	@BeforeEach
	void clearRecordings() {
		synchronized (RecordingApplication.seen) {
			RecordingApplication.seen.clear();
		}
	}

	@AfterEach
	void stopHandler() {
		if (this.handler != null) {
			this.handler.close();
		}
	}

	@ParameterizedTest
	@FieldSource("EVENT_FIXTURES")
	void handsEveryRecordOfEveryFixtureToTheListenerWithItsValues(String fixture) throws Exception {
		this.handler = start();
		assertThat(this.handler.invoke(StreamEvents.bytes(fixture))).isEqualTo(
				StreamEvents.isWindowInvocation(fixture) ? "{\"state\":{},\"batchItemFailures\":[]}" : NO_FAILURES);
		List<JsonNode> expected = StreamEvents.records(fixture);
		List<Seen> seen = seen("everything");
		assertThat(seen).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			JsonNode record = expected.get(i);
			JsonNode dynamodb = record.get("dynamodb");
			Seen received = seen.get(i);
			assertThat(received.eventName().name()).isEqualTo(record.get("eventName").asString());
			assertThat(received.sequenceNumber()).isEqualTo(dynamodb.get("SequenceNumber").asString());
			assertThat(received.table()).isEqualTo(DynamoDbArn.tableNameOf(record.get("eventSourceARN").asString()));
			assertThat(received.keys()).isEqualTo(StreamEvents.attributes(dynamodb.get("Keys")));
			assertThat(received.newImage()).isEqualTo(StreamEvents.image(record, "NewImage"));
			assertThat(received.oldImage()).isEqualTo(StreamEvents.image(record, "OldImage"));
			assertThat(received.timeToLiveDelete()).isEqualTo(StreamEvents.timeToLiveDelete(record));
		}
	}

	@Test
	void keepsEveryAttributeTypeOfTheGoFixture() throws Exception {
		this.handler = start();
		this.handler.invoke(StreamEvents.bytes("lambda-go__dynamodb-event.json"));
		Map<String, AttributeValue> image = seen("everything").get(1).newImage();
		assertThat(image.get("FloatNumber").n()).isEqualTo("123.45");
		assertThat(image.get("asdf1").b().asByteArray()).containsExactly(0, 1, 42, 65);
		assertThat(image.get("b2").b().asByteArray()).containsExactly(0xb5, 0xeb, 0x2d);
		assertThat(image.get("asdf2").bs()).hasSize(2);
		assertThat(image.get("Boolean").bool()).isTrue();
		assertThat(image.get("Null").nul()).isTrue();
		assertThat(image.get("NumberSet").ns()).containsExactly("1234", "567.8");
		assertThat(image.get("StringSet").ss()).containsExactly("Giraffe", "Zebra");
		assertThat(image).doesNotContainKey("EmptyStringSet");
		assertThat(image.get("List").l()).extracting(AttributeValue::toString)
			.containsExactly("AttributeValue(S=Cookies)", "AttributeValue(S=Coffee)", "AttributeValue(N=3.14159)");
		assertThat(image.get("Map").m()).containsEntry("Age", AttributeValue.fromN("35"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES" })
	void handsRecordsOfEveryStreamViewTypeToTheListener(String viewType) throws Exception {
		this.handler = start();
		StreamEventJson event = StreamEventJson.event()
			.viewType(viewType)
			.insert("1", "a", "a1")
			.modify("2", "a", "a1", "a2")
			.remove("3", "a", "a2");
		assertThat(this.handler.invoke(event.bytes())).isEqualTo(NO_FAILURES);
		List<Seen> seen = seen("everything");
		assertThat(seen).extracting(Seen::eventName)
			.containsExactly(DynamoEventName.INSERT, DynamoEventName.MODIFY, DynamoEventName.REMOVE);
		assertThat(seen).extracting(Seen::keys).containsOnly(Map.of("id", AttributeValue.fromS("a")));
		boolean newImages = viewType.startsWith("NEW");
		boolean oldImages = viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
		assertThat(seen.get(0).newImage()).isEqualTo(newImages ? item("a", "a1") : null);
		assertThat(seen.get(1).newImage()).isEqualTo(newImages ? item("a", "a2") : null);
		assertThat(seen.get(1).oldImage()).isEqualTo(oldImages ? item("a", "a1") : null);
		assertThat(seen.get(2).oldImage()).isEqualTo(oldImages ? item("a", "a2") : null);
		assertThat(seen.get(2).newImage()).isNull();
	}

	@Test
	void routesByNamespacedTableAndEventNameAndMapsTypedImages() throws Exception {
		this.handler = start("dynamodb.streams.table-namespace=demo-dev");
		this.handler.invoke(this.fiveRecords.bytes());
		assertThat(seen("testTableInserts")).extracting(Seen::sequenceNumber).containsExactly("1", "2", "5");
		assertThat(seen("testTableInserts")).extracting(Seen::mapped)
			.containsExactly(new Customer("a", "a1"), new Customer("b", "b1"), new Customer("c", "c1"));
		assertThat(seen("testTableInserts")).extracting(Seen::table).containsOnly("test-table");
		assertThat(seen("everything")).extracting(Seen::sequenceNumber).containsExactly("1", "2", "3", "4", "5");
	}

	@Test
	void runsTheListenersOfOneRecordInOrder() throws Exception {
		this.handler = start("dynamodb.streams.table-namespace=demo-dev");
		this.handler.invoke(this.fiveRecords.bytes());
		assertThat(RecordingApplication.seen).extracting((seen) -> seen.listener() + ":" + seen.sequenceNumber())
			.containsExactly("testTableInserts:1", "everything:1", "testTableInserts:2", "everything:2", "everything:3",
					"everything:4", "testTableInserts:5", "everything:5");
	}

	@Test
	void doesNotRouteTheTablesOfAnotherNamespace() throws Exception {
		this.handler = start("dynamodb.streams.table-namespace=demo-prod");
		this.handler.invoke(this.fiveRecords.bytes());
		assertThat(seen("testTableInserts")).isEmpty();
		assertThat(seen("everything")).extracting(Seen::table).containsOnly("demo-dev_test-table");
	}

	@Test
	void reportsTheFailedRecordSoLambdaRetriesFromItAndRunsNoLaterRecord() throws Exception {
		this.handler = start("test.fail-on=3");
		String response = this.handler.invoke(this.fiveRecords.bytes());
		assertThat(response).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"3\"}]}");
		assertThat(seen("everything")).extracting(Seen::sequenceNumber).containsExactly("1", "2", "3");
	}

	@Test
	void respondsLikeThePowertoolsExampleWhenItsSecondRecordFails() throws Exception {
		this.handler = start("test.require-attribute=Message");
		String response = this.handler
			.invoke(StreamEvents.bytes("powertools-python__getting_started_dynamodb_event.json"));
		assertThat(StreamEvents.tree(response.getBytes())).isEqualTo(
				StreamEvents.tree(StreamEvents.bytes("powertools-python__getting_started_dynamodb_response.json")));
	}

	@Test
	void respondsLikeTheDotnetExampleWhenItsRecordFails() throws Exception {
		this.handler = start("test.fail-on=1405400000000002063282832");
		String response = this.handler.invoke(StreamEvents.bytes("lambda-dotnet__dynamodb-event.json"));
		assertThat(StreamEvents.tree(response.getBytes())).isEqualTo(
				StreamEvents.tree(StreamEvents.bytes("lambda-dotnet__dynamodb-batchitemfailures-response.json")));
		assertThat(seen("everything")).hasSize(1);
	}

	@Test
	void failsTheWholeInvocationWithoutPartialBatchResponses() throws Exception {
		this.handler = start("dynamodb.streams.report-batch-item-failures=false", "test.fail-on=3");
		assertThatException().isThrownBy(() -> this.handler.invoke(this.fiveRecords.bytes()))
			.satisfies((ex) -> assertThat(causeOf(ex, StreamRecordFailedException.class)).satisfies((failed) -> {
				assertThat(failed.getSequenceNumber()).isEqualTo("3");
				assertThat(failed).hasMessageStartingWith("Record 3 of 5 (SequenceNumber 3, event source "
						+ StreamEventJson.TEST_TABLE_STREAM + ") failed; failing the invocation");
				assertThat(failed.getCause()).hasMessage("Listener failed on record 3");
			}));
		assertThat(seen("everything")).extracting(Seen::sequenceNumber).containsExactly("1", "2", "3");
	}

	@Test
	void succeedsWithoutPartialBatchResponsesWhenEveryRecordIsProcessed() throws Exception {
		this.handler = start("dynamodb.streams.report-batch-item-failures=false");
		assertThat(this.handler.invoke(this.fiveRecords.bytes())).isEqualTo(NO_FAILURES);
		assertThat(seen("everything")).hasSize(5);
	}

	@Test
	void consumerSucceedsWhenEveryRecordIsProcessed() throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer");
		assertThat(this.handler.invoke(this.fiveRecords.bytes())).isEqualTo("\"OK\"");
		assertThat(seen("everything")).hasSize(5);
	}

	@Test
	void consumerFailsTheWholeInvocationWhenARecordFails() throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer", "test.fail-on=3");
		assertThatException().isThrownBy(() -> this.handler.invoke(this.fiveRecords.bytes()))
			.satisfies((ex) -> assertThat(causeOf(ex, StreamRecordFailedException.class))
				.hasMessageStartingWith("Record 3 of 5 (SequenceNumber 3, event source "
						+ StreamEventJson.TEST_TABLE_STREAM + ") failed; failing the invocation"));
		assertThat(seen("everything")).extracting(Seen::sequenceNumber).containsExactly("1", "2", "3");
	}

	@ParameterizedTest
	@FieldSource("EVENT_FIXTURES")
	void consumerHandsEveryRecordOfEveryFixtureToTheListener(String fixture) throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer");
		assertThat(this.handler.invoke(StreamEvents.bytes(fixture))).isEqualTo("\"OK\"");
		assertThat(seen("everything")).extracting(Seen::sequenceNumber)
			.containsExactlyElementsOf(StreamEvents.records(fixture)
				.stream()
				.map((record) -> record.get("dynamodb").get("SequenceNumber").asString())
				.toList());
	}

	@Test
	void errorHandlerRecoversTheFailedRecord() throws Exception {
		this.handler = start("test.fail-on=3", "test.recover=true");
		assertThat(this.handler.invoke(this.fiveRecords.bytes())).isEqualTo(NO_FAILURES);
		assertThat(RecordingApplication.seen).extracting((seen) -> seen.listener() + ":" + seen.sequenceNumber())
			.containsExactly("everything:1", "everything:2", "everything:3", "errorHandler:3", "everything:4",
					"everything:5");
		assertThat(seen("errorHandler").get(0).mapped()).isEqualTo("Listener failed on record 3");
	}

	@Test
	void invokesTheStreamFunctionWhenTheApplicationHasAnotherFunction() throws Exception {
		this.handler = start("test.extra-function=true", "test.fail-on=2");
		assertThat(this.handler.context().getBean("uppercase")).isNotNull();
		assertThat(this.handler.invoke(this.fiveRecords.bytes()))
			.isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"2\"}]}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"Records\":null}", "{\"records\":[]}", "{\"Items\":[]}" })
	void rejectsAnEventWithoutRecords(String event) throws Exception {
		this.handler = start();
		assertRejected(event,
				"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
	}

	@Test
	void rejectsARecordWithoutEventSource() throws Exception {
		this.handler = start();
		assertRejected("{\"Records\":[{\"dynamodb\":[]}]}",
				"Record 1 of the DynamoDB stream event has no eventSource: expected 'aws:dynamodb'");
		assertRejected("{\"Records\":[{\"eventSource\":\"aws:dynamodb\",\"dynamodb\":[]}]}",
				"Record 1 of the DynamoDB stream event has an array as 'dynamodb': expected an object (line 1, column 54)");
	}

	@Test
	void rejectsASingleRecordSentWithoutTheRecordsWrapper() throws Exception {
		this.handler = start();
		assertRejected(new String(StreamEvents.bytes("java-libs__dynamo_ddb_stream_record.json")),
				"Lambda event has no 'Records' array: expected a DynamoDB stream event {\"Records\":[...]}");
	}

	@Test
	void rejectsAKinesisEvent() throws Exception {
		this.handler = start();
		assertRejected(HostileEvents.KINESIS_EVENT,
				"Record 1 of the DynamoDB stream event has eventSource 'aws:kinesis', not 'aws:dynamodb': "
						+ "is this function subscribed to the right event source?");
	}

	@Test
	void rejectsAnSqsEvent() throws Exception {
		this.handler = start();
		assertRejected(HostileEvents.SQS_EVENT,
				"Record 1 of the DynamoDB stream event has eventSource 'aws:sqs', not 'aws:dynamodb': "
						+ "is this function subscribed to the right event source?");
	}

	@Test
	void rejectsARecordWithoutSequenceNumber() throws Exception {
		this.handler = start();
		assertRejected(StreamEventJson.event().insert("1", "a", "b").insert("", "c", "d").json(),
				"Record 2 of the DynamoDB stream event has no 'dynamodb.SequenceNumber'");
	}

	@Test
	void rejectsAnUnknownAttributeTypeBeforeAnyRecordRuns() throws Exception {
		this.handler = start();
		String event = StreamEventJson.event()
			.insert("1", "a", "b")
			.record("INSERT", "2", StreamEventJson.key("b"), "{\"id\":{\"S\":\"b\"},\"at\":{\"DATE\":\"2026\"}}", null)
			.insert("3", "c", "d")
			.json();
		assertThatException().isThrownBy(() -> this.handler.invoke(event))
			.satisfies((ex) -> assertThat(causeOf(ex, InvalidStreamEventException.class)).hasMessageStartingWith(
					"Record 2 (SequenceNumber 2) of the DynamoDB stream event has attribute 'at' in 'dynamodb.NewImage' "
							+ "with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL) (line 1,"));
		assertThat(seen("everything")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"Records\":5}", "{\"Records\":\"x\"}", "[]", "null" })
	void rejectsJsonThatIsNotShapedLikeAStreamEvent(String event) throws Exception {
		this.handler = start();
		assertThatException().isThrownBy(() -> this.handler.invoke(event))
			.satisfies((ex) -> assertThat(causeOf(ex, InvalidStreamEventException.class).getMessage())
				.startsWith("Lambda event is not shaped like a DynamoDB stream event: "));
		assertThat(RecordingApplication.seen).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{\"Records\":[", "<Records/>" })
	void rejectsABodyThatIsNotJson(String event) throws Exception {
		this.handler = start();
		assertThatException().isThrownBy(() -> this.handler.invoke(event))
			.satisfies((ex) -> assertThat(causeOf(ex, InvalidStreamEventException.class).getMessage())
				.startsWith("Input is not valid JSON: ")
				.contains("(line 1, column "));
		assertThat(RecordingApplication.seen).isEmpty();
	}

	@Test
	void rejectsEveryHostileBodyWithTheDefaultFunction() throws Exception {
		this.handler = start();
		assertRejectsEveryHostileBody();
	}

	@Test
	void rejectsEveryHostileBodyWithTheConsumer() throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer");
		assertRejectsEveryHostileBody();
	}

	@Test
	void rejectsEveryHostileBodyWithoutPartialBatchResponses() throws Exception {
		this.handler = start("dynamodb.streams.report-batch-item-failures=false");
		assertRejectsEveryHostileBody();
	}

	private void assertRejectsEveryHostileBody() throws Exception {
		assertThat(this.handler.invoke(HostileEvents.wellFormed())).isIn(NO_FAILURES, "\"OK\"");
		synchronized (RecordingApplication.seen) {
			RecordingApplication.seen.clear();
		}
		SoftAssertions softly = new SoftAssertions();
		for (HostileEvent hostile : HostileEvents.all()) {
			Throwable failure = catchThrowable(() -> this.handler.invoke(hostile.body()));
			softly.assertThat(failure).as(hostile.name()).isNotNull();
			if (failure != null) {
				softly.assertThat(causeOf(failure, InvalidStreamEventException.class).getMessage())
					.as(hostile.name())
					.contains(hostile.message());
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					softly.assertThat(cause)
						.as(hostile.name())
						.isNotInstanceOfAny(NullPointerException.class, ClassCastException.class);
					softly.assertThat(String.valueOf(cause.getMessage()))
						.as(hostile.name())
						.doesNotContain("Possible bug", "name-2", hostile.value());
				}
			}
		}
		softly.assertThat(RecordingApplication.seen).isEmpty();
		softly.assertAll();
	}

	void assertRejected(String event, String message) {
		assertThatException().isThrownBy(() -> this.handler.invoke(event))
			.satisfies((ex) -> assertThat(causeOf(ex, InvalidStreamEventException.class)).hasMessage(message));
		assertThat(RecordingApplication.seen).isEmpty();
	}

	static List<Seen> seen(String listener) {
		synchronized (RecordingApplication.seen) {
			return RecordingApplication.seen.stream().filter((seen) -> seen.listener().equals(listener)).toList();
		}
	}

	private static Map<String, AttributeValue> item(String id, String name) {
		return Map.of("id", AttributeValue.fromS(id), "name", AttributeValue.fromS(name));
	}

	static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
	}

}
