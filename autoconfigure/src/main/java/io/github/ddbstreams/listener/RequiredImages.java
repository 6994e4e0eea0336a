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

import org.jspecify.annotations.Nullable;

/**
 * The item images a listener reads, which decide the smallest DynamoDB stream view type
 * its tables need.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum RequiredImages {

	/**
	 * Keys only: any stream view type will do.
	 */
	NONE(false, false),

	/**
	 * The item as it appears after the change: {@code NEW_IMAGE} or
	 * {@code NEW_AND_OLD_IMAGES}.
	 */
	NEW(true, false),

	/**
	 * The item as it appeared before the change: {@code OLD_IMAGE} or
	 * {@code NEW_AND_OLD_IMAGES}.
	 */
	OLD(false, true),

	/**
	 * Both images: {@code NEW_AND_OLD_IMAGES}.
	 */
	NEW_AND_OLD(true, true);

	private final boolean newImage;

	private final boolean oldImage;

	RequiredImages(boolean newImage, boolean oldImage) {
		this.newImage = newImage;
		this.oldImage = oldImage;
	}

	/**
	 * Return whether a stream with the given view type carries the images this
	 * requirement names.
	 * @param streamViewType the stream view type, such as {@code NEW_IMAGE}; {@code null}
	 * for an unknown type
	 * @return whether the stream carries the images
	 */
	public boolean isSatisfiedBy(@Nullable String streamViewType) {
		return switch ((streamViewType != null) ? streamViewType : "") {
			case "NEW_AND_OLD_IMAGES" -> true;
			case "NEW_IMAGE" -> !this.oldImage;
			case "OLD_IMAGE" -> !this.newImage;
			case "KEYS_ONLY" -> this == NONE;
			default -> false;
		};
	}

	/**
	 * Return the requirement that covers both this one and the given one.
	 * @param other the other requirement
	 * @return the union of both
	 */
	public RequiredImages and(RequiredImages other) {
		return of(this.newImage || other.newImage, this.oldImage || other.oldImage);
	}

	/**
	 * Return the smallest stream view type that carries these images.
	 * @return the stream view type, such as {@code NEW_IMAGE}
	 */
	public String minimalStreamViewType() {
		return switch (this) {
			case NONE -> "KEYS_ONLY";
			case NEW -> "NEW_IMAGE";
			case OLD -> "OLD_IMAGE";
			case NEW_AND_OLD -> "NEW_AND_OLD_IMAGES";
		};
	}

	private static RequiredImages of(boolean newImage, boolean oldImage) {
		if (newImage) {
			return oldImage ? NEW_AND_OLD : NEW;
		}
		return oldImage ? OLD : NONE;
	}

}
