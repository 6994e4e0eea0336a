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
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.LogText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Hands the records of a DynamoDB stream event to the listeners that want them, one
 * record after another in batch order, and stops at the first record that fails.
 * <p>
 * A record fails when one of its listeners (or an interceptor) throws and the
 * {@link DynamoRecordErrorHandler}, if any, does not recover it. The records after it are
 * not run: Lambda redelivers them with the failed record. A record no listener wants
 * counts as processed. An {@link Error} (such as {@link StackOverflowError} or
 * {@link OutOfMemoryError}) is not a failure of one record: it propagates and fails the
 * invocation, after one log line that names the record's position and sequence number.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamRecordDispatcher {

	private static final Log logger = LogFactory.getLog(StreamRecordDispatcher.class);

	private final StreamRoutes routes;

	private final List<DynamoRecordInterceptor> interceptors;

	private final @Nullable DynamoRecordErrorHandler errorHandler;

	/**
	 * Create a dispatcher.
	 * @param routes where the records of each stream go
	 * @param interceptors the interceptors, in order
	 * @param errorHandler the error handler, or {@code null} to fail every record whose
	 * listener throws
	 */
	public StreamRecordDispatcher(StreamRoutes routes, List<DynamoRecordInterceptor> interceptors,
			@Nullable DynamoRecordErrorHandler errorHandler) {
		this.routes = routes;
		this.interceptors = List.copyOf(interceptors);
		this.errorHandler = errorHandler;
	}

	/**
	 * Dispatch the records of a well-formed DynamoDB stream event.
	 * @param records the records of the event, in batch order
	 * @return the outcome of the batch
	 */
	public BatchOutcome dispatch(List<DynamoRecord> records) {
		for (int i = 0; i < records.size(); i++) {
			DynamoRecord record = records.get(i);
			Exception failure;
			try {
				failure = handle(record);
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

	/**
	 * Handle one record: run the interceptors and the listeners that want it, then the
	 * error handler if one of them threw.
	 * @param record the record
	 * @return what failed the record, or {@code null} when it was processed or recovered
	 */
	private @Nullable Exception handle(DynamoRecord record) {
		Route route = this.routes.routeOf(record.eventSourceArn());
		List<DynamoRecordListener> listeners = route.listenersFor(record.eventName());
		Exception failure = invoke(record, listeners);
		DynamoRecordErrorHandler errorHandler = this.errorHandler;
		if (failure != null && errorHandler != null) {
			failure = recover(errorHandler, record, failure);
		}
		for (DynamoRecordInterceptor interceptor : this.interceptors) {
			try {
				interceptor.afterRecord(record, failure);
			}
			catch (Exception ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		return failure;
	}

	private @Nullable Exception invoke(DynamoRecord record, List<DynamoRecordListener> listeners) {
		try {
			for (DynamoRecordInterceptor interceptor : this.interceptors) {
				interceptor.beforeRecord(record);
			}
			for (DynamoRecordListener listener : listeners) {
				listener.onRecord(record);
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

	private static void logError(int index, int size, DynamoRecord record, Error error) {
		try {
			logger.error("Record " + (index + 1) + " of " + size + " (SequenceNumber "
					+ LogText.escape(record.sequenceNumber()) + ", event source "
					+ LogText.escape(record.eventSourceArn()) + ") failed with " + error.getClass().getName()
					+ "; failing the invocation");
		}
		catch (Throwable ex) {
			error.addSuppressed(ex);
		}
	}

}
