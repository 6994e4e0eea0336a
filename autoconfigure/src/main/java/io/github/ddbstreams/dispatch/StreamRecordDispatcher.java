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
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.listener.UntypedAttributeException;
import org.jspecify.annotations.Nullable;

/**
 * Hands the records of a DynamoDB stream event to the listeners that want them, one
 * record after another in batch order, and stops at the first record that fails.
 * <p>
 * A record fails when one of its listeners (or an interceptor) throws and the
 * {@link DynamoRecordErrorHandler}, if any, does not recover it. The records after it are
 * not run: Lambda redelivers them with the failed record. A record no listener wants
 * counts as processed.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamRecordDispatcher {

	private final StreamRoutes routes;

	private final TableSchemaResolver schemas;

	private final List<DynamoRecordInterceptor> interceptors;

	private final @Nullable DynamoRecordErrorHandler errorHandler;

	/**
	 * Create a dispatcher.
	 * @param routes where the records of each stream go
	 * @param schemas the table schemas used to map images to user types
	 * @param interceptors the interceptors, in order
	 * @param errorHandler the error handler, or {@code null} to fail every record whose
	 * listener throws
	 */
	public StreamRecordDispatcher(StreamRoutes routes, TableSchemaResolver schemas,
			List<DynamoRecordInterceptor> interceptors, @Nullable DynamoRecordErrorHandler errorHandler) {
		this.routes = routes;
		this.schemas = schemas;
		this.interceptors = List.copyOf(interceptors);
		this.errorHandler = errorHandler;
	}

	/**
	 * Dispatch the records of a well-formed DynamoDB stream event.
	 * @param records the records of the event, in batch order
	 * @return the outcome of the batch
	 * @throws InvalidStreamEventException for an attribute value of no DynamoDB type,
	 * before the listeners of its record ran (those before it ran, and Lambda delivers
	 * them again)
	 */
	public BatchOutcome dispatch(List<DynamodbStreamRecord> records) {
		for (int i = 0; i < records.size(); i++) {
			DynamodbStreamRecord raw = records.get(i);
			Exception failure = handle(i, raw);
			if (failure != null) {
				return new BatchOutcome(records.size(), i, raw, failure);
			}
		}
		return new BatchOutcome(records.size(), records.size(), null, null);
	}

	private @Nullable Exception handle(int index, DynamodbStreamRecord raw) {
		Route route = this.routes.routeOf(raw.getEventSourceARN());
		DynamoRecord record = new DynamoRecord(raw, route.tableName(), this.schemas);
		convertAttributes(index, record);
		List<DynamoRecordListener> listeners = route.listenersFor(DynamoEventName.valueOf(raw.getEventName()));
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

	private static void convertAttributes(int index, DynamoRecord record) {
		convert(index, record, "Keys", record::keys);
		convert(index, record, "NewImage", record::newImage);
		convert(index, record, "OldImage", record::oldImage);
	}

	private static void convert(int index, DynamoRecord record, String part, Supplier<?> conversion) {
		try {
			conversion.get();
		}
		catch (UntypedAttributeException ex) {
			throw new InvalidStreamEventException("Record " + index + " (SequenceNumber " + record.sequenceNumber()
					+ ") of the DynamoDB stream event has attribute '" + ex.getPath() + "' in 'dynamodb." + part
					+ "' with no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		}
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

}
