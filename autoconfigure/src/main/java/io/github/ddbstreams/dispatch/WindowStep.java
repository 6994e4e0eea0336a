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
import java.util.Map;

import io.github.ddbstreams.dispatch.StreamRoutes.Route;
import io.github.ddbstreams.dispatch.StreamRoutes.WindowRoute;
import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.LogText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Folds the records of a tumbling window's invocation into the state of each window
 * endpoint, on the current thread, in batch order, up to a bound (the lowest record
 * failed so far), and finds the state to answer with.
 * <p>
 * The state answered is always the state as of the last record that succeeded: when a
 * fold fails, or when the written state would exceed Lambda's 1 MB limit, the states are
 * rebuilt from those the invocation brought, up to the record before the failed one (a
 * search by halves finds the record that grows the state over the limit). Folds are
 * therefore called again for some records, which is why they must only compute the new
 * state.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class WindowStep {

	/**
	 * Lambda's limit of the state of a window.
	 */
	static final long STATE_LIMIT = 1024 * 1024;

	private static final Log logger = LogFactory.getLog(WindowStep.class);

	private final StreamRoutes routes;

	WindowStep(StreamRoutes routes) {
		this.routes = routes;
	}

	/**
	 * Fold the records of an invocation.
	 * @param route the route of the batch's first record
	 * @param records the records of the batch
	 * @param bound the number of records to fold
	 * @param window the window of the invocation
	 * @param states the states the invocation brought
	 * @return the states to answer with, and the record that failed, if any
	 */
	Result run(Route route, List<DynamoRecord> records, int bound, DynamoWindow window, WindowStates states) {
		List<WindowEndpoint> endpoints = route.windows().stream().map(WindowRoute::endpoint).toList();
		Map<String, Object> current = states.read(endpoints);
		int failedAt = bound;
		Exception failure = null;
		for (int i = 0; i < bound && failure == null; i++) {
			try {
				fold(route, records.get(i), window, current);
			}
			catch (Exception ex) {
				failedAt = i;
				failure = ex;
			}
		}
		if (failure != null) {
			current = rebuild(route, records, failedAt, window, states);
		}
		Map<String, String> written = states.write(current);
		long size = states.sizeOf(written);
		if (size > STATE_LIMIT && failedAt > 0) {
			int[] crossing = crossing(route, records, failedAt, window, states);
			current = rebuild(route, records, crossing[0], window, states);
			written = states.write(current);
			failedAt = crossing[0];
			failure = tooLarge(crossing[1], records.get(failedAt));
		}
		else if (size > STATE_LIMIT) {
			failedAt = 0;
			failure = tooLarge(size, records.get(0));
			written = states.write(states.read(endpoints));
		}
		return new Result(written, current, failedAt, failure);
	}

	/**
	 * Call the end of the window on every window endpoint.
	 * @param route the route of the batch
	 * @param window the window that ends
	 * @param current the final states
	 * @throws WindowEndFailedException if an endpoint fails
	 */
	void end(Route route, DynamoWindow window, Map<String, Object> current) {
		for (WindowRoute windowRoute : route.windows()) {
			WindowEndpoint endpoint = windowRoute.endpoint();
			try {
				endpoint.onWindowEnd(current.get(endpoint.stateKey()), window);
			}
			catch (Exception ex) {
				throw new WindowEndFailedException("The " + endpoint.description() + " failed at the end of the window "
						+ window + "; failing the invocation so that Lambda retries the window's final invocation", ex);
			}
		}
	}

	private void fold(Route route, DynamoRecord record, DynamoWindow window, Map<String, Object> states)
			throws Exception {
		Route recordRoute = (record.eventSourceArn() != null) ? this.routes.routeOf(record.eventSourceArn()) : route;
		for (WindowRoute windowRoute : recordRoute.windows()) {
			if (windowRoute.events().contains(record.eventName())) {
				WindowEndpoint endpoint = windowRoute.endpoint();
				try {
					Object folded = endpoint.onRecord(states.get(endpoint.stateKey()), record, window);
					if (folded == null) {
						throw new IllegalStateException("The " + endpoint.description()
								+ " returned no state for record with SequenceNumber "
								+ LogText.escape(record.sequenceNumber()) + ": return the state as of this record");
					}
					states.put(endpoint.stateKey(), folded);
				}
				catch (Error error) {
					logger.error("The " + endpoint.description() + " failed with " + error.getClass().getName()
							+ " on the record with SequenceNumber " + LogText.escape(record.sequenceNumber())
							+ "; failing the invocation");
					throw error;
				}
			}
		}
	}

	private Map<String, Object> rebuild(Route route, List<DynamoRecord> records, int count, DynamoWindow window,
			WindowStates states) {
		List<WindowEndpoint> endpoints = route.windows().stream().map(WindowRoute::endpoint).toList();
		Map<String, Object> rebuilt = states.read(endpoints);
		for (int i = 0; i < count; i++) {
			try {
				fold(route, records.get(i), window, rebuilt);
			}
			catch (Exception ex) {
				throw new IllegalStateException("A window listener failed on the record with SequenceNumber "
						+ LogText.escape(records.get(i).sequenceNumber())
						+ " when its state was rebuilt, after it had succeeded on it: onRecord must only compute the"
						+ " new state from the state and the record", ex);
			}
		}
		return rebuilt;
	}

	/**
	 * Find a record after which the written state exceeds the limit while it did not
	 * after the record before it.
	 * @param route the route of the batch
	 * @param records the records of the batch
	 * @param count the number of records after which the state exceeds the limit
	 * @param window the window
	 * @param states the states the invocation brought
	 * @return the index of that record, and the size of the state after it
	 */
	private int[] crossing(Route route, List<DynamoRecord> records, int count, DynamoWindow window,
			WindowStates states) {
		int within = 0;
		int over = count;
		long overSize = 0;
		while (over - within > 1) {
			int middle = (within + over) >>> 1;
			long size = states.sizeOf(states.write(rebuild(route, records, middle, window, states)));
			if (size > STATE_LIMIT) {
				over = middle;
				overSize = size;
			}
			else {
				within = middle;
			}
		}
		if (overSize == 0) {
			overSize = states.sizeOf(states.write(rebuild(route, records, over, window, states)));
		}
		return new int[] { over - 1, (int) Math.min(overSize, Integer.MAX_VALUE) };
	}

	private static WindowStateTooLargeException tooLarge(long size, DynamoRecord record) {
		return new WindowStateTooLargeException("The state of the tumbling window would be "
				+ String.format("%,d", size) + " bytes after the record with SequenceNumber "
				+ LogText.escape(record.sequenceNumber()) + ", over Lambda's limit of "
				+ String.format("%,d", STATE_LIMIT) + " bytes: keep less in the window's state");
	}

	/**
	 * What folding an invocation came to.
	 *
	 * @param written the state map to answer with
	 * @param states the states to answer with
	 * @param failedAt the index of the failed record, or the bound when none failed
	 * @param failure what failed it, or {@code null}
	 */
	record Result(Map<String, String> written, Map<String, Object> states, int failedAt, @Nullable Exception failure) {

	}

}
