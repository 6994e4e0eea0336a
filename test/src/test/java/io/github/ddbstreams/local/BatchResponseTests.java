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

package io.github.ddbstreams.local;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.ddbstreams.test.LambdaResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BatchResponse}: the response of the function read the way Lambda reads
 * it.
 */
class BatchResponseTests {

	private final List<ShardRecord> batch = List.of(record("100"), record("200"), record("300"));

	@ParameterizedTest
	@ValueSource(strings = { "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}", "{}", "", "null", "\"OK\"",
			"not json" })
	void takesEmptyOrMissingFailuresAsSuccess(String response) {
		BatchResponse read = read(response, true);
		assertThat(read.failed()).isFalse();
		assertThat(read.processed()).isEqualTo(3);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"batchItemFailures":[{"itemIdentifier":"200"}]}                                | 1
			{"batchItemFailures":[{"itemIdentifier":"100"}]}                                | 0
			{"batchItemFailures":[{"itemIdentifier":"300"},{"itemIdentifier":"200"}]}       | 1
			""")
	void retriesFromTheReportedRecordWithTheLowestSequenceNumber(String response, int processed) {
		BatchResponse read = read(response, true);
		assertThat(read.failed()).isTrue();
		assertThat(read.processed()).isEqualTo(processed);
		assertThat(read.problem()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					{"batchItemFailures":[{"itemIdentifier":""}]}          | a batch item failure has no 'itemIdentifier'
					{"batchItemFailures":[{"itemIdentifier":null}]}        | a batch item failure has no 'itemIdentifier'
					{"batchItemFailures":[{"itemId":"200"}]}               | a batch item failure has no 'itemIdentifier'
					{"batchItemFailures":[{"itemIdentifier":"999"}]}       | batch item failure '999' is not a record of the batch
					{"batchItemFailures":"200"}                            | 'batchItemFailures' is not a list
					""")
	void failsTheWholeBatchForFailuresLambdaRejects(String response, String problem) {
		BatchResponse read = read(response, true);
		assertThat(read.failed()).isTrue();
		assertThat(read.processed()).isZero();
		assertThat(read.problem()).isEqualTo(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"batchItemFailures\":[{\"itemIdentifier\":\"200\"}]}", "\"OK\"" })
	void ignoresTheResponseWithoutPartialBatchResponses(String response) {
		assertThat(read(response, false).failed()).isFalse();
	}

	@Test
	void failsTheWholeBatchOfAWindowInvocationWhoseResponseHasNoState() {
		BatchResponse response = BatchResponse.read(
				LambdaResponse.of("{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8)), true, this.batch,
				true);
		assertThat(response.failed()).isTrue();
		assertThat(response.processed()).isZero();
		assertThat(response.problem())
			.isEqualTo("the response to a tumbling window's invocation has no 'state' object");
	}

	@Test
	void readsTheFailedRecordOfAWindowInvocationWithState() {
		BatchResponse response = BatchResponse.read(LambdaResponse
			.of("{\"state\":{\"counter\":\"{}\"},\"batchItemFailures\":[{\"itemIdentifier\":\"200\"}]}"
				.getBytes(StandardCharsets.UTF_8)), true, this.batch, true);
		assertThat(response.failed()).isTrue();
		assertThat(response.problem()).isNull();
	}

	private BatchResponse read(String response, boolean reportBatchItemFailures) {
		return BatchResponse.read(LambdaResponse.of(response.getBytes(StandardCharsets.UTF_8)), reportBatchItemFailures,
				this.batch, false);
	}

	private static ShardRecord record(String sequenceNumber) {
		return new ShardRecord(sequenceNumber, null, JsonMapper.builder().build().createObjectNode());
	}

}
