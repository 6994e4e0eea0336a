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
 * Fails the record that would grow the state of a tumbling window over Lambda's 1 MB
 * limit, before Lambda ends the window early.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class WindowStateTooLargeException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param message the size and the limit, without item data
	 */
	public WindowStateTooLargeException(String message) {
		super(message);
	}

}
