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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;

/**
 * Where the records of each stream go: the logical name of its table and the listeners of
 * each event name, worked out once per stream ARN from the subscriptions.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamRoutes {

	private final StreamSubscriptions subscriptions;

	private final TableNamespace namespace;

	private final Map<String, Route> routes = new ConcurrentHashMap<>();

	/**
	 * Create the routes.
	 * @param subscriptions the subscriptions of the listeners
	 * @param namespace the namespace of the logical table names
	 */
	public StreamRoutes(StreamSubscriptions subscriptions, TableNamespace namespace) {
		this.subscriptions = subscriptions;
		this.namespace = namespace;
	}

	/**
	 * Return the record endpoints of a record, in listener order.
	 * @param eventSourceArn the stream ARN of the record
	 * @param eventName the event name of the record
	 * @return the record endpoints, empty when none wants the record
	 */
	public List<RecordEndpoint> listenersFor(@Nullable String eventSourceArn, DynamoEventName eventName) {
		return routeOf(eventSourceArn).listenersFor(eventName);
	}

	/**
	 * Return where the records of a stream go.
	 * @param eventSourceArn the stream ARN of the records
	 * @return the route of the stream's records
	 */
	public Route routeOf(@Nullable String eventSourceArn) {
		return this.routes.computeIfAbsent((eventSourceArn != null) ? eventSourceArn : "", this::route);
	}

	/**
	 * Return the logical name of the table of a stream.
	 * @param eventSourceArn the stream ARN
	 * @return the logical table name, or {@code null} when the ARN is not a table stream
	 * ARN
	 */
	public @Nullable String tableNameOf(@Nullable String eventSourceArn) {
		return routeOf(eventSourceArn).tableName();
	}

	private Route route(String eventSourceArn) {
		Map<DynamoEventName, List<RecordEndpoint>> listeners = new EnumMap<>(DynamoEventName.class);
		for (DynamoEventName eventName : DynamoEventName.values()) {
			listeners.put(eventName, new ArrayList<>());
		}
		List<BatchRoute> before = new ArrayList<>();
		List<BatchRoute> after = new ArrayList<>();
		List<WindowRoute> windows = new ArrayList<>();
		boolean recordEndpointSeen = false;
		for (StreamSubscription subscription : this.subscriptions.subscriptions()) {
			if (!matches(subscription, eventSourceArn)) {
				continue;
			}
			if (subscription.endpoint() instanceof RecordEndpoint record) {
				recordEndpointSeen = true;
				subscription.events().forEach((eventName) -> listeners.get(eventName).add(record));
			}
			else if (subscription.endpoint() instanceof BatchEndpoint batch) {
				(recordEndpointSeen ? after : before).add(new BatchRoute(batch, subscription.events()));
			}
			else if (subscription.endpoint() instanceof WindowEndpoint window) {
				windows.add(new WindowRoute(window, subscription.events()));
			}
		}
		listeners.replaceAll((eventName, endpoints) -> List.copyOf(endpoints));
		String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
		return new Route((physicalName != null) ? this.namespace.logicalName(physicalName) : null, listeners,
				List.copyOf(before), List.copyOf(after), List.copyOf(windows));
	}

	private boolean matches(StreamSubscription subscription, String eventSourceArn) {
		if (subscription.isForAllTables()) {
			return true;
		}
		String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
		for (String table : subscription.tables()) {
			if (DynamoDbArn.isArn(table)) {
				if (table.equals(eventSourceArn) || table.equals(DynamoDbArn.tableArnOf(eventSourceArn))) {
					return true;
				}
			}
			else if (this.namespace.physicalName(table).equals(physicalName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the records of one stream go: the logical name of its table, the record
	 * endpoints of each event name, and the batch endpoints that run before and after the
	 * record endpoints, as the listener order puts them.
	 *
	 * @param tableName the logical table name, or {@code null} when the event source is
	 * not a table stream ARN
	 * @param listeners the record endpoints by event name, in listener order
	 * @param batchesBefore the batch endpoints ordered before every record endpoint of
	 * the stream
	 * @param batchesAfter the batch endpoints ordered after a record endpoint of the
	 * stream
	 * @param windows the window endpoints of the stream, which fold its records after
	 * every other listener processed them
	 */
	public record Route(@Nullable String tableName, Map<DynamoEventName, List<RecordEndpoint>> listeners,
			List<BatchRoute> batchesBefore, List<BatchRoute> batchesAfter, List<WindowRoute> windows) {

		/**
		 * Return the record endpoints of the records with an event name.
		 * @param eventName the event name
		 * @return the record endpoints, empty when none wants those records
		 */
		public List<RecordEndpoint> listenersFor(DynamoEventName eventName) {
			return this.listeners.get(eventName);
		}

		/**
		 * Return whether the stream has batch endpoints.
		 * @return whether a batch endpoint receives records of the stream
		 */
		public boolean hasBatchEndpoints() {
			return !this.batchesBefore.isEmpty() || !this.batchesAfter.isEmpty();
		}

	}

	/**
	 * A window endpoint of a stream and the event names it wants.
	 *
	 * @param endpoint the window endpoint
	 * @param events the event names of the records it folds
	 */
	public record WindowRoute(WindowEndpoint endpoint, Set<DynamoEventName> events) {

	}

	/**
	 * A batch endpoint of a stream and the event names it wants.
	 *
	 * @param endpoint the batch endpoint
	 * @param events the event names of the records it receives
	 */
	public record BatchRoute(BatchEndpoint endpoint, Set<DynamoEventName> events) {

	}

}
