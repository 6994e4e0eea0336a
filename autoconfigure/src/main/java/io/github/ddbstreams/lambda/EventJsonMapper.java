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

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.cloud.function.json.JacksonMapper;

/**
 * Spring Cloud Function's {@link JacksonMapper}, with the same {@link ObjectMapper}, that
 * says what is wrong with input it cannot read. The AWS adapter parses every Lambda event
 * with it (except for functions that take the raw {@code InputStream}) before any
 * function runs, and the stock mapper reports a malformed body as a "possible bug": this
 * one reports the Lambda event as {@link StreamEventDecoder} does, so a
 * {@code Consumer<DynamodbEvent>} gets the same message as the default function, and
 * other JSON as not valid JSON, with the reason. It also rejects a DynamoDB stream event
 * with a top-level {@code payload} or {@code headers} key, which the adapter would take
 * as the message payload (dropping the records) or headers.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class EventJsonMapper extends JacksonMapper {

	private final StreamEventDecoder decoder = new StreamEventDecoder();

	EventJsonMapper(ObjectMapper mapper) {
		super(mapper);
	}

	@Override
	protected <T> T doFromJson(Object json, Type type) {
		T value;
		try {
			value = super.doFromJson(json, type);
		}
		catch (IllegalStateException ex) {
			if (!(ex.getCause() instanceof JacksonException unreadable)) {
				throw ex;
			}
			if (type == Object.class && (json instanceof byte[] || json instanceof String)) {
				this.decoder.decode(bytes(json));
			}
			if (unreadable instanceof StreamReadException) {
				throw new IllegalStateException("Input is not valid JSON: " + unreadable.getOriginalMessage()
						+ JsonErrorLocation.of(unreadable.getLocation()), ex);
			}
			throw ex;
		}
		if (type == Object.class && value instanceof Map<?, ?> map && map.containsKey("Records")
				&& (map.containsKey("payload") || map.containsKey("headers"))) {
			throw new InvalidStreamEventException("Lambda event has a top-level '"
					+ (map.containsKey("payload") ? "payload" : "headers") + "' key, which Spring Cloud Function's"
					+ " AWS adapter takes as the message " + (map.containsKey("payload") ? "payload" : "headers")
					+ ": a DynamoDB stream event has none");
		}
		return value;
	}

	private static byte[] bytes(Object json) {
		return (json instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) json;
	}

}
