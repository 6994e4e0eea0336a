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

package io.github.ddbstreams.local;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Records that the local stream loop discarded, with what Lambda puts in the on-failure
 * record of a DynamoDB stream.
 *
 * @param table the name of the table in DynamoDB
 * @param streamArn the ARN of the stream
 * @param shardId the shard of the records
 * @param condition why the records were discarded: {@value #RETRY_ATTEMPTS_EXHAUSTED} or
 * {@value #RECORD_AGE_EXCEEDED}
 * @param approximateInvokeCount how many times the function was invoked with the first of
 * these records
 * @param functionError {@code Unhandled} when the last invocation threw, {@code null}
 * when it reported a batch item failure or the records were not sent
 * @param startSequenceNumber the sequence number of the first record
 * @param endSequenceNumber the sequence number of the last record
 * @param approximateArrivalOfFirstRecord the creation time of the first record
 * @param approximateArrivalOfLastRecord the creation time of the last record
 * @param batchSize the number of records
 * @param event the event with these records, as the function would receive it
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record DiscardedBatch(String table, String streamArn, String shardId, String condition,
		int approximateInvokeCount, @Nullable String functionError, String startSequenceNumber,
		String endSequenceNumber, @Nullable Instant approximateArrivalOfFirstRecord,
		@Nullable Instant approximateArrivalOfLastRecord, int batchSize, byte[] event) {

	/**
	 * The condition of records whose batch failed more often than the maximum retry
	 * attempts allow.
	 */
	public static final String RETRY_ATTEMPTS_EXHAUSTED = "RetryAttemptsExhausted";

	/**
	 * The condition of records older than the maximum record age.
	 */
	public static final String RECORD_AGE_EXCEEDED = "RecordAgeExceeded";

	/**
	 * The function error of an invocation that threw.
	 */
	public static final String UNHANDLED = "Unhandled";

}
