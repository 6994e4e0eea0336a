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

import io.github.ddbstreams.listener.DynamoRecord;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of the observation of one stream record while its listeners run.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class RecordObservationContext extends Observation.Context {

	private final DynamoRecord record;

	private final @Nullable String tableName;

	private final @Nullable String requestId;

	private @Nullable RecordOutcome outcome;

	/**
	 * Create a context.
	 * @param record the record
	 * @param tableName the logical name of the record's table, or {@code null} when its
	 * event source is not a table stream
	 * @param requestId the Lambda request id of the invocation, or {@code null} when not
	 * known
	 */
	public RecordObservationContext(DynamoRecord record, @Nullable String tableName, @Nullable String requestId) {
		this.record = record;
		this.tableName = tableName;
		this.requestId = requestId;
	}

	/**
	 * Return the record.
	 * @return the record
	 */
	public DynamoRecord getRecord() {
		return this.record;
	}

	/**
	 * Return the logical name of the record's table.
	 * @return the table name, or {@code null} when its event source is not a table stream
	 */
	public @Nullable String getTableName() {
		return this.tableName;
	}

	/**
	 * Return the Lambda request id of the invocation.
	 * @return the request id, or {@code null} when not known
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Return what became of the record.
	 * @return the outcome, or {@code null} while the record runs
	 */
	public @Nullable RecordOutcome getOutcome() {
		return this.outcome;
	}

	/**
	 * Set what became of the record.
	 * @param outcome the outcome
	 */
	public void setOutcome(RecordOutcome outcome) {
		this.outcome = outcome;
	}

}
