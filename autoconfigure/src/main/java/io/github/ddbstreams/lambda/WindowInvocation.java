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

import java.util.Map;

import io.github.ddbstreams.listener.DynamoWindow;

/**
 * What an invocation of a tumbling window brings besides its records: the window, and the
 * state map that the function returned from the window's previous invocation.
 *
 * @param window the window
 * @param state the state map, empty in the window's first invocation
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record WindowInvocation(DynamoWindow window, Map<String, String> state) {

	/**
	 * Create an invocation.
	 * @param window the window
	 * @param state the state map
	 */
	public WindowInvocation {
		state = Map.copyOf(state);
	}

}
