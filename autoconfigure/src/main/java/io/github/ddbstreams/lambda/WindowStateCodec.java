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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.WindowStates;
import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the states of window listeners into the string map that Lambda carries from one
 * invocation of a tumbling window to the next, and back: one entry per listener, its bean
 * name, whose value is the JSON of its state as Jackson writes it. Properties a state
 * type does not have (any longer) are ignored when it is read.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class WindowStateCodec {

	private final JsonMapper mapper;

	/**
	 * Create a codec with Jackson's defaults, except that unknown properties are ignored.
	 */
	public WindowStateCodec() {
		this(JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
	}

	/**
	 * Create a codec with the given mapper.
	 * @param mapper the JSON mapper of the states
	 */
	public WindowStateCodec(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Return the states of an invocation that brought the given state map.
	 * @param incoming the state map of the event
	 * @return the states
	 */
	public WindowStates states(Map<String, String> incoming) {
		return new States(Map.copyOf(incoming));
	}

	/**
	 * Check that the initial state of a window endpoint is written and read back without
	 * loss, as every state of the window must be.
	 * @param endpoint the window endpoint
	 * @return what is wrong, or {@code null} when the state round-trips
	 */
	public @Nullable String check(WindowEndpoint endpoint) {
		try {
			String written = this.mapper.writeValueAsString(endpoint.initialState());
			Object read = this.mapper.readValue(written, this.mapper.constructType(endpoint.stateType()));
			String rewritten = this.mapper.writeValueAsString(read);
			if (!rewritten.equals(written)) {
				return "The state of the " + endpoint.description() + " (" + endpoint.stateType().getTypeName()
						+ ") does not read back as Jackson wrote it: give it properties that Jackson writes and reads"
						+ " (a record or a bean with a default constructor)";
			}
			return null;
		}
		catch (JacksonException ex) {
			return "The state of the " + endpoint.description() + " (" + endpoint.stateType().getTypeName()
					+ ") cannot be written as JSON and read back (" + ex.getClass().getSimpleName() + ": "
					+ ex.getOriginalMessage() + "): give it properties that Jackson writes and reads (a record or a"
					+ " bean with a default constructor)";
		}
	}

	/**
	 * The states of one invocation.
	 */
	private final class States implements WindowStates {

		private final Map<String, String> incoming;

		States(Map<String, String> incoming) {
			this.incoming = incoming;
		}

		@Override
		public Map<String, Object> read(List<WindowEndpoint> endpoints) {
			Map<String, Object> states = new LinkedHashMap<>();
			for (WindowEndpoint endpoint : endpoints) {
				String json = this.incoming.get(endpoint.stateKey());
				states.put(endpoint.stateKey(), (json != null) ? read(endpoint, json) : endpoint.initialState());
			}
			return states;
		}

		private Object read(WindowEndpoint endpoint, String json) {
			try {
				return WindowStateCodec.this.mapper.readValue(json,
						WindowStateCodec.this.mapper.constructType(endpoint.stateType()));
			}
			catch (JacksonException ex) {
				throw new InvalidStreamEventException("The window state of the event for the " + endpoint.description()
						+ " ('" + LogText.escape(endpoint.stateKey()) + "') does not read as "
						+ endpoint.stateType().getTypeName() + " (" + ex.getClass().getSimpleName()
						+ "): keep the state type compatible with the states of open windows");
			}
		}

		@Override
		public Map<String, String> write(Map<String, Object> states) {
			Map<String, String> written = new LinkedHashMap<>();
			states.forEach((key, state) -> written.put(key, WindowStateCodec.this.mapper.writeValueAsString(state)));
			return written;
		}

		@Override
		public long sizeOf(Map<String, String> written) {
			return WindowStateCodec.this.mapper.writeValueAsBytes(written).length;
		}

	}

}
