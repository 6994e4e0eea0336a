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

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;

/**
 * AssertJ assertions for a {@link LambdaResponse}: which records of the batch Lambda
 * takes as done. Get one with {@code Assertions.assertThat(response)}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class LambdaResponseAssert extends AbstractObjectAssert<LambdaResponseAssert, LambdaResponse> {

	/**
	 * Create an assertion.
	 * @param actual the response
	 */
	public LambdaResponseAssert(LambdaResponse actual) {
		super(actual, LambdaResponseAssert.class);
	}

	/**
	 * Verify that Lambda takes every record of the batch as done: the response reports no
	 * batch item failure, and Lambda does not reject it.
	 * @return this assertion
	 */
	public LambdaResponseAssert hasNoBatchItemFailures() {
		isNotNull();
		if (this.actual.rejectionReason() != null) {
			failWithMessage("Expected a response without batch item failures, but Lambda rejects it and fails the "
					+ "whole batch (%s): %s", this.actual.rejectionReason(), this.actual.bodyAsString());
		}
		if (!this.actual.failedSequenceNumbers().isEmpty()) {
			failWithMessage("Expected a response without batch item failures, but it reports sequence numbers %s",
					this.actual.failedSequenceNumbers());
		}
		return this;
	}

	/**
	 * Verify that the response reports exactly the given sequence numbers as failed, in
	 * this order, so that Lambda retries the batch from the lowest of them.
	 * @param sequenceNumbers the failed sequence numbers
	 * @return this assertion
	 */
	public LambdaResponseAssert hasBatchItemFailures(String... sequenceNumbers) {
		isNotNull();
		List<String> expected = Arrays.asList(sequenceNumbers);
		if (this.actual.rejectionReason() != null) {
			failWithMessage("Expected batch item failures %s, but Lambda rejects the response and fails the whole "
					+ "batch (%s): %s", expected, this.actual.rejectionReason(), this.actual.bodyAsString());
		}
		if (!this.actual.failedSequenceNumbers().equals(expected)) {
			failWithMessage("Expected batch item failures %s, but the response reports %s", expected,
					this.actual.failedSequenceNumbers());
		}
		return this;
	}

	/**
	 * Verify that Lambda rejects the response as a partial batch response, failing the
	 * whole batch.
	 * @return this assertion
	 */
	public LambdaResponseAssert isRejectedByLambda() {
		isNotNull();
		if (this.actual.rejectionReason() == null) {
			failWithMessage("Expected a response that Lambda rejects, but it accepts %s", this.actual.bodyAsString());
		}
		return this;
	}

	/**
	 * Verify that the response carries the state of a tumbling window, as every response
	 * to a window's invocation must, and return an assertion on it.
	 * @return the assertion on the state map: listener bean names to the JSON of their
	 * states
	 */
	public MapAssert<String, String> hasWindowState() {
		isNotNull();
		Map<String, String> state = this.actual.windowState();
		if (state == null) {
			failWithMessage(
					"Expected the response to carry the state of a tumbling window, but it has none"
							+ " (Lambda takes such a response for a failed invocation): %s",
					this.actual.bodyAsString());
		}
		return Assertions.assertThat(state);
	}

	/**
	 * Return an assertion on the response as the Lambda handler writes it, as text.
	 * @return the assertion on the body
	 */
	public AbstractStringAssert<?> body() {
		isNotNull();
		return Assertions.assertThat(this.actual.bodyAsString());
	}

}
