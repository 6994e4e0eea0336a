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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link LambdaResponse} and {@link LambdaResponseAssert}: the response of the
 * function read the way Lambda reads a partial batch response.
 */
class LambdaResponseTests {

	@ParameterizedTest
	@ValueSource(strings = { "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}", "{}", "", "null", "\"OK\"",
			"not json" })
	void takesEmptyOrMissingFailuresAsSuccess(String body) {
		LambdaResponse response = response(body);
		assertThat(response.isSuccess()).isTrue();
		assertThat(response.failedSequenceNumbers()).isEmpty();
		assertThat(response.rejectionReason()).isNull();
		assertThat(response.toStreamsEventResponse().getBatchItemFailures()).isEmpty();
		assertThat(response).hasNoBatchItemFailures().hasBatchItemFailures();
		assertThat(response.bodyAsString()).isEqualTo(body);
	}

	@Test
	void readsTheReportedSequenceNumbersInTheirOrder() {
		LambdaResponse response = response(
				"{\"batchItemFailures\":[{\"itemIdentifier\":\"300\"},{\"itemIdentifier\":\"200\"}]}");
		assertThat(response.isSuccess()).isFalse();
		assertThat(response.failedSequenceNumbers()).containsExactly("300", "200");
		assertThat(response.toStreamsEventResponse().getBatchItemFailures()).extracting("itemIdentifier")
			.containsExactly("300", "200");
		assertThat(response).hasBatchItemFailures("300", "200");
		assertThat(response.toString())
			.startsWith("LambdaResponse{failed sequence numbers [300, 200], body {\"batchItemFailures\":");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"batchItemFailures":[{"itemIdentifier":""}]}      | a batch item failure has no 'itemIdentifier'
			{"batchItemFailures":[{"itemIdentifier":null}]}    | a batch item failure has no 'itemIdentifier'
			{"batchItemFailures":[{"itemIdentifier":200}]}     | a batch item failure has no 'itemIdentifier'
			{"batchItemFailures":[{"itemId":"200"}]}           | a batch item failure has no 'itemIdentifier'
			{"batchItemFailures":["200"]}                      | a batch item failure has no 'itemIdentifier'
			{"batchItemFailures":"200"}                        | 'batchItemFailures' is not a list
			""")
	void knowsTheResponsesLambdaRejects(String body, String reason) {
		LambdaResponse response = response(body);
		assertThat(response.isSuccess()).isFalse();
		assertThat(response.rejectionReason()).isEqualTo(reason);
		assertThatIllegalStateException().isThrownBy(response::failedSequenceNumbers)
			.withMessage("Lambda rejects this response and fails the whole batch: " + reason);
		assertThat(response).isRejectedByLambda();
	}

	@Test
	void failsAssertionsWithWhatTheResponseSays() {
		LambdaResponse failed = response("{\"batchItemFailures\":[{\"itemIdentifier\":\"200\"}]}");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(failed).hasNoBatchItemFailures())
			.withMessage("Expected a response without batch item failures, but it reports sequence numbers [200]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(failed).hasBatchItemFailures("100"))
			.withMessage("Expected batch item failures [100], but the response reports [200]");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(failed).isRejectedByLambda())
			.withMessage("Expected a response that Lambda rejects, but it accepts "
					+ "{\"batchItemFailures\":[{\"itemIdentifier\":\"200\"}]}");
		LambdaResponse rejected = response("{\"batchItemFailures\":\"200\"}");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(rejected).hasNoBatchItemFailures())
			.withMessage("Expected a response without batch item failures, but Lambda rejects it and fails the "
					+ "whole batch ('batchItemFailures' is not a list): {\"batchItemFailures\":\"200\"}");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(rejected).hasBatchItemFailures("200"))
			.withMessageStartingWith("Expected batch item failures [200], but Lambda rejects the response");
	}

	@Test
	void assertsOnTheBody() {
		assertThat(response("{\"batchItemFailures\":[]}")).body().isEqualTo("{\"batchItemFailures\":[]}");
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		LambdaResponse response = LambdaResponse.of(body);
		response.body()[0] = 'x';
		assertThat(response.bodyAsString()).isEqualTo("{}");
	}

	private static LambdaResponse response(String body) {
		return LambdaResponse.of(body.getBytes(StandardCharsets.UTF_8));
	}

}
