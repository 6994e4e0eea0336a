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

package io.github.ddbstreams.test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Estimates the {@code SizeBytes} of a stream record from its keys and images, by the
 * rules DynamoDB documents for item sizes: attribute names and strings count their UTF-8
 * bytes, binaries their bytes, numbers about one byte per two significant digits plus
 * one, {@code BOOL} and {@code NULL} one byte, sets the sum of their elements, lists and
 * maps three bytes plus one byte and the size of each element (and of each map key).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamRecordSize {

	private static final int DOCUMENT_OVERHEAD = 3;

	private StreamRecordSize() {
	}

	static long estimate(Map<String, AttributeValue> keys, @Nullable Map<String, AttributeValue> newImage,
			@Nullable Map<String, AttributeValue> oldImage) {
		return attributes(keys) + ((newImage != null) ? attributes(newImage) : 0)
				+ ((oldImage != null) ? attributes(oldImage) : 0);
	}

	private static long attributes(Map<String, AttributeValue> attributes) {
		long size = 0;
		for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
			size += text(attribute.getKey()) + value(attribute.getValue());
		}
		return size;
	}

	private static long value(AttributeValue value) {
		return switch (value.type()) {
			case S -> text(value.s());
			case N -> number(value.n());
			case B -> value.b().asByteArrayUnsafe().length;
			case SS -> value.ss().stream().mapToLong(StreamRecordSize::text).sum();
			case NS -> value.ns().stream().mapToLong(StreamRecordSize::number).sum();
			case BS -> value.bs().stream().map(SdkBytes::asByteArrayUnsafe).mapToLong((bytes) -> bytes.length).sum();
			case M -> DOCUMENT_OVERHEAD + value.m().size() + attributes(value.m());
			case L ->
				DOCUMENT_OVERHEAD + value.l().size() + value.l().stream().mapToLong(StreamRecordSize::value).sum();
			default -> 1;
		};
	}

	private static long text(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private static long number(String number) {
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(number).stripTrailingZeros();
		}
		catch (NumberFormatException ex) {
			return text(number);
		}
		int digits = (decimal.signum() != 0) ? decimal.precision() : 1;
		return (digits + 1) / 2 + 1 + ((decimal.signum() < 0) ? 1 : 0);
	}

}
