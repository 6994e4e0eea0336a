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

package io.github.ddbstreams.mapping;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.RequiredImages;

/**
 * The subscriptions of all listener beans, in listener order: which tables, event names
 * and images the listeners want.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamSubscriptions {

	private final List<StreamSubscription> subscriptions;

	/**
	 * Create the subscriptions.
	 * @param subscriptions the subscriptions in listener order
	 */
	public StreamSubscriptions(List<StreamSubscription> subscriptions) {
		this.subscriptions = List.copyOf(subscriptions);
	}

	/**
	 * Return the subscriptions in listener order.
	 * @return the subscriptions
	 */
	public List<StreamSubscription> subscriptions() {
		return this.subscriptions;
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
	 * Return what is wrong with the order of the listeners of each table: all record
	 * listeners of a record run in one step (with the interceptors, the error handler and
	 * the record's observation around them), so a batch listener must be ordered before
	 * every record listener of its tables or after every one.
	 * @return a problem for each batch listener ordered between two record listeners of a
	 * table, empty when there is none
	 */
	public List<String> listenerOrderProblems() {
		Set<String> problems = new LinkedHashSet<>();
		checkOrder(this.subscriptions.stream().filter(StreamSubscription::isForAllTables).toList(), "of every table",
				problems);
		for (String table : declaredTables()) {
			checkOrder(subscriptionsOf(table), "of table '" + table + "'", problems);
		}
		return List.copyOf(problems);
	}

	private static void checkOrder(List<StreamSubscription> ordered, String tables, Set<String> problems) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).endpoint() instanceof RecordEndpoint) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		for (int i = first + 1; i < last; i++) {
			if (ordered.get(i).endpoint() instanceof BatchEndpoint) {
				problems.add("The batch listener " + ordered.get(i).endpoint().description()
						+ " is ordered between record listeners " + tables + " ("
						+ ordered.get(first).endpoint().description() + " before it, "
						+ ordered.get(last).endpoint().description() + " after it): the record listeners of a record"
						+ " run in one step, and a batch listener before or after all of them. Give it an @Order"
						+ " lower than the first record listener's or higher than the last one's");
			}
		}
	}

}
