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
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DynamoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the rules of DynamoDB itself that {@link StreamEventDecoder} checks: stream
 * ARNs, sets, numbers, UTF-16 strings and key types.
 */
class StreamEventDecoderDynamoDbRulesTests {

	static final List<String> BEYOND_DYNAMODB = StreamEvents.BEYOND_DYNAMODB;

	private static final String RECORD = "Record 1 (SequenceNumber 7) of the DynamoDB stream event ";

	private final StreamEventDecoder decoder = new StreamEventDecoder();

	@ParameterizedTest
	@ValueSource(strings = { "12345678901234567890123456789012345678", "-1.2345678901234567890123456789012345678",
			"1E-130", "-1E-130", "9.9999999999999999999999999999999999999E+125",
			"-9.9999999999999999999999999999999999999E+125", "0", "-0", "0.000", "0E-999", "0E+999",
			"000012345678901234567890123456789012345678000000", "1000000000000000000000000000000000000000000000",
			"0.0000000000000000000000000000000000000000000000000000000001", "10E-131", "0.01E127", "+5", ".5", "5.",
			"1e2" })
	void acceptsEveryNumberDynamoDbStores(String number) {
		DynamoRecord record = decodeImage("{\"n\":{\"N\":\"" + number + "\"},\"ns\":{\"NS\":[\"" + number + "\"]}}");
		assertThat(record.newImage().get("n").n()).isEqualTo(number);
		assertThat(record.newImage().get("ns").ns()).containsExactly(number);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			123456789012345678901234567890123456789                 | with more than 38 significant digits
			1.000000000000000000000000000000000000001               | with more than 38 significant digits
			-0.00123456789012345678901234567890123456789            | with more than 38 significant digits
			1E126                                                   | out of DynamoDB's range
			10E125                                                  | out of DynamoDB's range
			-99999999999999999999999999999999999999E+89             | out of DynamoDB's range
			1E-131                                                  | out of DynamoDB's range
			-0.1E-130                                               | out of DynamoDB's range
			5E99999999999999999999                                  | out of DynamoDB's range
			""")
	void rejectsNumbersDynamoDbCannotStoreNamingThePathAndTheRuleButNotTheValue(String number, String rule) {
		assertRejected("{\"a\":{\"M\":{\"b\":{\"L\":[{\"S\":\"x\"},{\"N\":\"" + number + "\"}]}}}}",
				"has an N value at 'NewImage.a.b[1]' " + rule, number);
		assertRejected("{\"ns\":{\"NS\":[\"1\",\"" + number + "\"]}}", "has an NS value at 'NewImage.ns[1]' " + rule,
				number);
	}

	@Test
	void acceptsSetsWhoseMembersDifferInValueOrBytes() {
		DynamoRecord record = decodeImage("{\"ns\":{\"NS\":[\"1\",\"10\",\"0.1\",\"-1\",\"1E2\"]},"
				+ "\"ss\":{\"SS\":[\"a\",\"A\",\"a \",\"\"]},\"bs\":{\"BS\":[\"AAEqQQ==\",\"AAEqQg==\",\"\"]}}");
		assertThat(record.newImage().get("ns").ns()).containsExactly("1", "10", "0.1", "-1", "1E2");
		assertThat(record.newImage().get("ss").ss()).hasSize(4);
		assertThat(record.newImage().get("bs").bs()).hasSize(3);
	}

	@Test
	void acceptsSetsOfNumbersThatDifferInValue() {
		DynamoRecord record = decodeImage("{\"ns\":{\"NS\":[\"1\",\"1.1\",\"11E-2\",\"-1.1\",\"0\"]}}");
		assertThat(record.newImage().get("ns").ns()).containsExactly("1", "1.1", "11E-2", "-1.1", "0");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			"1","1.0"          | [1]
			"1","10E-1"        | [1]
			"0","-0.00"        | [1]
			"2","1E2","100"    | [2]
			"7","0.07E2"       | [1]
			""")
	void comparesNumberSetMembersByValue(String members, String index) {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> decodeImage("{\"ns\":{\"NS\":[" + members + "]}}"))
			.withMessageStartingWith(RECORD + "has an NS value at 'NewImage.ns" + index + "' that repeats a member: "
					+ "the members of a DynamoDB set are unique (numbers compared by value) (line 1, column ");
	}

	@Test
	void comparesStringsExactlyAndBinariesByBytes() {
		assertRejected("{\"ss\":{\"SS\":[\"secret\",\"other\",\"secret\"]}}",
				"has an SS value at 'NewImage.ss[2]' that repeats a member: the members of a DynamoDB set are unique "
						+ "(line 1, column ",
				"secret");
		assertRejected("{\"bs\":{\"BS\":[\"c2VjcmV0\",\"c2VjcmV0\"]}}",
				"has a BS value at 'NewImage.bs[1]' that repeats a member: the members of a DynamoDB set are unique "
						+ "(binaries compared by bytes)",
				"c2VjcmV0");
		assertRejected("{\"m\":{\"M\":{\"bs\":{\"BS\":[\"AA==\",\"AA\"]}}}}", "has a BS value at 'NewImage.m.bs[1]'",
				"AA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SS", "NS", "BS" })
	void rejectsEmptySets(String type) {
		assertRejected(
				"{\"l\":{\"L\":[{\"" + type + "\":[]}]}}", "has a" + (type.equals("BS") ? "" : "n") + " " + type
						+ " value at 'NewImage.l[0]' that is empty: " + "DynamoDB has no empty sets (line 1, column ",
				"\"l\":");
	}

	@Test
	void acceptsWellFormedUtf16AndRejectsUnpairedSurrogates() {
		DynamoRecord record = decodeImage(
				"{\"s\":{\"S\":\"\\ud83d\\ude00 \ud83d\ude00\"},\"\\ud83d\\ude00\":{\"SS\":[\"\\uD83D\\uDE00x\"]}}");
		assertThat(record.newImage().get("s").s()).isEqualTo("\ud83d\ude00 \ud83d\ude00");
		assertRejected("{\"s\":{\"S\":\"secret\\ud83d\"}}",
				"has an S value at 'NewImage.s' that is not well-formed UTF-16 (an unpaired surrogate)", "secret");
		assertRejected("{\"s\":{\"S\":\"\\ude00secret\"}}", "has an S value at 'NewImage.s'", "secret");
		assertRejected("{\"l\":{\"L\":[{\"SS\":[\"\\ud83d\\ud83dsecret\"]}]}}",
				"has an SS value at 'NewImage.l[0][0]' that is not well-formed UTF-16", "secret");
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> decodeImage("{\"m\":{\"M\":{\"secret\\udfff\":{\"S\":\"x\"}}}}"))
			.withMessageStartingWith("Input is not valid JSON: Unexpected low surrogate in property name (line 1, ")
			.withMessageNotContaining("secret");
	}

	@Test
	void acceptsKeysOfTypeStringNumberAndBinary() {
		DynamoRecord record = decode(StreamEventJson.event()
			.record("INSERT", "7", "{\"s\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"},\"b\":{\"B\":\"AA==\"}}", null, null)
			.json());
		assertThat(record.keys()).containsOnlyKeys("s", "n", "b");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"SS\":[\"secret\"]}", "{\"NS\":[\"1\"]}", "{\"BS\":[\"AA==\"]}",
			"{\"M\":{\"k\":{\"S\":\"secret\"}}}", "{\"L\":[{\"S\":\"secret\"}]}", "{\"NULL\":true}",
			"{\"BOOL\":true}" })
	void rejectsKeysOfOtherTypes(String value) {
		String type = value.substring(2, value.indexOf('"', 2));
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> decode(StreamEventJson.event()
				.record("INSERT", "7", "{\"id\":{\"S\":\"a\"},\"sk\":" + value + "}", null, null)
				.json()))
			.withMessageStartingWith(RECORD + "has a" + ("SS NS M L".contains(type) ? "n" : "") + " " + type
					+ " value at 'Keys.sk': key attributes are S, N or B (line 1, column ")
			.withMessageNotContaining("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2015-06-27T00:48:05.899",
			"arn:aws-cn:dynamodb:cn-north-1:123456789012:table/a.b-c_d/stream/label",
			"arn:aws-us-gov:dynamodb:us-gov-west-1:000000000000:table/abc/stream/2026-01-01T00:00:00.000" })
	void acceptsTableStreamArnsOfEveryPartition(String arn) {
		DynamoRecord record = decode(
				StreamEventJson.event().from(arn).record("INSERT", "7", StreamEventJson.key("a"), null, null).json());
		assertThat(record.eventSourceArn()).isEqualTo(arn);
	}

	@ParameterizedTest
	@ValueSource(strings = { "stream-ARN", "", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders",
			"arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/",
			"arn:aws:dynamodb:us-east-1:1234:table/Orders/stream/x",
			"arn:aws:kinesis:us-east-1:123456789012:table/Orders/stream/x",
			"arn:aws:dynamodb:us-east-1:123456789012:table/Orders!/stream/x",
			"arn:aws:dynamodb:us-east-1:123456789012:table/Or ders/stream/x",
			"arn:aws:dynamodb::123456789012:table/Orders/stream/x",
			"arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/x/y",
			"arn:aws:dynamodb:us-east-1:123456789012:table/Orders/index/byName" })
	void rejectsAnEventSourceArnThatIsNotATableStreamArn(String arn) {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(
				StreamEventJson.event().from(arn).record("INSERT", "7", StreamEventJson.key("a"), null, null).json()))
			.withMessage(RECORD + "has eventSourceARN '" + arn + "', not a DynamoDB table stream ARN: expected "
					+ "arn:<partition>:dynamodb:<region>:<account>:table/<name>/stream/<label>");
	}

	@Test
	void checksTheEventSourceArnOfEveryRecord() {
		String good = StreamEventJson.TEST_TABLE_STREAM;
		String event = StreamEventJson.event()
			.insert("1", "a", "b")
			.from(good.substring(0, good.length() - 1))
			.insert("2", "c", "d")
			.from("bad")
			.insert("3", "e", "f")
			.json();
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode(event))
			.withMessageStartingWith(
					"Record 3 (SequenceNumber 3) of the DynamoDB stream event has eventSourceARN 'bad'");
	}

	@ParameterizedTest
	@FieldSource("BEYOND_DYNAMODB")
	void rejectsTheFixturesThatBreakARuleOfDynamoDbAndDecodesThemRepaired(String fixture) {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> this.decoder.decode(StreamEvents.storedBytes(fixture)))
			.withMessageMatching("Record \\d \\(SequenceNumber \\d+\\) of the DynamoDB stream event has "
					+ "(eventSourceARN '[a-zA-Z_-]+', not a DynamoDB table stream ARN: .*"
					+ "|an? [SB]S value at '[A-Za-z]+Image\\.[A-Za-z0-9]+(\\[\\d\\])?' that (repeats a member|is empty).*)");
		assertThat(this.decoder.decode(StreamEvents.bytes(fixture))).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"tags\":{\"SS\":[]}}", "{\"m\":{\"M\":{\"ns\":{\"NS\":[\"1\",\"10E-1\"]}}}}",
			"{\"l\":{\"L\":[{\"S\":\"ok\"},{\"BS\":[\"AAEqQQ==\",\"AAEqQQ==\"]}]}}", "{\"n\":{\"N\":\"1E126\"}}",
			"{\"n\":{\"N\":\"1234567890123456789012345678901234567890\"}}", "{\"s\":{\"S\":\"a\\ud800\"}}",
			"{\"ss\":{\"SS\":[\"a\",\"\\udc00\"]}}" })
	void checksEventsOfTheLambdaEventsLibraryWithTheSameRulesAndMessages(String image) {
		byte[] json = StreamEventJson.event().record("INSERT", "7", StreamEventJson.key("a"), image, null).bytes();
		String fromJson = catchMessage(() -> this.decoder.decode(json));
		String fromModel = catchMessage(() -> this.decoder.decode(StreamEvents.decode(json)));
		assertThat(fromModel).startsWith(RECORD).isEqualTo(fromJson.replaceAll(" \\(line 1, column \\d+\\)$", ""));
	}

	@Test
	void checksTheKeysAndTheEventSourceArnOfEventsOfTheLambdaEventsLibrary() {
		byte[] keys = StreamEventJson.event().record("INSERT", "7", "{\"id\":{\"NS\":[\"1\"]}}", null, null).bytes();
		assertThat(catchMessage(() -> this.decoder.decode(StreamEvents.decode(keys))))
			.isEqualTo(RECORD + "has an NS value at 'Keys.id': key attributes are S, N or B");
		byte[] arn = StreamEventJson.event()
			.from("stream-ARN")
			.record("INSERT", "7", StreamEventJson.key("a"), null, null)
			.bytes();
		assertThat(catchMessage(() -> this.decoder.decode(StreamEvents.decode(arn))))
			.isEqualTo(RECORD + "has eventSourceARN 'stream-ARN', not a DynamoDB table stream ARN: expected "
					+ "arn:<partition>:dynamodb:<region>:<account>:table/<name>/stream/<label>");
	}

	private static String catchMessage(Runnable decoding) {
		try {
			decoding.run();
		}
		catch (InvalidStreamEventException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("The event was not rejected");
	}

	private void assertRejected(String image, String problem, String value) {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decodeImage(image))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith(RECORD + problem).doesNotContain(value));
	}

	private DynamoRecord decodeImage(String image) {
		return decode(StreamEventJson.event().record("INSERT", "7", StreamEventJson.key("a"), image, null).json());
	}

	private DynamoRecord decode(String event) {
		List<DynamoRecord> records = this.decoder.decode(event.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(records).hasSize(1);
		Map<String, AttributeValue> keys = records.get(0).keys();
		assertThat(keys).isNotEmpty();
		return records.get(0);
	}

}
