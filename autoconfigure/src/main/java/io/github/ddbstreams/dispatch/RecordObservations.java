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

import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.observation.DefaultRecordObservationConvention;
import io.github.ddbstreams.observation.DynamoStreamsObservation;
import io.github.ddbstreams.observation.RecordObservationContext;
import io.github.ddbstreams.observation.RecordOutcome;
import io.github.ddbstreams.observation.StreamObservability;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The observation step of a record: runs the record inside its observation (a child of
 * its batch's, open on the record's thread) when observations are on, and calls the
 * record's handling directly, allocating nothing, when they are off.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
abstract class RecordObservations {

	private static final RecordObservations OFF = new RecordObservations() {

		@Override
		@Nullable Exception observe(DynamoRecord record, Route route, BatchObservation batch, Handling handling) {
			return handling.handle(record, route, batch, null);
		}

	};

	/**
	 * Run a record's handling, observed when observations are on.
	 * @param record the record
	 * @param route the route of the record
	 * @param batch the batch of the record
	 * @param handling the handling of the record
	 * @return what failed the record, or {@code null}
	 */
	abstract @Nullable Exception observe(DynamoRecord record, Route route, BatchObservation batch, Handling handling);

	/**
	 * Return the observation step for what to record.
	 * @param observability what to record
	 * @return the step
	 */
	static RecordObservations of(StreamObservability observability) {
		return observability.isObserving() ? new On(observability) : OFF;
	}

	/**
	 * The handling of a record: the interceptors, listeners and error handler.
	 */
	interface Handling {

		/**
		 * Handle a record.
		 * @param record the record
		 * @param route the route of the record
		 * @param batch the batch of the record
		 * @param context the context of its observation, whose outcome is to be set, or
		 * {@code null} when it is not observed
		 * @return what failed the record, or {@code null}
		 */
		@Nullable Exception handle(DynamoRecord record, Route route, BatchObservation batch,
				@Nullable RecordObservationContext context);

	}

	private static final class On extends RecordObservations {

		private final StreamObservability observability;

		On(StreamObservability observability) {
			this.observability = observability;
		}

		@Override
		@Nullable Exception observe(DynamoRecord record, Route route, BatchObservation batch, Handling handling) {
			RecordObservationContext context = new RecordObservationContext(record, route.tableName(),
					batch.requestId());
			Observation observation = DynamoStreamsObservation.RECORD.observation(this.observability.recordConvention(),
					DefaultRecordObservationConvention.INSTANCE, () -> context, this.observability.registry());
			observation.parentObservation(batch.observation());
			observation.start();
			try (Observation.Scope scope = observation.openScope()) {
				Exception failure = handling.handle(record, route, batch, context);
				if (failure != null) {
					observation.error(failure);
				}
				return failure;
			}
			catch (Error error) {
				context.setOutcome(RecordOutcome.ERROR);
				observation.error(error);
				throw error;
			}
			finally {
				observation.stop();
			}
		}

	}

}
