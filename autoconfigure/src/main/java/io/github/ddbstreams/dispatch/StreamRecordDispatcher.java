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

import io.github.ddbstreams.dispatch.StreamRoutes.BatchRoute;
import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.observation.RecordOutcome;
import io.github.ddbstreams.observation.StreamObservability;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Hands the records of a DynamoDB stream event to the listeners that want them, and stops
 * at the first record that fails.
 * <p>
 * A record fails when one of its listeners (or an interceptor) throws and the
 * {@link DynamoRecordErrorHandler}, if any, does not recover it. A record no listener
 * wants counts as processed.
 * <p>
 * With a concurrency of 1 (the default), records run one after another in batch order on
 * the invoking thread, and the records after a failed one are not run. With more
 * ({@link ConcurrencySettings}), up to that many records run at the same time, on virtual
 * threads on Java 21 and later and on a bounded pool of platform threads on Java 17;
 * records of the same item (equal {@code Keys}) run one after another in batch order. The
 * failure rule then is: once a record fails, no later record of its item starts, and no
 * record after it in the batch starts; records already running finish; the outcome names
 * the lowest failed record, and every record before it has been processed (records before
 * it that had not started yet still run, and may fail themselves, lowering the answer).
 * The invoking thread waits for the batch. Interceptors, the error handler, the logging
 * context (MDC) and observations run on the record's own thread.
 * <p>
 * Batch endpoints (batch listener beans and methods) run on the invoking thread, each
 * once with the records it wants, before or after the records' step as the listener order
 * puts them; each runs only on the records before the lowest failure so far, and its own
 * failure (the record its {@code BatchListenerFailedException} names, else its first
 * record) lowers that bound. The outcome names the lowest failed record of all listeners,
 * and every record before it was processed by every listener that wants it.
 * <p>
 * An {@link Error} (such as {@link StackOverflowError} or {@link OutOfMemoryError}) is
 * not a failure of one record: it propagates and fails the invocation (with concurrency,
 * once the running records have finished, and no further record starts), after one log
 * line that names the record's position and sequence number.
 * <p>
 * Close the dispatcher (the application context does) to stop its threads.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamRecordDispatcher implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(StreamRecordDispatcher.class);

	private final StreamRoutes routes;

	private final RecordStep step;

	private final BatchListenerStep batchStep;

	private final WindowStep windowStep;

	private final ConcurrencySettings concurrency;

	private final StreamObservability observability;

	private final @Nullable RecordThreads threads;

	/**
	 * Create a dispatcher that runs records one after another, without observations.
	 * @param routes where the records of each stream go
	 * @param interceptors the interceptors, in order
	 * @param errorHandler the error handler, or {@code null} to fail every record whose
	 * listener throws
	 */
	public StreamRecordDispatcher(StreamRoutes routes, List<DynamoRecordInterceptor> interceptors,
			@Nullable DynamoRecordErrorHandler errorHandler) {
		this(routes, interceptors, errorHandler, ConcurrencySettings.SEQUENTIAL, StreamObservability.NONE);
	}

	/**
	 * Create a dispatcher.
	 * @param routes where the records of each stream go
	 * @param interceptors the interceptors, in order
	 * @param errorHandler the error handler, or {@code null} to fail every record whose
	 * listener throws
	 * @param concurrency how many records of a batch run at the same time
	 * @param observability what to record about batches and records
	 */
	public StreamRecordDispatcher(StreamRoutes routes, List<DynamoRecordInterceptor> interceptors,
			@Nullable DynamoRecordErrorHandler errorHandler, ConcurrencySettings concurrency,
			StreamObservability observability) {
		this(routes, interceptors, errorHandler, concurrency, observability, true);
	}

	StreamRecordDispatcher(StreamRoutes routes, List<DynamoRecordInterceptor> interceptors,
			@Nullable DynamoRecordErrorHandler errorHandler, ConcurrencySettings concurrency,
			StreamObservability observability, boolean virtualThreads) {
		this.routes = routes;
		this.step = new RecordStep(routes, interceptors, errorHandler, observability);
		this.batchStep = new BatchListenerStep(routes, errorHandler, observability.metrics());
		this.windowStep = new WindowStep(routes);
		this.concurrency = concurrency;
		this.observability = observability;
		this.threads = (concurrency.maximum() > 1) ? RecordThreads.create(concurrency.maximum(), virtualThreads) : null;
	}

	/**
	 * Dispatch the records of a well-formed DynamoDB stream event.
	 * @param records the records of the event, in batch order
	 * @return the outcome of the batch
	 */
	public BatchOutcome dispatch(List<DynamoRecord> records) {
		return dispatch(records, StreamInvocation.NONE);
	}

	/**
	 * Dispatch the records of a well-formed DynamoDB stream event of a Lambda invocation.
	 * @param records the records of the event, in batch order
	 * @param requestId the Lambda request id of the invocation, for the logging context
	 * and observations, or {@code null} when not known
	 * @return the outcome of the batch
	 */
	public BatchOutcome dispatch(List<DynamoRecord> records, @Nullable String requestId) {
		return dispatch(records, StreamInvocation.ofRequestId(requestId));
	}

	/**
	 * Dispatch the records of a well-formed DynamoDB stream event of an invocation.
	 * @param records the records of the event, in batch order
	 * @param invocation the invocation that delivered them: its request id for the
	 * logging context and observations, its Lambda context for listener methods that take
	 * it
	 * @return the outcome of the batch
	 */
	public BatchOutcome dispatch(List<DynamoRecord> records, StreamInvocation invocation) {
		if (records.isEmpty()) {
			return new BatchOutcome(0, 0, null, null);
		}
		DynamoRecord first = records.get(0);
		Route route = this.routes.routeOf(first.eventSourceArn());
		BatchObservation batch = BatchObservation.start(this.observability, records, route.tableName(), invocation);
		try {
			BatchOutcome outcome = run(records, route, batch);
			batch.stop(outcome);
			return outcome;
		}
		catch (Throwable ex) {
			batch.stop(ex);
			throw ex;
		}
	}

	/**
	 * Dispatch the records of an invocation of a tumbling window: to the record and batch
	 * listeners as {@link #dispatch(List, StreamInvocation)} does, then to the window
	 * listeners of the stream, which fold the records that succeeded into their states;
	 * in the window's final invocation, when every record succeeded, the window listeners
	 * receive the final states.
	 * @param records the records of the event, in batch order (none in some final
	 * invocations)
	 * @param invocation the invocation that delivered them
	 * @param window the window of the invocation
	 * @param states the states the invocation brought
	 * @return the outcome of the batch and the states to answer with, as of the last
	 * record that succeeded
	 * @throws WindowEndFailedException if a window listener fails at the end of the
	 * window
	 */
	public WindowOutcome dispatch(List<DynamoRecord> records, StreamInvocation invocation, DynamoWindow window,
			WindowStates states) {
		String eventSourceArn = records.isEmpty() ? window.eventSourceArn() : records.get(0).eventSourceArn();
		Route route = this.routes.routeOf(eventSourceArn);
		BatchObservation batch = BatchObservation.start(this.observability, records, route.tableName(), invocation);
		try {
			BatchOutcome outcome = records.isEmpty() ? new BatchOutcome(0, 0, null, null) : run(records, route, batch);
			WindowStep.Result folded = this.windowStep.run(route, records, outcome.processed(), window, states);
			Exception failure = folded.failure();
			if (failure != null) {
				this.observability.metrics().recordOutcome(route.tableName(), RecordOutcome.FAILED);
				outcome = new BatchOutcome(records.size(), folded.failedAt(), records.get(folded.failedAt()), failure);
			}
			if (outcome.isSuccess() && window.isFinal()) {
				this.windowStep.end(route, window, folded.states());
			}
			batch.stop(outcome);
			return new WindowOutcome(outcome, folded.written());
		}
		catch (Throwable ex) {
			batch.stop(ex);
			throw ex;
		}
	}

	private BatchOutcome run(List<DynamoRecord> records, Route route, BatchObservation batch) {
		int concurrency = this.concurrency.concurrencyOf(route.tableName(), records.get(0).eventSourceArn());
		return route.hasBatchEndpoints() ? withBatchEndpoints(records, route, batch, concurrency)
				: records(records, records.size(), batch, concurrency);
	}

	private BatchOutcome withBatchEndpoints(List<DynamoRecord> records, Route route, BatchObservation batch,
			int concurrency) {
		int bound = records.size();
		Exception failure = null;
		for (BatchRoute before : route.batchesBefore()) {
			BatchListenerStep.Failure failed = this.batchStep.run(before, route, records, bound, batch);
			if (failed != null && failed.index() < bound) {
				bound = failed.index();
				failure = failed.failure();
			}
		}
		if (bound > 0) {
			BatchOutcome outcome = records(records, bound, batch, concurrency);
			if (!outcome.isSuccess()) {
				bound = outcome.processed();
				failure = outcome.failure();
			}
		}
		for (BatchRoute after : route.batchesAfter()) {
			BatchListenerStep.Failure failed = this.batchStep.run(after, route, records, bound, batch);
			if (failed != null && failed.index() < bound) {
				bound = failed.index();
				failure = failed.failure();
			}
		}
		return (bound < records.size()) ? new BatchOutcome(records.size(), bound, records.get(bound), failure)
				: new BatchOutcome(records.size(), records.size(), null, null);
	}

	private BatchOutcome records(List<DynamoRecord> records, int bound, BatchObservation batch, int concurrency) {
		RecordThreads threads = this.threads;
		return (concurrency > 1 && bound > 1 && threads != null)
				? inParallel(records, bound, batch, concurrency, threads) : oneAfterAnother(records, bound, batch);
	}

	private BatchOutcome oneAfterAnother(List<DynamoRecord> records, int bound, BatchObservation batch) {
		for (int i = 0; i < bound; i++) {
			DynamoRecord record = records.get(i);
			Exception failure;
			try {
				failure = this.step.run(record, batch);
			}
			catch (Error error) {
				logError(i, records.size(), record, error);
				throw error;
			}
			if (failure != null) {
				return new BatchOutcome(records.size(), i, record, failure);
			}
		}
		return new BatchOutcome(records.size(), records.size(), null, null);
	}

	private BatchOutcome inParallel(List<DynamoRecord> records, int bound, BatchObservation batch, int concurrency,
			RecordThreads threads) {
		List<DynamoRecord> running = (bound < records.size()) ? records.subList(0, bound) : records;
		KeyOrderedBatch.Result result = KeyOrderedBatch.run(running, this.step, batch, concurrency, threads);
		Throwable error = result.error();
		if (error != null) {
			if (result.errorIndex() >= 0) {
				logError(result.errorIndex(), records.size(), records.get(result.errorIndex()), error);
			}
			if (error instanceof Error fatal) {
				throw fatal;
			}
			if (error instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(error);
		}
		int lowestFailed = result.lowestFailed();
		return (lowestFailed < running.size())
				? new BatchOutcome(records.size(), lowestFailed, records.get(lowestFailed), result.failure())
				: new BatchOutcome(records.size(), records.size(), null, null);
	}

	/**
	 * Stop the threads that run records in parallel, waiting for running records.
	 */
	@Override
	public void close() {
		RecordThreads threads = this.threads;
		if (threads != null) {
			threads.close();
		}
	}

	private static void logError(int index, int size, DynamoRecord record, Throwable error) {
		try {
			logger.error("Record " + (index + 1) + " of " + size + " (SequenceNumber "
					+ LogText.escape(record.sequenceNumber()) + ", event source "
					+ LogText.escape(record.eventSourceArn()) + ") failed with " + error.getClass().getName()
					+ "; failing the invocation");
		}
		catch (Throwable ex) {
			if (ex != error) {
				error.addSuppressed(ex);
			}
		}
	}

}
