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

package io.github.ddbstreams.mapping;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The effective event source mapping settings of one table: its overrides under
 * {@code dynamodb.streams.tables.<name>} over the defaults under
 * {@code dynamodb.streams}. They configure the {@code DynamoDB} event of the SAM template
 * and the local stream loop alike.
 *
 * @param table the logical table name or the ARN, as configured
 * @param streamArn the explicit stream ARN, or {@code null} to find it
 * @param enabled whether the mapping polls the stream
 * @param startingPosition where a new mapping starts reading
 * @param batchSize the largest number of records per invocation
 * @param maximumBatchingWindow how long to gather records before invoking
 * @param bisectBatchOnFunctionError whether a failed batch is split in two and retried
 * @param maximumRetryAttempts the retries of a failed batch, -1 for no limit
 * @param maximumRecordAge the age after which records are skipped, -1 second for no limit
 * @param parallelizationFactor the concurrent batches per shard
 * @param tumblingWindow the length of the tumbling windows, zero for no windows
 * @param onFailureDestination the SQS queue, SNS topic or S3 bucket ARN that receives
 * records that exhausted their retries
 * @param filterPatterns the event filter patterns configured for the table
 * @param reportBatchItemFailures whether the function reports partial batch failures
 * @param metrics whether the mapping publishes its event count metrics
 * @param filterKmsKeyArn the ARN of the KMS key that encrypts the filter criteria, or
 * {@code null} for the key Lambda owns
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record EventSourceMappingSettings(String table, @Nullable String streamArn, boolean enabled,
		StartingPosition startingPosition, int batchSize, Duration maximumBatchingWindow,
		boolean bisectBatchOnFunctionError, int maximumRetryAttempts, Duration maximumRecordAge,
		int parallelizationFactor, Duration tumblingWindow, @Nullable String onFailureDestination,
		List<String> filterPatterns, boolean reportBatchItemFailures, boolean metrics,
		@Nullable String filterKmsKeyArn) {

	/**
	 * Create settings without event count metrics and with the filter criteria encrypted
	 * by the key Lambda owns: the two settings that only the deployed event source
	 * mapping applies.
	 * @param table the logical table name or the ARN, as configured
	 * @param streamArn the explicit stream ARN, or {@code null} to find it
	 * @param enabled whether the mapping polls the stream
	 * @param startingPosition where a new mapping starts reading
	 * @param batchSize the largest number of records per invocation
	 * @param maximumBatchingWindow how long to gather records before invoking
	 * @param bisectBatchOnFunctionError whether a failed batch is split in two and
	 * retried
	 * @param maximumRetryAttempts the retries of a failed batch, -1 for no limit
	 * @param maximumRecordAge the age after which records are skipped, -1 second for no
	 * limit
	 * @param parallelizationFactor the concurrent batches per shard
	 * @param tumblingWindow the length of the tumbling windows, zero for no windows
	 * @param onFailureDestination the SQS queue, SNS topic or S3 bucket ARN that receives
	 * records that exhausted their retries
	 * @param filterPatterns the event filter patterns configured for the table
	 * @param reportBatchItemFailures whether the function reports partial batch failures
	 */
	public EventSourceMappingSettings(String table, @Nullable String streamArn, boolean enabled,
			StartingPosition startingPosition, int batchSize, Duration maximumBatchingWindow,
			boolean bisectBatchOnFunctionError, int maximumRetryAttempts, Duration maximumRecordAge,
			int parallelizationFactor, Duration tumblingWindow, @Nullable String onFailureDestination,
			List<String> filterPatterns, boolean reportBatchItemFailures) {
		this(table, streamArn, enabled, startingPosition, batchSize, maximumBatchingWindow, bisectBatchOnFunctionError,
				maximumRetryAttempts, maximumRecordAge, parallelizationFactor, tumblingWindow, onFailureDestination,
				filterPatterns, reportBatchItemFailures, false, null);
	}

	/**
	 * Return whether the mapping groups records into tumbling windows.
	 * @return whether the tumbling window is longer than zero
	 */
	public boolean hasTumblingWindow() {
		return !this.tumblingWindow.isZero();
	}

	/**
	 * Return whether records are retried without limit.
	 * @return whether the maximum retry attempts is -1
	 */
	public boolean isRetryUnlimited() {
		return this.maximumRetryAttempts < 0;
	}

	/**
	 * Return whether records are kept without an age limit.
	 * @return whether the maximum record age is negative
	 */
	public boolean isRecordAgeUnlimited() {
		return this.maximumRecordAge.isNegative();
	}

}
