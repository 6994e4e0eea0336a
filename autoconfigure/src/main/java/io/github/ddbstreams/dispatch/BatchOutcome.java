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

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of dispatching one batch of stream records: the lowest record that failed,
 * if any, and how many records before it were processed. Records after the failed one
 * were not run, or (with a concurrency above 1) were running when the failure became
 * known: Lambda delivers them again.
 *
 * @param size the number of records in the batch
 * @param processed the number of records before the failed record (all of them processed,
 * including those no listener wanted and recovered ones), or the size of the batch when
 * every record was processed
 * @param failedRecord the record that failed (the lowest in the batch, when several did),
 * or {@code null} when every record was processed
 * @param failure what failed the record, or {@code null} when every record was processed
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record BatchOutcome(int size, int processed, @Nullable DynamoRecord failedRecord, @Nullable Exception failure) {

	/**
	 * Return whether every record of the batch was processed.
	 * @return whether no record failed
	 */
	public boolean isSuccess() {
		return this.failedRecord == null;
	}

	/**
	 * Describe the failed record without its data: its position, sequence number and
	 * event source, escaped so that they cannot split a log line.
	 * @return the description, such as {@code Record 3 of 10 (SequenceNumber 42, event
	 * source arn:...) failed}
	 */
	public String describeFailure() {
		DynamoRecord failed = this.failedRecord;
		return "Record " + (this.processed + 1) + " of " + this.size + " (SequenceNumber "
				+ LogText.escape(failedSequenceNumber()) + ", event source "
				+ LogText.escape((failed != null) ? failed.eventSourceArn() : null) + ") failed";
	}

	/**
	 * Return the sequence number of the failed record: where Lambda must resume.
	 * @return the sequence number, or {@code null} when every record was processed
	 */
	public @Nullable String failedSequenceNumber() {
		return (this.failedRecord != null) ? this.failedRecord.sequenceNumber() : null;
	}

}
