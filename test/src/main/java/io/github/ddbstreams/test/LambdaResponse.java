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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import org.assertj.core.api.AssertProvider;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the function answered Lambda for a batch of stream records, read the way Lambda
 * reads a partial batch response
 * ({@code FunctionResponseTypes: [ReportBatchItemFailures]}).
 * <p>
 * An empty response, one that is not a JSON object, and an empty, {@code null} or missing
 * {@code batchItemFailures} list mean that every record is done. Otherwise Lambda retries
 * from the record with the lowest of the reported sequence numbers
 * ({@code itemIdentifier}), and it rejects a response whose {@code batchItemFailures} is
 * not a list or has an entry without an {@code itemIdentifier} (or an empty one), failing
 * the whole batch.
 * <p>
 * Use it with AssertJ: {@code assertThat(response).hasNoBatchItemFailures()} (see
 * {@link LambdaResponseAssert}).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class LambdaResponse implements AssertProvider<LambdaResponseAssert> {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int LONGEST_BODY_IN_DESCRIPTION = 200;

	private final byte[] body;

	private final List<String> failedSequenceNumbers;

	private final @Nullable String rejectionReason;

	private final @Nullable Map<String, String> windowState;

	private LambdaResponse(byte[] body, List<String> failedSequenceNumbers, @Nullable String rejectionReason,
			@Nullable Map<String, String> windowState) {
		this.body = body;
		this.failedSequenceNumbers = failedSequenceNumbers;
		this.rejectionReason = rejectionReason;
		this.windowState = windowState;
	}

	/**
	 * Read the response of a function.
	 * @param body the response, as the Lambda handler writes it
	 * @return the response
	 */
	public static LambdaResponse of(byte[] body) {
		return read(body.clone());
	}

	private static LambdaResponse read(byte[] body) {
		JsonNode tree = parse(body);
		Map<String, String> windowState = windowState(tree);
		JsonNode failures = (tree != null && tree.isObject()) ? tree.get("batchItemFailures") : null;
		if (failures == null || failures.isNull()) {
			return new LambdaResponse(body, List.of(), null, windowState);
		}
		if (!failures.isArray()) {
			return new LambdaResponse(body, List.of(), "'batchItemFailures' is not a list", windowState);
		}
		List<String> sequenceNumbers = new ArrayList<>(failures.size());
		for (JsonNode failure : failures) {
			JsonNode identifier = (failure != null && failure.isObject()) ? failure.get("itemIdentifier") : null;
			if (identifier == null || !identifier.isString() || identifier.asString().isEmpty()) {
				return new LambdaResponse(body, List.of(), "a batch item failure has no 'itemIdentifier'", windowState);
			}
			sequenceNumbers.add(identifier.asString());
		}
		return new LambdaResponse(body, Collections.unmodifiableList(sequenceNumbers), null, windowState);
	}

	private static @Nullable Map<String, String> windowState(@Nullable JsonNode tree) {
		JsonNode state = (tree != null && tree.isObject()) ? tree.get("state") : null;
		if (state == null || !state.isObject()) {
			return null;
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : state.properties()) {
			JsonNode value = entry.getValue();
			values.put(entry.getKey(), value.isString() ? value.asString() : value.toString());
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Return the state of a tumbling window that the response carries ({@code state}),
	 * which Lambda passes to the window's next invocation; Lambda takes the response to a
	 * window's invocation without one for a failed invocation.
	 * @return the state map, or {@code null} when the response has no {@code state}
	 * object
	 */
	public @Nullable Map<String, String> windowState() {
		return this.windowState;
	}

	/**
	 * Return whether Lambda takes every record of the batch as done: the response reports
	 * no batch item failure and Lambda does not reject it.
	 * @return whether the batch succeeded
	 */
	public boolean isSuccess() {
		return this.rejectionReason == null && this.failedSequenceNumbers.isEmpty();
	}

	/**
	 * Return the sequence numbers the response reports as failed
	 * ({@code batchItemFailures[].itemIdentifier}), in the order of the response. Lambda
	 * retries the batch from the lowest of them; the functions of this starter report at
	 * most one, the first record that failed.
	 * @return the failed sequence numbers, empty when the batch succeeded
	 * @throws IllegalStateException if Lambda rejects the response, see
	 * {@link #rejectionReason()}
	 */
	public List<String> failedSequenceNumbers() {
		if (this.rejectionReason != null) {
			throw new IllegalStateException(
					"Lambda rejects this response and fails the whole batch: " + this.rejectionReason);
		}
		return this.failedSequenceNumbers;
	}

	/**
	 * Return why Lambda rejects this response as a partial batch response, failing the
	 * whole batch.
	 * @return the reason, or {@code null} when Lambda accepts the response
	 */
	public @Nullable String rejectionReason() {
		return this.rejectionReason;
	}

	/**
	 * Return the response in the model of the Lambda events library.
	 * @return the partial batch response
	 * @throws IllegalStateException if Lambda rejects the response, see
	 * {@link #rejectionReason()}
	 */
	public StreamsEventResponse toStreamsEventResponse() {
		return new StreamsEventResponse(failedSequenceNumbers().stream().map(BatchItemFailure::new).toList());
	}

	/**
	 * Return the response as the Lambda handler writes it.
	 * @return a copy of the response bytes, empty when the function returned nothing
	 */
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Return the response as the Lambda handler writes it, as text.
	 * @return the response, decoded as UTF-8
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * Return an AssertJ assertion for this response, for
	 * {@code Assertions.assertThat(response)}.
	 * @return the assertion
	 */
	@Override
	public LambdaResponseAssert assertThat() {
		return new LambdaResponseAssert(this);
	}

	@Override
	public String toString() {
		String body = bodyAsString();
		if (body.length() > LONGEST_BODY_IN_DESCRIPTION) {
			body = body.substring(0, LONGEST_BODY_IN_DESCRIPTION) + "...";
		}
		return "LambdaResponse{" + outcome() + ", body " + body + "}";
	}

	private String outcome() {
		if (this.rejectionReason != null) {
			return "rejected by Lambda: " + this.rejectionReason;
		}
		return this.failedSequenceNumbers.isEmpty() ? "success"
				: "failed sequence numbers " + this.failedSequenceNumbers;
	}

	private static @Nullable JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
