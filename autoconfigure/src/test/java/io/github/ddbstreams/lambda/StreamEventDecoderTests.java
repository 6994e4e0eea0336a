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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.harness.events.HostileEvents;
import io.github.ddbstreams.harness.events.HostileEvents.HostileEvent;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamEventDecoder}.
 */
class StreamEventDecoderTests {

	static final List<String> EVENT_FIXTURES = StreamEvents.EVENT_FIXTURES;

	private final StreamEventDecoder decoder = new StreamEventDecoder();

	@ParameterizedTest
	@FieldSource("EVENT_FIXTURES")
	void decodesEveryFixtureLikeAnIndependentReadingOfItsJson(String fixture) {
		List<DynamoRecord> records = this.decoder.decode(StreamEvents.bytes(fixture));
		List<JsonNode> expected = StreamEvents.records(fixture);
		assertThat(records).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			JsonNode json = expected.get(i);
			JsonNode dynamodb = json.get("dynamodb");
			DynamoRecord record = records.get(i);
			assertThat(record.eventName().name()).isEqualTo(json.get("eventName").asString());
			assertThat(record.eventId()).isEqualTo(json.get("eventID").asString());
			assertThat(record.eventVersion()).isEqualTo(json.get("eventVersion").asString());
			assertThat(record.eventSource()).isEqualTo("aws:dynamodb");
			assertThat(record.awsRegion()).isEqualTo(json.get("awsRegion").asString());
			assertThat(record.eventSourceArn()).isEqualTo(json.get("eventSourceARN").asString());
			assertThat(record.tableName()).isEqualTo(DynamoDbArn.tableNameOf(json.get("eventSourceARN").asString()));
			assertThat(record.sequenceNumber()).isEqualTo(dynamodb.get("SequenceNumber").asString());
			assertThat(record.sizeBytes()).isEqualTo(dynamodb.get("SizeBytes").asLong());
			assertThat(record.streamViewType().toString()).isEqualTo(dynamodb.get("StreamViewType").asString());
			assertThat(record.keys()).isEqualTo(StreamEvents.attributes(dynamodb.get("Keys")));
			assertThat(record.newImage()).isEqualTo(StreamEvents.image(json, "NewImage"));
			assertThat(record.oldImage()).isEqualTo(StreamEvents.image(json, "OldImage"));
			assertThat(record.isTimeToLiveDelete()).isEqualTo(StreamEvents.timeToLiveDelete(json));
		}
	}

	@ParameterizedTest
	@FieldSource("EVENT_FIXTURES")
	void buildsTheRawRecordsAsTheLambdaRuntimeDecodesThem(String fixture) {
		List<DynamoRecord> records = this.decoder.decode(StreamEvents.bytes(fixture));
		List<DynamodbStreamRecord> expected = StreamEvents.fixture(fixture).getRecords();
		for (int i = 0; i < expected.size(); i++) {
			DynamoRecord record = records.get(i);
			DynamodbStreamRecord raw = expected.get(i);
			Instant created = DynamoRecord.of(raw, null, new DefaultTableSchemaResolver()).approximateCreationTime();
			assertThat(record.approximateCreationTime()).isEqualTo(created);
			raw.getDynamodb().setApproximateCreationDateTime((created != null) ? Date.from(created) : null);
			assertThat(record.raw()).as("record %d", i).isEqualTo(raw);
		}
	}

	@Test
	void decodesTheWholeArrayOfAByteArrayStreamAndWhatIsLeftOfOneAlreadyRead() throws Exception {
		byte[] json = StreamEventJson.event().insert("1", "id-1", "first").insert("2", "id-2", "second").bytes();
		assertThat(this.decoder.decode(new ByteArrayInputStream(json))).extracting(DynamoRecord::sequenceNumber)
			.containsExactly("1", "2");
		byte[] padded = new byte[json.length + 3];
		padded[0] = ' ';
		padded[1] = ' ';
		System.arraycopy(json, 0, padded, 2, json.length);
		padded[padded.length - 1] = ' ';
		ByteArrayInputStream partlyRead = new ByteArrayInputStream(padded);
		assertThat(partlyRead.read()).isEqualTo(' ');
		List<DynamoRecord> records = this.decoder.decode(partlyRead);
		assertThat(records).extracting(DynamoRecord::sequenceNumber).containsExactly("1", "2");
		assertThat(records.get(1).newImage()).containsEntry("name", AttributeValue.fromS("second"));
		ByteArrayInputStream inPieces = new ByteArrayInputStream(json) {

			@Override
			public long transferTo(OutputStream out) throws IOException {
				out.write(this.buf, 0, 10);
				out.write(this.buf[10]);
				out.write(this.buf, 11, this.count - 11);
				return this.count;
			}

		};
		assertThat(this.decoder.decode(inPieces)).extracting((record) -> record.newImage().get("name").s())
			.containsExactly("first", "second");
	}

	@Test
	void keepsEveryAttributeTypeAndTheExactTextOfNumbers() {
		DynamoRecord record = this.decoder.decode(StreamEvents.bytes("lambda-go__dynamodb-event.json")).get(1);
		Map<String, AttributeValue> image = record.newImage();
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
		String exact = "0.10000000000000000000000000000000000001";
		DynamoRecord precise = decode(StreamEventJson.event()
			.record("INSERT", "1", StreamEventJson.key("a"),
					"{\"n\":{\"N\":\"" + exact + "\"},\"ns\":{\"NS\":[\"1E+3\","
							+ "\"-0.0\"]},\"e\":{\"M\":{}},\"l\":{\"L\":[]}}",
					null)
			.json()).get(0);
		assertThat(precise.newImage().get("n").n()).isEqualTo(exact);
		assertThat(precise.newImage().get("ns").ns()).containsExactly("1E+3", "-0.0");
		assertThat(precise.newImage().get("e").hasM()).isTrue();
		assertThat(precise.newImage().get("l").hasL()).isTrue();
	}

	@Test
	void readsEscapesUnicodeAndWhiteSpaceLikeAnIndependentReading() {
		String image = "{ \"plain\" : { \"S\" : \"text\" },\n\t\"esc\\u00e9\":{\"S\":\"a\\\"b\\\\c\\n\\t\\/\\u0041\\ud83d\\ude00\"},"
				+ "\"raw\":{\"S\":\"caf\u00e9 \u65e5\u672c \ud83d\ude00 mix\\u00e9\u00e9\"},\"\\u0053et\":{\"\\u0053S\":[\"x\",\"\u00fc\"]},"
				+ "\"deep\":{\"L\":[ {\"M\":{ \"k\":{\"BOOL\":false},\"n\":{\"NULL\" : true} }}, {\"NS\":[ \"0\" ]} ]},"
				+ "\"bin\":{\"BS\":[\"AAEC\",\"\"]}}";
		String event = StreamEventJson.event().record("INSERT", "1", StreamEventJson.key("a"), image, null).json();
		Map<String, AttributeValue> decoded = decode(event).get(0).newImage();
		Map<String, AttributeValue> expected = StreamEvents
			.attributes(StreamEvents.tree(event.getBytes(StandardCharsets.UTF_8))
				.get("Records")
				.get(0)
				.get("dynamodb")
				.get("NewImage"));
		assertThat(decoded).isEqualTo(expected);
		assertThat(decoded.get("esc\u00e9").s()).isEqualTo("a\"b\\c\n\t/A\ud83d\ude00");
		assertThat(decoded.get("raw").s()).isEqualTo("caf\u00e9 \u65e5\u672c \ud83d\ude00 mix\u00e9\u00e9");
		assertThat(decoded.get("Set").ss()).containsExactly("x", "\u00fc");
	}

	@Test
	void readsKeysAndImagesFromTheEventOnlyWhenFirstAskedFor() {
		byte[] json = StreamEventJson.event().modify("1", "id-1", "before", "after!").bytes();
		DynamoRecord record = this.decoder.decode(json).get(0);
		assertThat(record.newImage().get("name").s()).isEqualTo("after!");
		String text = new String(json, StandardCharsets.UTF_8);
		int oldName = text.lastIndexOf("before");
		System.arraycopy("BEFORE".getBytes(StandardCharsets.UTF_8), 0, json, oldName, 6);
		assertThat(record.oldImage().get("name").s()).isEqualTo("BEFORE");
		assertThat(record.newImage().get("name").s()).isEqualTo("after!");
		assertThat(record.hasOldImage()).isTrue();
	}

	@Test
	void namesTheLogicalTableWithoutItsNamespace() {
		StreamEventDecoder namespaced = new StreamEventDecoder(new TableNamespace("demo-dev", "_"),
				new DefaultTableSchemaResolver());
		List<DynamoRecord> records = namespaced.decode(StreamEventJson.event()
			.insert("1", "a", "b")
			.from("arn:aws:dynamodb:us-east-1:123456789012:table/other/stream/2026-01-01T00:00:00.000")
			.insert("2", "c", "d")
			.bytes());
		assertThat(records).extracting(DynamoRecord::tableName).containsExactly("test-table", "other");
	}

	@Test
	void toleratesFieldsItDoesNotKnowAndAByteOrderMark() {
		String record = HostileEvents.record("1")
			.replace("\"eventID\"", "\"future\":{\"a\":[1,{\"b\":null}]},\"eventID\"")
			.replace("\"SizeBytes\"", "\"Extra\":true,\"SizeBytes\"");
		String event = "\uFEFF{\"future\":{\"start\":\"x\"},\"Records\":[" + record + "],\"shardId\":\"s\","
				+ "\"window\":{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-01-01T00:01:00Z\",\"next\":[1]}}";
		List<DynamoRecord> records = decode(event);
		assertThat(records).extracting(DynamoRecord::sequenceNumber).containsExactly("1");
		assertThat(records.get(0).eventName()).isEqualTo(DynamoEventName.INSERT);
	}

	@Test
	void acceptsAnEventWithoutRecords() {
		assertThat(decode("{\"Records\":[]}")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("io.github.ddbstreams.harness.events.HostileEvents#all")
	void rejectsEveryHostileBodyNamingTheProblemWithoutItemData(HostileEvent hostile) {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> this.decoder.decode(hostile.body()))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(hostile.message())
				.doesNotContain("name-2", "id-2", hostile.value(), "NullPointerException", "ClassCastException",
						"Possible bug"));
	}

	@Test
	void saysWhereTheJsonIsWrong() {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode("not json"))
			.withMessageStartingWith("Input is not valid JSON: Unrecognized token 'not'")
			.withMessageEndingWith("(line 1, column 1)");
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode("{\"Records\":["))
			.withMessageStartingWith("Input is not valid JSON: Unexpected end-of-input")
			.withMessageContaining("(line 1, column 13)")
			.withMessageNotContaining("start marker");
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(
					() -> decode("{\"Records\":[\n{\"eventSource\":\"aws:dynamodb\",\n\"dynamodb\":{\"Keys\":7}}]}"))
			.withMessage("Record 1 of the DynamoDB stream event has a number as 'dynamodb.Keys': expected an object "
					+ "(line 3, column 20)");
	}

	@Test
	void reportsTheFirstProblemOfARecordWithItsSequenceNumber() {
		String event = StreamEventJson.event()
			.record("UPSERT", "7", StreamEventJson.key("a"), "{\"id\":{\"S\":\"a\"},\"at\":{\"DATE\":\"2026\"}}", null)
			.json();
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(event))
			.withMessageStartingWith("Record 1 (SequenceNumber 7) of the DynamoDB stream event has attribute 'at' in "
					+ "'dynamodb.NewImage' with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)"
					+ " (line 1, column ");
	}

	@Test
	void namesNoNestedMapKeyNorValue() {
		String event = StreamEventJson.event()
			.record("INSERT", "8", StreamEventJson.key("a"),
					"{\"contacts\":{\"M\":{\"alice@example.com\":{\"S\":\"secret\",\"S\":\"again\"}}}}", null)
			.json();
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(event))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.contains("has attribute 'contacts' in 'dynamodb.NewImage' with a key twice in its value")
				.doesNotContain("alice", "secret", "again"));
		String broken = "{\"Records\":[" + HostileEvents.record("9")
			.replace("\"name\":{\"S\":\"name-9\"}", "\"name\":{\"S\":\"secret\" \"sauce\"}") + "]}";
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(broken))
			.satisfies((ex) -> assertThat(ex.getMessage())
				.startsWith("Input is not valid JSON: Unexpected character (line 1, column ")
				.contains(" in 'dynamodb.NewImage' of record 1 of the DynamoDB stream event")
				.doesNotContain("secret", "sauce"));
	}

	@Test
	void escapesStringsOfTheEventInItsMessages() {
		String event = StreamEventJson.event()
			.record("INSERT", "1\\n2", StreamEventJson.key("a"), null, null)
			.json()
			.replace("\"eventName\":\"INSERT\"", "\"eventName\":\"IN\\r\\nSERT\"");
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(event))
			.withMessage("Record 1 (SequenceNumber 1\\n2) of the DynamoDB stream event has eventName 'IN\\r\\nSERT', "
					+ "not one of INSERT, MODIFY, REMOVE");
	}

	@Test
	void checksEventsOfTheLambdaEventsLibraryThatItDidNotDecode() {
		DynamodbEvent event = StreamEvents.decode(StreamEventJson.event()
			.insert("1", "a", "a1")
			.record("REMOVE", "6", StreamEventJson.key("a"), null,
					"{\"id\":{\"S\":\"a\"},\"address\":{\"M\":{\"zip\":{\"X\":\"1\"}}}}")
			.bytes());
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> this.decoder.decode(event))
			.withMessage("Record 2 (SequenceNumber 6) of the DynamoDB stream event has attribute 'address' in "
					+ "'dynamodb.OldImage' with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		List<DynamoRecord> records = this.decoder
			.decode(StreamEvents.decode(StreamEventJson.event().insert("1", "a", "a1").bytes()));
		assertThat(records.get(0).newImage()).containsEntry("name", AttributeValue.fromS("a1"));
		assertThat(this.decoder.decode(new DecodedStreamEvent(records))).isEqualTo(records);
	}

	private List<DynamoRecord> decode(String json) {
		return this.decoder.decode(json.getBytes(StandardCharsets.UTF_8));
	}

}
