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

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.cloud.function.json.JacksonMapper;

/**
 * Spring Cloud Function's {@link JacksonMapper}, with the same {@link ObjectMapper}, that
 * says so when the input is not JSON. The AWS adapter parses every Lambda event with it
 * before any function runs, and the stock mapper reports a malformed body as a "possible
 * bug".
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class EventJsonMapper extends JacksonMapper {

	EventJsonMapper(ObjectMapper mapper) {
		super(mapper);
	}

	@Override
	protected <T> T doFromJson(Object json, Type type) {
		try {
			return super.doFromJson(json, type);
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof StreamReadException unreadable) {
				throw new IllegalStateException("Input is not valid JSON: " + describe(unreadable), ex);
			}
			throw ex;
		}
	}

	private static String describe(JacksonException ex) {
		return ex.getOriginalMessage() + ((ex.getLocation() != null)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "");
	}

}
