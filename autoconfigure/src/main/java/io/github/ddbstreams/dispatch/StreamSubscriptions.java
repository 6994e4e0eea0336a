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
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.RequiredImages;
import org.jspecify.annotations.Nullable;

/**
 * The subscriptions of all listener beans, in listener order: routes each record to the
 * listeners that want it, and tells the SAM template generator and the local loop which
 * tables, event names and images the listeners need.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamSubscriptions {

	private final List<StreamSubscription> subscriptions;

	private final TableNamespace namespace;

	private final Map<String, Route> routes = new ConcurrentHashMap<>();

	/**
	 * Create the subscriptions.
	 * @param subscriptions the subscriptions in listener order
	 * @param namespace the namespace of the logical table names
	 */
	public StreamSubscriptions(List<StreamSubscription> subscriptions, TableNamespace namespace) {
		this.subscriptions = List.copyOf(subscriptions);
		this.namespace = namespace;
	}

	/**
	 * Return the subscriptions in listener order.
	 * @return the subscriptions
	 */
	public List<StreamSubscription> subscriptions() {
		return this.subscriptions;
	}

	/**
	 * Return the table namespace the logical names of the subscriptions live in.
	 * @return the namespace
	 */
	public TableNamespace namespace() {
		return this.namespace;
	}

	/**
	 * Return every table a listener names: logical names and ARNs, in declaration order.
	 * @return the tables
	 */
	public Set<String> declaredTables() {
		Set<String> tables = new LinkedHashSet<>();
		this.subscriptions.forEach((subscription) -> tables.addAll(subscription.tables()));
		return tables;
	}

	/**
	 * Return the subscriptions that receive records of a table.
	 * @param table a logical table name or an ARN, as listeners and configuration name it
	 * @return the subscriptions naming that table and those naming none, in listener
	 * order
	 */
	public List<StreamSubscription> subscriptionsOf(String table) {
		return this.subscriptions.stream()
			.filter((subscription) -> subscription.isForAllTables() || subscription.tables().contains(table))
			.toList();
	}

	/**
	 * Return the event names that the listeners of a table want.
	 * @param table a logical table name or an ARN
	 * @return the event names, empty when no listener receives records of the table
	 */
	public Set<DynamoEventName> eventsOf(String table) {
		Set<DynamoEventName> events = EnumSet.noneOf(DynamoEventName.class);
		subscriptionsOf(table).forEach((subscription) -> events.addAll(subscription.events()));
		return Collections.unmodifiableSet(events);
	}

	/**
	 * Return the images that the listeners of a table read.
	 * @param table a logical table name or an ARN
	 * @return the images, {@link RequiredImages#NONE} when no listener receives records
	 * of the table
	 */
	public RequiredImages imagesOf(String table) {
		RequiredImages images = RequiredImages.NONE;
		for (StreamSubscription subscription : subscriptionsOf(table)) {
			images = images.and(subscription.images());
		}
		return images;
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
	 * Return where the records of a stream go, worked out once per stream.
	 * @param eventSourceArn the stream ARN of the records
	 * @return the route of the stream's records
	 */
	public Route routeOf(@Nullable String eventSourceArn) {
		return this.routes.computeIfAbsent((eventSourceArn != null) ? eventSourceArn : "", this::route);
	}

	private Route route(String eventSourceArn) {
		Map<DynamoEventName, List<DynamoRecordListener>> listeners = new EnumMap<>(DynamoEventName.class);
		for (DynamoEventName eventName : DynamoEventName.values()) {
			List<DynamoRecordListener> wanting = new ArrayList<>();
			for (StreamSubscription subscription : this.subscriptions) {
				if (subscription.events().contains(eventName) && matches(subscription, eventSourceArn)) {
					wanting.add(subscription.listener());
				}
			}
			listeners.put(eventName, List.copyOf(wanting));
		}
		String physicalName = TableNamespace.tableNameOf(eventSourceArn);
		return new Route((physicalName != null) ? this.namespace.logicalName(physicalName) : null, listeners);
	}

	private boolean matches(StreamSubscription subscription, String eventSourceArn) {
		if (subscription.isForAllTables()) {
			return true;
		}
		String physicalName = TableNamespace.tableNameOf(eventSourceArn);
		for (String table : subscription.tables()) {
			if (TableNamespace.isArn(table)) {
				if (table.equals(eventSourceArn) || table.equals(TableNamespace.tableArnOf(eventSourceArn))) {
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
