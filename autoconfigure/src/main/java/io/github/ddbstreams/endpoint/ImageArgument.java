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

package io.github.ddbstreams.endpoint;

import java.util.Optional;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.ImageMappingException;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;

/**
 * Supplies a parameter that receives a part of the record (see {@link ImageSource}), as
 * attribute values or mapped to an item type, plain or {@link Optional}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ImageArgument implements ArgumentResolver {

	private final ImageSource source;

	private final @Nullable Class<?> itemType;

	private final boolean optional;

	private final String parameter;

	/**
	 * Create the resolver of a parameter.
	 * @param source the part of the record it receives
	 * @param itemType the type it is mapped to, or {@code null} for attribute values
	 * @param optional whether the parameter is an {@code Optional}
	 * @param parameter the parameter and its method, for messages
	 */
	ImageArgument(ImageSource source, @Nullable Class<?> itemType, boolean optional, String parameter) {
		this.source = source;
		this.itemType = itemType;
		this.optional = optional;
		this.parameter = parameter;
	}

	ImageSource source() {
		return this.source;
	}

	@Nullable Class<?> itemType() {
		return this.itemType;
	}

	boolean isOptional() {
		return this.optional;
	}

	@Override
	public @Nullable Object resolve(DynamoRecord record, StreamInvocation invocation) {
		Class<?> type = this.itemType;
		Object value = (type != null) ? this.source.read(record, type) : this.source.read(record);
		if (value == null) {
			if (this.optional) {
				return Optional.empty();
			}
			throw new ImageMappingException("Record with SequenceNumber " + LogText.escape(record.sequenceNumber())
					+ " (" + record.eventName() + ") has no " + missingPart(record) + " for " + this.parameter
					+ ": declare the parameter Optional to receive records without it");
		}
		return this.optional ? Optional.of(value) : value;
	}

	private String missingPart(DynamoRecord record) {
		if (this.source != ImageSource.ITEM) {
			return this.source.label();
		}
		return (record.eventName() == DynamoEventName.REMOVE) ? "OldImage" : "NewImage";
	}

}
