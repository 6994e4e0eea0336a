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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.core.JsonProcessingException;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.core.exc.StreamReadException;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes Lambda event JSON into a {@link DynamodbEvent} exactly as the Lambda Java
 * runtime does, with the aws-lambda-java-serialization serializer built once, and says
 * what is wrong with input it cannot decode.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamEventDecoder {

	private final PojoSerializer<DynamodbEvent> serializer;

	/**
	 * Create a decoder that loads the event classes with the class loader of this class.
	 */
	public StreamEventDecoder() {
		this.serializer = LambdaEventSerializers.serializerFor(DynamodbEvent.class,
				StreamEventDecoder.class.getClassLoader());
	}

	/**
	 * Decode an event.
	 * @param json the event JSON
	 * @return the event, not yet checked (see {@link StreamEventValidator})
	 * @throws InvalidStreamEventException if the input is not JSON, or not shaped like a
	 * DynamoDB stream event
	 */
	public DynamodbEvent decode(InputStream json) {
		try {
			return this.serializer.fromJson(json);
		}
		catch (UncheckedIOException ex) {
			throw describe(ex);
		}
	}

	/**
	 * Decode an event.
	 * @param json the event JSON
	 * @return the event, not yet checked (see {@link StreamEventValidator})
	 * @throws InvalidStreamEventException if the input is not JSON, or not shaped like a
	 * DynamoDB stream event
	 */
	public DynamodbEvent decode(byte[] json) {
		return decode(new ByteArrayInputStream(json));
	}

	private static InvalidStreamEventException describe(UncheckedIOException ex) {
		JsonProcessingException jackson = findJacksonCause(ex);
		if (jackson == null) {
			return new InvalidStreamEventException("Lambda event could not be read: " + ex.getMessage(), ex);
		}
		String problem = jackson.getOriginalMessage() + ((jackson.getLocation() != null) ? " (line "
				+ jackson.getLocation().getLineNr() + ", column " + jackson.getLocation().getColumnNr() + ")" : "");
		return new InvalidStreamEventException(
				(jackson instanceof StreamReadException) ? "Input is not valid JSON: " + problem
						: "Lambda event is not shaped like a DynamoDB stream event: " + problem,
				ex);
	}

	private static @Nullable JsonProcessingException findJacksonCause(Throwable failure) {
		JsonProcessingException deepest = null;
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonProcessingException jackson) {
				deepest = jackson;
			}
		}
		return deepest;
	}

}
