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

import org.jspecify.annotations.Nullable;

/**
 * Thrown by the Lambda functions when a record of the batch failed and partial batch
 * responses are off, to fail the invocation so Lambda retries the whole batch. Its cause
 * is what the listener threw.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamRecordFailedException extends RuntimeException {

	private final transient BatchOutcome outcome;

	/**
	 * Create a new instance.
	 * @param message which record failed
	 * @param outcome the outcome of the batch
	 */
	public StreamRecordFailedException(String message, BatchOutcome outcome) {
		super(message, outcome.failure());
		this.outcome = outcome;
	}

	/**
	 * Return the outcome of the batch.
	 * @return the outcome
	 */
	public BatchOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Return the sequence number of the failed record.
	 * @return the sequence number
	 */
	public @Nullable String getSequenceNumber() {
		return this.outcome.failedSequenceNumber();
	}

}
