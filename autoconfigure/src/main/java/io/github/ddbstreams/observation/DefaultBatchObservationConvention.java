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

import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.observation.DynamoStreamsObservation.BatchHighCardinalityKeyNames;
import io.github.ddbstreams.observation.DynamoStreamsObservation.BatchLowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default convention of the batch observation {@value #NAME}: tags {@code table} and
 * {@code outcome}; the batch size, the Lambda request id and the failed sequence number
 * as high cardinality values.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DefaultBatchObservationConvention implements BatchObservationConvention {

	/**
	 * The name of the batch observation, and of its timer.
	 */
	public static final String NAME = "dynamodb.streams.batch";

	/**
	 * A shared instance.
	 */
	public static final DefaultBatchObservationConvention INSTANCE = new DefaultBatchObservationConvention();

	@Override
	public String getContextualName(BatchObservationContext context) {
		return "process batch " + tableOf(context);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(BatchObservationContext context) {
		return KeyValues.of(BatchLowCardinalityKeyNames.TABLE.withValue(tableOf(context)),
				BatchLowCardinalityKeyNames.OUTCOME.withValue(outcomeOf(context)));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(BatchObservationContext context) {
		KeyValues values = KeyValues
			.of(BatchHighCardinalityKeyNames.SIZE.withValue(Integer.toString(context.getSize())));
		String requestId = context.getRequestId();
		if (requestId != null) {
			values = values.and(BatchHighCardinalityKeyNames.REQUEST_ID.withValue(LogText.escape(requestId)));
		}
		String failed = context.getFailedSequenceNumber();
		if (failed != null) {
			values = values.and(BatchHighCardinalityKeyNames.FAILED_SEQUENCE_NUMBER.withValue(LogText.escape(failed)));
		}
		return values;
	}

	private static String outcomeOf(BatchObservationContext context) {
		if (context.getError() instanceof Error) {
			return "error";
		}
		return (context.getFailedSequenceNumber() != null) ? "failure" : "success";
	}

	private static String tableOf(BatchObservationContext context) {
		String tableName = context.getTableName();
		return (tableName != null) ? tableName : DefaultRecordObservationConvention.UNKNOWN;
	}

}
