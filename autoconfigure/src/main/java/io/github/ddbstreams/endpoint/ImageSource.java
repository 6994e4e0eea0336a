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

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.RequiredImages;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The part of a record that a parameter of a listener method receives: the item as of the
 * change, the new image, the old image, or the keys.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
enum ImageSource {

	/**
	 * The item as of the change: the new image of an insertion or modification, the old
	 * image of a removal (a parameter without annotation).
	 */
	ITEM("item", EnumSet.allOf(DynamoEventName.class)),

	/**
	 * The new image ({@code @NewImage}).
	 */
	NEW_IMAGE("NewImage", EnumSet.of(DynamoEventName.INSERT, DynamoEventName.MODIFY)),

	/**
	 * The old image ({@code @OldImage}).
	 */
	OLD_IMAGE("OldImage", EnumSet.of(DynamoEventName.MODIFY, DynamoEventName.REMOVE)),

	/**
	 * The keys ({@code @Keys}).
	 */
	KEYS("Keys", EnumSet.allOf(DynamoEventName.class));

	private final String label;

	private final Set<DynamoEventName> carriedBy;

	ImageSource(String label, Set<DynamoEventName> carriedBy) {
		this.label = label;
		this.carriedBy = Collections.unmodifiableSet(carriedBy);
	}

	/**
	 * Return the name of this part in messages.
	 * @return the name, such as {@code NewImage}
	 */
	String label() {
		return this.label;
	}

	/**
	 * Return the event names whose records carry this part (on a stream whose view type
	 * has it).
	 * @return the event names
	 */
	Set<DynamoEventName> carriedBy() {
		return this.carriedBy;
	}

	/**
	 * Return the images the stream must carry for a listener that reads this part of
	 * records with the given event names.
	 * @param events the event names the listener receives
	 * @return the images
	 */
	RequiredImages requiredImages(Set<DynamoEventName> events) {
		return switch (this) {
			case NEW_IMAGE -> RequiredImages.NEW;
			case OLD_IMAGE -> RequiredImages.OLD;
			case KEYS -> RequiredImages.NONE;
			case ITEM -> {
				boolean newImage = events.contains(DynamoEventName.INSERT) || events.contains(DynamoEventName.MODIFY);
				boolean oldImage = events.contains(DynamoEventName.REMOVE);
				RequiredImages images = newImage ? RequiredImages.NEW : RequiredImages.NONE;
				yield oldImage ? images.and(RequiredImages.OLD) : images;
			}
		};
	}

	/**
	 * Read this part of a record as attribute values.
	 * @param record the record
	 * @return the attribute values, or {@code null} when the record lacks them
	 */
	@Nullable Map<String, AttributeValue> read(DynamoRecord record) {
		return switch (this) {
			case ITEM -> record.item();
			case NEW_IMAGE -> record.newImage();
			case OLD_IMAGE -> record.oldImage();
			case KEYS -> record.keys();
		};
	}

	/**
	 * Read this part of a record mapped to a type.
	 * @param <T> the type
	 * @param record the record
	 * @param type the type
	 * @return the mapped item, or {@code null} when the record lacks this part
	 */
	<T> @Nullable T read(DynamoRecord record, Class<T> type) {
		return switch (this) {
			case ITEM -> record.item(type);
			case NEW_IMAGE -> record.newImage(type);
			case OLD_IMAGE -> record.oldImage(type);
			case KEYS -> record.keys(type);
		};
	}

}
