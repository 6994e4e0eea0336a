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

import java.util.function.Supplier;

import tools.jackson.databind.ObjectMapper;

import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;

/**
 * Creates Spring Cloud Function's {@link JsonMapper} for a Lambda function of DynamoDB
 * stream events: a {@link JacksonMapper} that reports unreadable Lambda events as the
 * {@link StreamEventDecoder} does, writes partial batch responses without an
 * {@link ObjectMapper}, and builds its object mapper only when something else needs it.
 * The default function reads the raw event and answers a partial batch response, so its
 * invocations never build one, and neither does its start-up.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class DeferredJsonMapper {

	private DeferredJsonMapper() {
	}

	/**
	 * Create a JSON mapper whose object mapper is created when first needed.
	 * @param objectMapper creates the object mapper, once
	 * @return the JSON mapper
	 */
	public static JsonMapper of(Supplier<ObjectMapper> objectMapper) {
		return new EventJsonMapper(objectMapper);
	}

}
