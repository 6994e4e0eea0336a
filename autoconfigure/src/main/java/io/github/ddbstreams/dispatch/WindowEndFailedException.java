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
 * Thrown when a window listener fails at the end of a window, to fail the invocation:
 * Lambda retries the final invocation of the window with the state it had before. Its
 * cause is what the listener threw.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class WindowEndFailedException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param message which listener failed, and at the end of which window
	 * @param cause what the listener threw
	 */
	public WindowEndFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
