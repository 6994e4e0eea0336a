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

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.type.TypeFactory;

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
 * <p>
 * Its {@link ObjectMapper} may be created when first needed, so that a function whose
 * input and output need none (the default function takes the raw event, and its
 * {@link StreamsEventResponse}, the only output it ever writes, is written here with the
 * streaming generator) never builds one; what configures the mapper before then is
 * applied when it is built.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class EventJsonMapper extends JacksonMapper {

	private static final JsonFactory responseFactory = JsonFactory.builder().build();

	private final StreamEventDecoder decoder = new StreamEventDecoder();

	private final Supplier<ObjectMapper> mapperSupplier;

	private final List<Consumer<ObjectMapper>> configurers = new ArrayList<>();

	private volatile @Nullable ObjectMapper mapper;

	EventJsonMapper(ObjectMapper mapper) {
		this(() -> mapper);
	}

	/**
	 * Create a mapper whose object mapper is created when first needed.
	 * @param mapper supplies the object mapper
	 */
	EventJsonMapper(Supplier<ObjectMapper> mapper) {
		super(null);
		this.mapperSupplier = mapper;
	}

	@Override
	public void configureObjectMapper(Consumer<ObjectMapper> configurer) {
		synchronized (this.configurers) {
			ObjectMapper created = this.mapper;
			if (created != null) {
				configurer.accept(created);
			}
			else {
				this.configurers.add(configurer);
			}
		}
	}

	@Override
	public ObjectMapper getObjectMapper() {
		ObjectMapper created = this.mapper;
		if (created == null) {
			synchronized (this.configurers) {
				created = this.mapper;
				if (created == null) {
					created = this.mapperSupplier.get();
					for (Consumer<ObjectMapper> configurer : this.configurers) {
						configurer.accept(created);
					}
					this.configurers.clear();
					this.mapper = created;
				}
			}
		}
		return created;
	}

	/**
	 * Return whether the object mapper was created.
	 * @return whether it was
	 */
	boolean hasObjectMapper() {
		return this.mapper != null;
	}

	@Override
	protected <T> T doFromJson(Object json, Type type) {
		T value;
		try {
			value = read(json, type);
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

	@SuppressWarnings("unchecked")
	private <T> T read(Object json, Type type) {
		JavaType javaType = TypeFactory.createDefaultInstance().constructType(type);
		try {
			if (json instanceof String text) {
				return getObjectMapper().readValue(text, javaType);
			}
			if (json instanceof byte[] bytes) {
				return getObjectMapper().readValue(bytes, javaType);
			}
			if (json instanceof Reader reader) {
				return getObjectMapper().readValue(reader, javaType);
			}
			if (json instanceof Map) {
				return getObjectMapper().convertValue(json, javaType);
			}
			return (T) null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Failed to convert. Possible bug as the conversion probably shouldn't have been attempted here",
					ex);
		}
	}

	@Override
	public byte[] toJson(Object value) {
		if (value instanceof StreamsEventResponse response) {
			return write(response);
		}
		if (isJsonString(value)) {
			return (value instanceof byte[] bytes) ? bytes : ((String) value).getBytes(StandardCharsets.UTF_8);
		}
		if (value instanceof byte[] bytes) {
			return bytes;
		}
		try {
			return getObjectMapper().writeValueAsBytes(value);
		}
		catch (Exception ex) {
			return null;
		}
	}

	@Override
	public String toString(Object value) {
		if (value instanceof StreamsEventResponse response) {
			return new String(write(response), StandardCharsets.UTF_8);
		}
		try {
			return getObjectMapper().writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("Cannot convert to JSON", ex);
		}
	}

	/**
	 * Write a partial batch response as the object mapper writes it.
	 * @param response the response
	 * @return its JSON
	 */
	static byte[] write(StreamsEventResponse response) {
		ByteArrayOutputStream json = new ByteArrayOutputStream(64);
		try (JsonGenerator generator = responseFactory.createGenerator(ObjectWriteContext.empty(), json)) {
			generator.writeStartObject();
			if (response instanceof WindowEventResponse window) {
				generator.writeName("state");
				generator.writeStartObject();
				for (Map.Entry<String, String> entry : window.getState().entrySet()) {
					generator.writeName(entry.getKey());
					generator.writeString(entry.getValue());
				}
				generator.writeEndObject();
			}
			generator.writeName("batchItemFailures");
			if (response.getBatchItemFailures() == null) {
				generator.writeNull();
			}
			else {
				generator.writeStartArray();
				for (BatchItemFailure failure : response.getBatchItemFailures()) {
					generator.writeStartObject();
					generator.writeName("itemIdentifier");
					if (failure.getItemIdentifier() == null) {
						generator.writeNull();
					}
					else {
						generator.writeString(failure.getItemIdentifier());
					}
					generator.writeEndObject();
				}
				generator.writeEndArray();
			}
			generator.writeEndObject();
		}
		return json.toByteArray();
	}

	private static byte[] bytes(Object json) {
		return (json instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) json;
	}

}
