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

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Thrown when an item image of a stream record cannot be mapped to the requested type.
 * Like any exception a listener throws, it fails the record and stops its batch.
 * <p>
 * Its message names the record (by sequence number), the image, the target type and, when
 * it can be found, the top-level attribute that does not map, but never a value or a
 * nested map key: those are item data, and this exception is logged. For the same reason
 * its cause is a copy of what the mapping threw without the messages, which often quote
 * the value ({@code For input string: "..."}), keeping the exception types and stack
 * traces.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class ImageMappingException extends RuntimeException {

	/**
	 * Create a new instance for an image that is missing.
	 * @param message which image is missing, and who needed it, without item data
	 */
	public ImageMappingException(String message) {
		super(message);
	}

	/**
	 * Create a new instance.
	 * @param message what could not be mapped, and to what, without item data
	 * @param cause the failure of the mapping, whose message must carry no item data
	 * either
	 */
	public ImageMappingException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Create the exception for an image that a table schema failed to map.
	 * @param image the image, {@code NewImage} or {@code OldImage}
	 * @param sequenceNumber the sequence number of the record
	 * @param type the target type
	 * @param schema the table schema of the type
	 * @param attributes the attributes of the image
	 * @param failure what the table schema threw
	 * @return the exception, without item data
	 */
	static ImageMappingException of(String image, String sequenceNumber, Class<?> type, TableSchema<?> schema,
			Map<String, AttributeValue> attributes, RuntimeException failure) {
		String attribute = findUnmappableAttribute(schema, attributes);
		String message = "Cannot map " + image + " of record " + LogText.escape(sequenceNumber) + " to "
				+ type.getName()
				+ ((attribute != null)
						? ": attribute '" + LogText.escape(attribute) + "' (" + typeOf(attributes.get(attribute))
								+ ") does not convert to the type of its property"
						: ": the attributes do not convert to it")
				+ " (" + failure.getClass().getName() + "; the message is left out as it may quote item data)";
		return new ImageMappingException(message, WithheldMessage.of(failure));
	}

	private static @Nullable String findUnmappableAttribute(TableSchema<?> schema,
			Map<String, AttributeValue> attributes) {
		List<String> names = schema.attributeNames();
		for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
			if (names.contains(attribute.getKey()) && !converts(schema, attribute.getKey(), attribute.getValue())) {
				return attribute.getKey();
			}
		}
		return null;
	}

	private static boolean converts(TableSchema<?> schema, String name, AttributeValue value) {
		AttributeConverter<?> converter = converterOf(schema, name);
		try {
			if (converter != null) {
				converter.transformTo(value);
			}
			else {
				schema.mapToItem(Map.of(name, value));
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static @Nullable AttributeConverter<?> converterOf(TableSchema<?> schema, String name) {
		try {
			return schema.converterForAttribute(name);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String typeOf(@Nullable AttributeValue value) {
		if (value == null) {
			return "no value";
		}
		return switch (value.type()) {
			case S -> "S";
			case N -> "N";
			case B -> "B";
			case SS -> "SS";
			case NS -> "NS";
			case BS -> "BS";
			case M -> "M";
			case L -> "L";
			case BOOL -> "BOOL";
			case NUL -> "NULL";
			default -> "unknown type";
		};
	}

	/**
	 * Stands in for an exception whose message may carry item data: its type name as
	 * message, its stack trace and, in the same form, its causes.
	 */
	static final class WithheldMessage extends RuntimeException {

		private WithheldMessage(Throwable original, @Nullable Throwable cause) {
			super(original.getClass().getName() + " (message withheld: it may quote item data)", cause, false, true);
			setStackTrace(original.getStackTrace());
		}

		static WithheldMessage of(Throwable original) {
			return of(original, 0);
		}

		private static WithheldMessage of(Throwable original, int depth) {
			Throwable cause = original.getCause();
			return new WithheldMessage(original,
					(cause != null && cause != original && depth < 16) ? of(cause, depth + 1) : null);
		}

	}

}
