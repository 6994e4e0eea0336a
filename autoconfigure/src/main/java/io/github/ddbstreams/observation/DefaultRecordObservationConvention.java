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
import io.github.ddbstreams.observation.DynamoStreamsObservation.RecordHighCardinalityKeyNames;
import io.github.ddbstreams.observation.DynamoStreamsObservation.RecordLowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default convention of the record observation {@value #NAME}: tags {@code table},
 * {@code event.name} and {@code outcome}; the sequence number and event id as high
 * cardinality values. No item data.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DefaultRecordObservationConvention implements RecordObservationConvention {

	/**
	 * The name of the record observation, and of its timer.
	 */
	public static final String NAME = "dynamodb.streams.record";

	/**
	 * A shared instance.
	 */
	public static final DefaultRecordObservationConvention INSTANCE = new DefaultRecordObservationConvention();

	static final String UNKNOWN = "unknown";

	@Override
	public String getContextualName(RecordObservationContext context) {
		return "process " + tableOf(context);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RecordObservationContext context) {
		RecordOutcome outcome = context.getOutcome();
		return KeyValues.of(RecordLowCardinalityKeyNames.TABLE.withValue(tableOf(context)),
				RecordLowCardinalityKeyNames.EVENT_NAME.withValue(context.getRecord().eventName().name()),
				RecordLowCardinalityKeyNames.OUTCOME.withValue((outcome != null) ? outcome.value() : UNKNOWN));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(RecordObservationContext context) {
		String eventId = context.getRecord().eventId();
		KeyValues values = KeyValues.of(RecordHighCardinalityKeyNames.SEQUENCE_NUMBER
			.withValue(LogText.escape(context.getRecord().sequenceNumber())));
		return (eventId != null) ? values.and(RecordHighCardinalityKeyNames.EVENT_ID.withValue(LogText.escape(eventId)))
				: values;
	}

	private static String tableOf(RecordObservationContext context) {
		String tableName = context.getTableName();
		return (tableName != null) ? tableName : UNKNOWN;
	}

}
