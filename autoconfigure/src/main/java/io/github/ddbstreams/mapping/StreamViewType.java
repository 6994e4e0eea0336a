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

package io.github.ddbstreams.mapping;

/**
 * What a DynamoDB stream carries for each change.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum StreamViewType {

	/**
	 * Only the key attributes of the item.
	 */
	KEYS_ONLY,

	/**
	 * The item as it appears after the change.
	 */
	NEW_IMAGE,

	/**
	 * The item as it appeared before the change.
	 */
	OLD_IMAGE,

	/**
	 * Both the new and the old image of the item.
	 */
	NEW_AND_OLD_IMAGES

}
