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

/**
 * Thrown when an item image of a stream record cannot be mapped to the requested type.
 * Like any exception a listener throws, it fails the record and stops its batch.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class ImageMappingException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param message what could not be mapped, and to what
	 * @param cause the failure of the mapping
	 */
	public ImageMappingException(String message, Throwable cause) {
		super(message, cause);
	}

}
