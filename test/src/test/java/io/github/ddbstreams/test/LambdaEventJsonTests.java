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
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.harness.events.StreamEvents;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LambdaEventJson}: the records of the DynamoDB Streams API, as the AWS
 * SDK returns them, become the JSON of the Lambda events in the fixtures.
 */
class LambdaEventJsonTests {

	static final List<String> EVENT_FIXTURES = StreamEvents.EVENT_FIXTURES;

	private final LambdaEventJson builder = new LambdaEventJson();

	@ParameterizedTest
	@FieldSource("EVENT_FIXTURES")
	void buildsTheRecordsOfEveryFixtureFromTheStreamRecords(String fixture) {
		for (JsonNode expected : StreamEvents.records(fixture)) {
			ObjectNode record = this.builder.record(streamRecord(expected), expected.get("eventSourceARN").asString());
			JsonNode built = StreamEvents.tree(this.builder.event(List.of(record))).get("Records").get(0);
			assertThat(withoutCreationTime(built)).isEqualTo(withoutCreationTime(expected));
			assertThat(creationTime(built)).isEqualByComparingTo(creationTime(expected));
		}
	}

	@Test
	void writesTheFieldsInTheOrderLambdaSendsThem() {
		JsonNode expected = StreamEvents.records("lambda-dotnet__dynamodb-event.json").get(1);
		ObjectNode built = this.builder.record(streamRecord(expected), expected.get("eventSourceARN").asString());
		assertThat(built.propertyNames()).containsExactly("eventID", "eventName", "eventVersion", "eventSource",
				"awsRegion", "dynamodb", "eventSourceARN", "userIdentity");
		assertThat(built.get("dynamodb").propertyNames()).containsExactly("ApproximateCreationDateTime", "Keys",
				"OldImage", "SequenceNumber", "SizeBytes", "StreamViewType");
	}

	@Test
	void writesWholeEpochSecondsAsAnInteger() {
		JsonNode expected = StreamEvents.records("lambda-go__dynamodb-event.json").get(0);
		ObjectNode built = this.builder.record(streamRecord(expected), expected.get("eventSourceARN").asString());
		assertThat(built.get("dynamodb").get("ApproximateCreationDateTime").isIntegralNumber()).isTrue();
		assertThat(built.get("dynamodb").get("ApproximateCreationDateTime").asLong()).isEqualTo(1480642020L);
	}

	@Test
	void writesMotosMillisecondsAsAFractionOfEpochSecondsThatTheLambdaEventSerializersKeep() {
		JsonNode fixture = StreamEvents.records("lambda-go__dynamodb-event.json").get(0);
		Instant created = Instant.parse("2026-11-27T10:18:43.905Z");
		Record record = streamRecord(fixture).toBuilder()
			.dynamodb(streamRecord(fixture).dynamodb().toBuilder().approximateCreationDateTime(created).build())
			.build();
		ObjectNode built = this.builder.record(record, fixture.get("eventSourceARN").asString());
		JsonNode seconds = built.get("dynamodb").get("ApproximateCreationDateTime");
		assertThat(seconds.isNumber()).isTrue();
		assertThat(seconds.decimalValue()).isEqualByComparingTo(new BigDecimal("1795774723.905"));
		DynamodbEvent decoded = StreamEvents.decode(this.builder.event(List.of(built)));
		assertThat(decoded.getRecords().get(0).getDynamodb().getApproximateCreationDateTime().toInstant())
			.isEqualTo(created);
	}

	@Test
	void buildsAnEventThatTheLambdaEventSerializersDecodeLikeTheFixture() {
		for (String fixture : List.of("lambda-go__dynamodb-event.json", "lambda-dotnet__dynamodb-event.json",
				"java-libs__dynamo_event.json")) {
			List<ObjectNode> records = new ArrayList<>();
			for (JsonNode record : StreamEvents.records(fixture)) {
				records.add(this.builder.record(streamRecord(record), record.get("eventSourceARN").asString()));
			}
			DynamodbEvent built = StreamEvents.decode(this.builder.event(records));
			assertThat(built).as(fixture).isEqualTo(StreamEvents.fixture(fixture));
		}
	}

	static Record streamRecord(JsonNode json) {
		JsonNode dynamodb = json.get("dynamodb");
		StreamRecord.Builder change = StreamRecord.builder()
			.sequenceNumber(text(dynamodb, "SequenceNumber"))
			.streamViewType(text(dynamodb, "StreamViewType"));
		if (dynamodb.has("ApproximateCreationDateTime")) {
			BigDecimal seconds = dynamodb.get("ApproximateCreationDateTime").decimalValue();
			change.approximateCreationDateTime(Instant.ofEpochSecond(seconds.longValue(),
					seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue()));
		}
		if (dynamodb.has("SizeBytes")) {
			change.sizeBytes(dynamodb.get("SizeBytes").asLong());
		}
		if (dynamodb.has("Keys")) {
			change.keys(StreamEvents.attributes(dynamodb.get("Keys")));
		}
		if (dynamodb.has("NewImage")) {
			change.newImage(StreamEvents.attributes(dynamodb.get("NewImage")));
		}
		if (dynamodb.has("OldImage")) {
			change.oldImage(StreamEvents.attributes(dynamodb.get("OldImage")));
		}
		Record.Builder record = Record.builder()
			.eventID(text(json, "eventID"))
			.eventName(text(json, "eventName"))
			.eventVersion(text(json, "eventVersion"))
			.eventSource(text(json, "eventSource"))
			.awsRegion(text(json, "awsRegion"))
			.dynamodb(change.build());
		JsonNode identity = json.get("userIdentity");
		if (identity != null) {
			record.userIdentity(
					Identity.builder().principalId(text(identity, "principalId")).type(text(identity, "type")).build());
		}
		return record.build();
	}

	private static @Nullable String text(JsonNode node, String field) {
		return node.has(field) ? node.get(field).asString() : null;
	}

	private static JsonNode withoutCreationTime(JsonNode record) {
		ObjectNode copy = (ObjectNode) record.deepCopy();
		((ObjectNode) copy.get("dynamodb")).remove("ApproximateCreationDateTime");
		return copy;
	}

	private static BigDecimal creationTime(JsonNode record) {
		JsonNode time = record.get("dynamodb").get("ApproximateCreationDateTime");
		return (time != null) ? time.decimalValue() : BigDecimal.ZERO;
	}

}
