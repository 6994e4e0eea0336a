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

package io.github.ddbstreams.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;

/**
 * Stands in for a Lambda event whose JSON could not be decoded as a DynamoDB stream
 * event, so that the function fails with the reason. Spring Cloud Function treats a
 * failed conversion as a cue to try more lenient converters, which would hand the
 * function an empty event instead.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class UndecodableStreamEvent extends DynamodbEvent {

	private static final long serialVersionUID = 1L;

	private final transient InvalidStreamEventException failure;

	/**
	 * Create a stand-in for an event that could not be decoded.
	 * @param failure why the event could not be decoded
	 */
	public UndecodableStreamEvent(InvalidStreamEventException failure) {
		this.failure = failure;
	}

	/**
	 * Return why the event could not be decoded.
	 * @return the failure of the decoding
	 */
	public InvalidStreamEventException getFailure() {
		return this.failure;
	}

}
