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
import java.util.concurrent.ConcurrentHashMap;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
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
	 * Return the listeners of a record, in listener order.
	 * @param eventSourceArn the stream ARN of the record
	 * @param eventName the event name of the record
	 * @return the listeners, empty when none wants the record
	 */
	public List<DynamoRecordListener> listenersFor(@Nullable String eventSourceArn, DynamoEventName eventName) {
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
		Map<DynamoEventName, List<DynamoRecordListener>> listeners = new EnumMap<>(DynamoEventName.class);
		for (DynamoEventName eventName : DynamoEventName.values()) {
			List<DynamoRecordListener> wanting = new ArrayList<>();
			for (StreamSubscription subscription : this.subscriptions.subscriptions()) {
				if (subscription.events().contains(eventName) && matches(subscription, eventSourceArn)) {
					wanting.add(subscription.listener());
				}
			}
			listeners.put(eventName, List.copyOf(wanting));
		}
		String physicalName = DynamoDbArn.tableNameOf(eventSourceArn);
		return new Route((physicalName != null) ? this.namespace.logicalName(physicalName) : null, listeners);
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
	 * Where the records of one stream go: the logical name of its table and the listeners
	 * of each event name.
	 *
	 * @param tableName the logical table name, or {@code null} when the event source is
	 * not a table stream ARN
	 * @param listeners the listeners by event name, in listener order
	 */
	public record Route(@Nullable String tableName, Map<DynamoEventName, List<DynamoRecordListener>> listeners) {

		/**
		 * Return the listeners of the records with an event name.
		 * @param eventName the event name
		 * @return the listeners, empty when none wants those records
		 */
		public List<DynamoRecordListener> listenersFor(DynamoEventName eventName) {
			return this.listeners.get(eventName);
		}

	}

}
