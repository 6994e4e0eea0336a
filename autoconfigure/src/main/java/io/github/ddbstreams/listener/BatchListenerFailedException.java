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
 * Thrown by a batch listener to name the record of its batch that failed: the records
 * before it count as processed, that record and every record after it do not, and Lambda
 * retries from it (with partial batch responses on, the default).
 * <p>
 * Name the record itself, or its index in the list the listener received (for a listener
 * of mapped items, the index of the item). When several listeners of an invocation fail,
 * the response names the lowest failed record of all of them, as spring-kafka's
 * {@code BatchListenerFailedException} does for offsets. An exception that names no
 * record of the batch fails the first record the listener received.
 * <p>
 * The message is logged with the failure: do not put item data in it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DynamoBatchListener
 */
public class BatchListenerFailedException extends RuntimeException {

	private final transient @Nullable DynamoRecord record;

	private final int index;

	/**
	 * Create an exception that names the failed record.
	 * @param message what failed, without item data
	 * @param record the failed record, one of those the listener received
	 */
	public BatchListenerFailedException(String message, DynamoRecord record) {
		this(message, null, record, -1);
	}

	/**
	 * Create an exception that names the failed record and the cause of its failure.
	 * @param message what failed, without item data
	 * @param cause what failed the record
	 * @param record the failed record, one of those the listener received
	 */
	public BatchListenerFailedException(String message, @Nullable Throwable cause, DynamoRecord record) {
		this(message, cause, record, -1);
	}

	/**
	 * Create an exception that names the failed record by its index.
	 * @param message what failed, without item data
	 * @param index the index of the failed record (or item) in the list the listener
	 * received
	 */
	public BatchListenerFailedException(String message, int index) {
		this(message, null, null, index);
	}

	/**
	 * Create an exception that names the failed record by its index, and the cause of its
	 * failure.
	 * @param message what failed, without item data
	 * @param cause what failed the record
	 * @param index the index of the failed record (or item) in the list the listener
	 * received
	 */
	public BatchListenerFailedException(String message, @Nullable Throwable cause, int index) {
		this(message, cause, null, index);
	}

	private BatchListenerFailedException(String message, @Nullable Throwable cause, @Nullable DynamoRecord record,
			int index) {
		super(message, cause);
		this.record = record;
		this.index = index;
	}

	/**
	 * Return the failed record, when the exception names it.
	 * @return the record, or {@code null} when the exception names an index
	 */
	public @Nullable DynamoRecord getRecord() {
		return this.record;
	}

	/**
	 * Return the index of the failed record in the list the listener received, when the
	 * exception names an index.
	 * @return the index, or -1 when the exception names the record
	 */
	public int getIndex() {
		return this.index;
	}

	@Override
	public String getMessage() {
		String message = super.getMessage();
		DynamoRecord record = this.record;
		return message + ((record != null) ? " (SequenceNumber " + LogText.escape(record.sequenceNumber()) + ")"
				: " (index " + this.index + ")");
	}

}
