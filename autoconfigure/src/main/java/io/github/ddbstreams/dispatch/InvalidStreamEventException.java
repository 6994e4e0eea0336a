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

package io.github.ddbstreams.dispatch;

/**
 * Thrown when a Lambda event is not a well-formed DynamoDB stream event. It fails the
 * whole invocation before any listener runs, so no record of the event is reported as
 * processed.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class InvalidStreamEventException extends IllegalArgumentException {

	/**
	 * Create a new instance.
	 * @param message what is wrong with the event
	 */
	public InvalidStreamEventException(String message) {
		super(message);
	}

	/**
	 * Create a new instance.
	 * @param message what is wrong with the event
	 * @param cause the underlying failure
	 */
	public InvalidStreamEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
