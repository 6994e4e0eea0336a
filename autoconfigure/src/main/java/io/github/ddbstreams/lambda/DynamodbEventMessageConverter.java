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

import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeType;

/**
 * Decodes Lambda event bytes into a {@link DynamodbEvent} for a
 * {@code Consumer<DynamodbEvent>} such as {@link DynamoStreamsConsumer}, with the strict
 * {@link StreamEventDecoder}: the event is a {@link DecodedStreamEvent} carrying the
 * decoded records. Spring Cloud Function's AWS adapter would decode it with the lenient
 * serializer of the Lambda Java runtime, built anew on every invocation; this converter
 * comes first. Input that is not one well-formed DynamoDB stream event becomes an
 * {@link UndecodableStreamEvent} carrying the reason, which the consumer throws: Spring
 * Cloud Function treats a failed conversion as a cue to try more lenient converters.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamodbEventMessageConverter extends AbstractMessageConverter {

	private final StreamEventDecoder decoder;

	/**
	 * Create a converter.
	 * @param decoder the decoder of the events
	 */
	public DynamodbEventMessageConverter(StreamEventDecoder decoder) {
		super(new MimeType("application", "json"));
		this.decoder = decoder;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return DynamodbEvent.class == type;
	}

	@Override
	protected boolean canConvertFrom(Message<?> message, @Nullable Class<?> targetClass) {
		Object payload = message.getPayload();
		return targetClass != null && supports(targetClass) && (payload instanceof byte[] || payload instanceof String)
				&& supportsMimeType(message.getHeaders());
	}

	@Override
	protected Object convertFromInternal(Message<?> message, Class<?> targetClass, @Nullable Object conversionHint) {
		Object payload = message.getPayload();
		byte[] json = (payload instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) payload;
		try {
			return new DecodedStreamEvent(this.decoder.decode(json));
		}
		catch (InvalidStreamEventException ex) {
			return new UndecodableStreamEvent(ex);
		}
	}

	@Override
	protected boolean canConvertTo(Object payload, @Nullable MessageHeaders headers) {
		return false;
	}

}
