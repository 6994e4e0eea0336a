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

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

/**
 * The response to an invocation of a tumbling window, in the shape of the Lambda events
 * library's {@code TimeWindowEventResponse}: the partial batch response and the state
 * that Lambda passes to the window's next invocation. Lambda takes a response without
 * {@code state} for a failed invocation, so every response to a window's invocation has
 * one.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class WindowEventResponse extends StreamsEventResponse {

	private static final long serialVersionUID = 1L;

	private final Map<String, String> state;

	/**
	 * Create a response.
	 * @param state the state of the window as of the last record that succeeded
	 * @param batchItemFailures the failed record, if any
	 */
	public WindowEventResponse(Map<String, String> state, List<BatchItemFailure> batchItemFailures) {
		super(batchItemFailures);
		this.state = Map.copyOf(state);
	}

	/**
	 * Return the state that Lambda passes to the window's next invocation.
	 * @return the state map
	 */
	public Map<String, String> getState() {
		return this.state;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WindowEventResponse response && this.state.equals(response.state)
				&& super.equals(other);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.state.hashCode();
	}

	@Override
	public String toString() {
		return "WindowEventResponse{state keys=" + this.state.keySet() + ", batchItemFailures=" + getBatchItemFailures()
				+ "}";
	}

}
