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

package io.github.ddbstreams.listener;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lossless conversion of the attribute values of a Lambda DynamoDB stream event to AWS
 * SDK v2 {@link AttributeValue AttributeValues}.
 * <p>
 * Numbers keep their exact decimal text, binaries their bytes, empty lists and maps stay
 * empty, and {@code NULL} stays a {@code NULL} attribute. A value that carries none of
 * the ten DynamoDB types is rejected.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamAttributeValues {

	private StreamAttributeValues() {
	}

	/**
	 * Return the DynamoDB type of a value: one of {@code S}, {@code N}, {@code B},
	 * {@code SS}, {@code NS}, {@code BS}, {@code M}, {@code L}, {@code NULL} or
	 * {@code BOOL}.
	 * @param value the value of an event
	 * @return the type, or {@code null} when the value carries none of the ten types
	 */
	public static @Nullable String typeOf(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
		if (value.getS() != null) {
			return "S";
		}
		if (value.getN() != null) {
			return "N";
		}
		if (value.getB() != null) {
			return "B";
		}
		if (value.getM() != null) {
			return "M";
		}
		if (value.getL() != null) {
			return "L";
		}
		if (value.getBOOL() != null) {
			return "BOOL";
		}
		if (value.getSS() != null) {
			return "SS";
		}
		if (value.getNS() != null) {
			return "NS";
		}
		if (value.getBS() != null) {
			return "BS";
		}
		if (Boolean.TRUE.equals(value.getNULL())) {
			return "NULL";
		}
		return null;
	}

	/**
	 * Return the first attribute, within the given attributes, whose value carries no
	 * DynamoDB type or holds a value that carries none.
	 * @param attributes the attributes of a key or an image
	 * @return the name of the top-level attribute (never the names of nested map keys,
	 * which are item data), or {@code null} when every value is typed
	 */
	public static @Nullable String findUntypedValue(
			Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> entry : attributes
			.entrySet()) {
			if (!isTyped(entry.getValue())) {
				return entry.getKey();
			}
		}
		return null;
	}

	private static boolean isTyped(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.@Nullable AttributeValue value) {
		String type = (value != null) ? typeOf(value) : null;
		if (value == null || type == null) {
			return false;
		}
		if ("M".equals(type)) {
			for (com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue nested : value.getM()
				.values()) {
				if (!isTyped(nested)) {
					return false;
				}
			}
		}
		if ("L".equals(type)) {
			for (com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue nested : value.getL()) {
				if (!isTyped(nested)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Convert the attributes of a key or an image.
	 * @param attributes the attributes of the event
	 * @return the same attributes as SDK v2 values, in the same order, unmodifiable
	 * @throws UntypedAttributeException if a value carries no DynamoDB type, naming its
	 * top-level attribute
	 */
	public static Map<String, AttributeValue> toSdk(
			Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		try {
			return Collections.unmodifiableMap(toSdkMap(attributes));
		}
		catch (UntypedValueException ex) {
			throw untyped(findUntypedValue(attributes), ex);
		}
	}

	/**
	 * Convert one value.
	 * @param value the value of the event
	 * @return the same value as an SDK v2 value
	 * @throws UntypedAttributeException if the value, or a value inside it, carries no
	 * DynamoDB type
	 */
	public static AttributeValue toSdk(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
		try {
			return convert(value);
		}
		catch (UntypedValueException ex) {
			throw untyped("value", ex);
		}
	}

	private static AttributeValue convert(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.@Nullable AttributeValue value) {
		String type = (value != null) ? typeOf(value) : null;
		if (value == null || type == null) {
			throw new UntypedValueException();
		}
		return switch (type) {
			case "S" -> AttributeValue.fromS(value.getS());
			case "N" -> AttributeValue.fromN(value.getN());
			case "B" -> AttributeValue.fromB(bytes(value.getB()));
			case "M" -> AttributeValue.fromM(toSdkMap(value.getM()));
			case "L" -> AttributeValue.fromL(toSdkList(value.getL()));
			case "BOOL" -> AttributeValue.fromBool(value.getBOOL());
			case "SS" -> AttributeValue.fromSs(List.copyOf(value.getSS()));
			case "NS" -> AttributeValue.fromNs(List.copyOf(value.getNS()));
			case "BS" -> AttributeValue.fromBs(value.getBS().stream().map(StreamAttributeValues::bytes).toList());
			default -> AttributeValue.fromNul(true);
		};
	}

	private static Map<String, AttributeValue> toSdkMap(
			Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> map) {
		Map<String, AttributeValue> converted = new LinkedHashMap<>(mapCapacity(map.size()));
		map.forEach((name, value) -> converted.put(name, convert(value)));
		return converted;
	}

	private static List<AttributeValue> toSdkList(
			List<com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> list) {
		List<AttributeValue> converted = new ArrayList<>(list.size());
		for (com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value : list) {
			converted.add(convert(value));
		}
		return converted;
	}

	/**
	 * Convert attributes to the model of the Lambda events library, the reverse of
	 * {@link #toSdk(Map)}.
	 * @param attributes the SDK v2 attributes of a key or an image
	 * @return the same attributes as Lambda event values, in the same order
	 */
	public static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambdaEvent(
			Map<String, AttributeValue> attributes) {
		Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> converted = new LinkedHashMap<>(
				mapCapacity(attributes.size()));
		attributes.forEach((name, value) -> converted.put(name, toLambdaEvent(value)));
		return converted;
	}

	/**
	 * Convert one value to the model of the Lambda events library, the reverse of
	 * {@link #toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue)}.
	 * @param value the SDK v2 value
	 * @return the same value as a Lambda event value
	 */
	public static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambdaEvent(
			AttributeValue value) {
		com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue converted = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
		switch (value.type()) {
			case S -> converted.setS(value.s());
			case N -> converted.setN(value.n());
			case B -> converted.setB(value.b().asByteBuffer());
			case SS -> converted.setSS(value.ss());
			case NS -> converted.setNS(value.ns());
			case BS -> converted.setBS(value.bs().stream().map(SdkBytes::asByteBuffer).toList());
			case M -> converted.setM(toLambdaEvent(value.m()));
			case L -> converted.setL(value.l().stream().map(StreamAttributeValues::toLambdaEvent).toList());
			case BOOL -> converted.setBOOL(value.bool());
			case NUL -> converted.setNULL(true);
			default -> throw new UntypedAttributeException("value");
		}
		return converted;
	}

	private static UntypedAttributeException untyped(@Nullable String path, UntypedValueException cause) {
		UntypedAttributeException exception = new UntypedAttributeException((path != null) ? path : "value");
		exception.initCause(cause);
		return exception;
	}

	private static SdkBytes bytes(ByteBuffer buffer) {
		return SdkBytes.fromByteBuffer(buffer.asReadOnlyBuffer());
	}

	private static int mapCapacity(int size) {
		return (int) (size / 0.75f) + 1;
	}

	private static final class UntypedValueException extends RuntimeException {

		UntypedValueException() {
			super(null, null, false, false);
		}

	}

}
