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

package io.github.ddbstreams.dispatch;

import java.util.List;
import java.util.Map;

import io.github.ddbstreams.endpoint.WindowEndpoint;

/**
 * The states of the window listeners as an invocation of a tumbling window brings them,
 * and their written form, the string map that Lambda carries from one invocation of the
 * window to the next.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public interface WindowStates {

	/**
	 * Read the state of each window endpoint as the invocation brought it, anew on each
	 * call, so that a state can be rebuilt from the start: the initial state of an
	 * endpoint whose state the invocation does not carry.
	 * @param endpoints the window endpoints
	 * @return the states by {@link WindowEndpoint#stateKey() state key}
	 */
	Map<String, Object> read(List<WindowEndpoint> endpoints);

	/**
	 * Write states in the form Lambda carries.
	 * @param states the states by state key
	 * @return the state map of the response
	 */
	Map<String, String> write(Map<String, Object> states);

	/**
	 * Return the size of a state map as the response carries it, which Lambda limits to 1
	 * MB.
	 * @param written the state map
	 * @return its size in bytes
	 */
	long sizeOf(Map<String, String> written);

}
