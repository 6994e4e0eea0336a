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

import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.dispatch.StreamRoutes.BatchRoute;
import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.observation.RecordMdc;
import io.github.ddbstreams.observation.RecordOutcome;
import io.github.ddbstreams.observation.StreamMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs one batch endpoint over the records of a batch that it wants, up to a bound (the
 * lowest record failed so far), on the current thread, and finds the record it failed.
 * <p>
 * A {@link BatchListenerFailedException} names the failed record (by itself or by its
 * index in the list the endpoint received); any other exception fails the first record it
 * received. The error handler, when there is one, may recover the failed record: the
 * endpoint is then called again with the records after it, as spring-kafka's error
 * handlers redeliver the rest of a batch. An {@link Error} propagates.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class BatchListenerStep {

	private static final Log logger = LogFactory.getLog(BatchListenerStep.class);

	private final StreamRoutes routes;

	private final @Nullable DynamoRecordErrorHandler errorHandler;

	private final StreamMetrics metrics;

	BatchListenerStep(StreamRoutes routes, @Nullable DynamoRecordErrorHandler errorHandler, StreamMetrics metrics) {
		this.routes = routes;
		this.errorHandler = errorHandler;
		this.metrics = metrics;
	}

	/**
	 * Run a batch endpoint.
	 * @param batchRoute the endpoint and the event names it wants
	 * @param route the route of the batch's first record
	 * @param records the records of the batch, in batch order
	 * @param bound the number of records to consider: the index of the lowest failed
	 * record so far, or the size of the batch
	 * @param batch the observation of the batch
	 * @return the failure of the lowest record the endpoint failed, or {@code null} when
	 * it processed every record it received
	 */
	@Nullable Failure run(BatchRoute batchRoute, Route route, List<DynamoRecord> records, int bound, BatchObservation batch) {
		List<DynamoRecord> wanted = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < bound; i++) {
			DynamoRecord record = records.get(i);
			if (wants(batchRoute, route, record)) {
				wanted.add(record);
				positions.add(i);
			}
		}
		BatchEndpoint endpoint = batchRoute.endpoint();
		int start = 0;
		while (start < wanted.size()) {
			List<DynamoRecord> part = wanted.subList(start, wanted.size());
			Exception thrown = call(endpoint, part, route, batch);
			if (thrown == null) {
				return null;
			}
			int failedInPart = failedIndex(thrown, part, endpoint);
			DynamoRecord failed = part.get(failedInPart);
			Exception failure = recover(failed, thrown);
			if (failure == null) {
				this.metrics.recordOutcome(route.tableName(), RecordOutcome.RECOVERED);
				start += failedInPart + 1;
				continue;
			}
			this.metrics.recordOutcome(route.tableName(), RecordOutcome.FAILED);
			return new Failure(positions.get(start + failedInPart), failure);
		}
		return null;
	}

	private boolean wants(BatchRoute batchRoute, Route route, DynamoRecord record) {
		Route recordRoute = this.routes.routeOf(record.eventSourceArn());
		if (recordRoute != route && !recordRoute.batchesBefore().contains(batchRoute)
				&& !recordRoute.batchesAfter().contains(batchRoute)) {
			return false;
		}
		return batchRoute.events().contains(record.eventName());
	}

	private static @Nullable Exception call(BatchEndpoint endpoint, List<DynamoRecord> records, Route route,
			BatchObservation batch) {
		String previousRequestId = RecordMdc.putBatch(route.tableName(), batch.requestId());
		try {
			endpoint.onBatch(records, batch.invocation());
			return null;
		}
		catch (Exception ex) {
			return ex;
		}
		catch (Error error) {
			logger.error("The " + endpoint.description() + " failed with " + error.getClass().getName() + " on "
					+ records.size() + " records from SequenceNumber " + LogText.escape(records.get(0).sequenceNumber())
					+ "; failing the invocation");
			throw error;
		}
		finally {
			RecordMdc.remove(previousRequestId);
		}
	}

	private static int failedIndex(Exception thrown, List<DynamoRecord> records, BatchEndpoint endpoint) {
		if (thrown instanceof BatchListenerFailedException failed) {
			DynamoRecord record = failed.getRecord();
			if (record != null) {
				for (int i = 0; i < records.size(); i++) {
					if (records.get(i) == record) {
						return i;
					}
				}
			}
			else if (failed.getIndex() >= 0 && failed.getIndex() < records.size()) {
				return failed.getIndex();
			}
			if (logger.isWarnEnabled()) {
				logger.warn("The " + endpoint.description() + " threw a BatchListenerFailedException that names no"
						+ " record of the " + records.size() + " it received"
						+ ((record != null) ? "" : " (index " + failed.getIndex() + ")")
						+ ": failing the first of them");
			}
		}
		return 0;
	}

	private @Nullable Exception recover(DynamoRecord record, Exception thrown) {
		DynamoRecordErrorHandler errorHandler = this.errorHandler;
		if (errorHandler == null) {
			return thrown;
		}
		Exception cause = thrown;
		if (thrown instanceof BatchListenerFailedException && thrown.getCause() instanceof Exception ex) {
			cause = ex;
		}
		try {
			errorHandler.handle(record, cause);
			return null;
		}
		catch (Exception ex) {
			return ex;
		}
	}

	/**
	 * The lowest record a batch endpoint failed.
	 *
	 * @param index the index of the record in the batch
	 * @param failure what failed it
	 */
	record Failure(int index, Exception failure) {

	}

}
