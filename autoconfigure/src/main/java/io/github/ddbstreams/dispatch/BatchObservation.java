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

import java.time.Instant;
import java.util.List;

import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.observation.BatchObservationContext;
import io.github.ddbstreams.observation.DefaultBatchObservationConvention;
import io.github.ddbstreams.observation.DynamoStreamsObservation;
import io.github.ddbstreams.observation.StreamObservability;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about one batch: its observation, when observations are on, and its
 * iterator age; the parent of its records' observations and the source of their Lambda
 * request id.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class BatchObservation {

	private final StreamInvocation invocation;

	private final @Nullable Observation observation;

	private final @Nullable BatchObservationContext context;

	private BatchObservation(StreamInvocation invocation, @Nullable Observation observation,
			@Nullable BatchObservationContext context) {
		this.invocation = invocation;
		this.observation = observation;
		this.context = context;
	}

	/**
	 * Start recording a batch: its iterator age now, and its observation when
	 * observations are on.
	 * @param observability what to record
	 * @param records the records of the batch (none in the final invocation of some
	 * tumbling windows)
	 * @param tableName the logical name of the batch's table, or {@code null}
	 * @param invocation the invocation that delivered the batch
	 * @return the started batch observation
	 */
	static BatchObservation start(StreamObservability observability, List<DynamoRecord> records,
			@Nullable String tableName, StreamInvocation invocation) {
		String requestId = invocation.requestId();
		Instant lastCreationTime = records.isEmpty() ? null : records.get(records.size() - 1).approximateCreationTime();
		observability.metrics().recordBatch(tableName, lastCreationTime);
		if (!observability.isObserving()) {
			return new BatchObservation(invocation, null, null);
		}
		BatchObservationContext context = new BatchObservationContext(tableName, records.size(), lastCreationTime,
				requestId);
		Observation observation = DynamoStreamsObservation.BATCH.observation(observability.batchConvention(),
				DefaultBatchObservationConvention.INSTANCE, () -> context, observability.registry());
		observation.start();
		return new BatchObservation(invocation, observation, context);
	}

	@Nullable String requestId() {
		return this.invocation.requestId();
	}

	StreamInvocation invocation() {
		return this.invocation;
	}

	@Nullable Observation observation() {
		return this.observation;
	}

	void stop(BatchOutcome outcome) {
		Observation observation = this.observation;
		BatchObservationContext context = this.context;
		if (observation != null && context != null) {
			context.setFailedSequenceNumber(outcome.failedSequenceNumber());
			Exception failure = outcome.failure();
			if (failure != null) {
				observation.error(failure);
			}
			observation.stop();
		}
	}

	void stop(Throwable error) {
		Observation observation = this.observation;
		if (observation != null) {
			observation.error(error);
			observation.stop();
		}
	}

}
