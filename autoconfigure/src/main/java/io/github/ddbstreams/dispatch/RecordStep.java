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

import java.util.List;

import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.observation.RecordMdc;
import io.github.ddbstreams.observation.RecordObservationContext;
import io.github.ddbstreams.observation.RecordOutcome;
import io.github.ddbstreams.observation.StreamMetrics;
import io.github.ddbstreams.observation.StreamObservability;
import org.jspecify.annotations.Nullable;

/**
 * Runs one record on the current thread: its logging context, its observation, the
 * interceptors, the listeners that want it, and the error handler when one of them threw;
 * counts its outcome. An {@link Error} propagates.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class RecordStep implements RecordObservations.Handling {

	private final StreamRoutes routes;

	private final List<DynamoRecordInterceptor> interceptors;

	private final @Nullable DynamoRecordErrorHandler errorHandler;

	private final RecordObservations observations;

	private final StreamMetrics metrics;

	RecordStep(StreamRoutes routes, List<DynamoRecordInterceptor> interceptors,
			@Nullable DynamoRecordErrorHandler errorHandler, StreamObservability observability) {
		this.routes = routes;
		this.interceptors = List.copyOf(interceptors);
		this.errorHandler = errorHandler;
		this.observations = RecordObservations.of(observability);
		this.metrics = observability.metrics();
	}

	/**
	 * Run a record.
	 * @param record the record
	 * @param batch the batch of the record
	 * @return what failed the record, or {@code null} when it was processed or recovered
	 */
	@Nullable Exception run(DynamoRecord record, BatchObservation batch) {
		Route route = this.routes.routeOf(record.eventSourceArn());
		String previousRequestId = RecordMdc.put(record, route.tableName(), batch.requestId());
		try {
			return this.observations.observe(record, route, batch, this);
		}
		catch (Error error) {
			this.metrics.recordOutcome(route.tableName(), RecordOutcome.ERROR);
			throw error;
		}
		finally {
			RecordMdc.remove(previousRequestId);
		}
	}

	@Override
	public @Nullable Exception handle(DynamoRecord record, Route route, BatchObservation batch,
			@Nullable RecordObservationContext context) {
		Exception failure = invoke(record, route.listenersFor(record.eventName()), batch.invocation());
		boolean recovered = false;
		DynamoRecordErrorHandler errorHandler = this.errorHandler;
		if (failure != null && errorHandler != null) {
			failure = recover(errorHandler, record, failure);
			recovered = (failure == null);
		}
		for (DynamoRecordInterceptor interceptor : this.interceptors) {
			try {
				interceptor.afterRecord(record, failure);
			}
			catch (Exception ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		RecordOutcome outcome = (failure != null) ? RecordOutcome.FAILED
				: (recovered ? RecordOutcome.RECOVERED : RecordOutcome.PROCESSED);
		if (context != null) {
			context.setOutcome(outcome);
		}
		this.metrics.recordOutcome(route.tableName(), outcome);
		return failure;
	}

	private @Nullable Exception invoke(DynamoRecord record, List<RecordEndpoint> endpoints,
			StreamInvocation invocation) {
		try {
			for (DynamoRecordInterceptor interceptor : this.interceptors) {
				interceptor.beforeRecord(record);
			}
			for (RecordEndpoint endpoint : endpoints) {
				endpoint.onRecord(record, invocation);
			}
			return null;
		}
		catch (Exception ex) {
			return ex;
		}
	}

	private static @Nullable Exception recover(DynamoRecordErrorHandler errorHandler, DynamoRecord record,
			Exception failure) {
		try {
			errorHandler.handle(record, failure);
			return null;
		}
		catch (Exception ex) {
			return ex;
		}
	}

}
