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

package io.github.ddbstreams.observation;

import java.time.Instant;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of the observation of one batch of stream records: one invocation of the
 * function.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class BatchObservationContext extends Observation.Context {

	private final @Nullable String tableName;

	private final int size;

	private final @Nullable Instant lastCreationTime;

	private final @Nullable String requestId;

	private @Nullable String failedSequenceNumber;

	/**
	 * Create a context.
	 * @param tableName the logical name of the batch's table, or {@code null} when its
	 * event source is not a table stream
	 * @param size the number of records in the batch
	 * @param lastCreationTime the approximate creation time of the batch's last record,
	 * or {@code null} when it has none
	 * @param requestId the Lambda request id of the invocation, or {@code null} when not
	 * known
	 */
	public BatchObservationContext(@Nullable String tableName, int size, @Nullable Instant lastCreationTime,
			@Nullable String requestId) {
		this.tableName = tableName;
		this.size = size;
		this.lastCreationTime = lastCreationTime;
		this.requestId = requestId;
	}

	/**
	 * Return the logical name of the batch's table.
	 * @return the table name, or {@code null} when its event source is not a table stream
	 */
	public @Nullable String getTableName() {
		return this.tableName;
	}

	/**
	 * Return the number of records in the batch.
	 * @return the size of the batch
	 */
	public int getSize() {
		return this.size;
	}

	/**
	 * Return the approximate creation time of the batch's last record, from which the
	 * iterator age is measured.
	 * @return the creation time, or {@code null} when the record has none
	 */
	public @Nullable Instant getLastCreationTime() {
		return this.lastCreationTime;
	}

	/**
	 * Return the Lambda request id of the invocation.
	 * @return the request id, or {@code null} when not known
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Return the sequence number that the batch answers as failed: where Lambda resumes.
	 * @return the lowest failed sequence number, or {@code null} when no record failed
	 */
	public @Nullable String getFailedSequenceNumber() {
		return this.failedSequenceNumber;
	}

	/**
	 * Set the sequence number that the batch answers as failed.
	 * @param failedSequenceNumber the lowest failed sequence number
	 */
	public void setFailedSequenceNumber(@Nullable String failedSequenceNumber) {
		this.failedSequenceNumber = failedSequenceNumber;
	}

}
