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
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.endpoint.ListenerEndpoint;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import org.jspecify.annotations.Nullable;

/**
 * What one listener asked for: its tables, event names and images, and the item types it
 * maps them to, as a listener bean's {@link DynamoStreamListener @DynamoStreamListener}
 * declares them or a listener method's signature derives them; and the endpoint that the
 * dispatcher invokes for it.
 *
 * @param beanName the name of the listener's bean
 * @param endpoint what the dispatcher invokes: a record or a batch endpoint
 * @param tables logical table names and ARNs, empty for every table
 * @param events the event names, never empty
 * @param images the images the listener reads
 * @param itemTypes the item types the listener maps keys or images to, empty when not
 * declared
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamSubscription(String beanName, ListenerEndpoint endpoint, List<String> tables,
		Set<DynamoEventName> events, RequiredImages images, List<Class<?>> itemTypes) {

	/**
	 * Create the subscription of a {@link DynamoRecordListener} bean that declares no
	 * item types.
	 * @param beanName the name of the listener bean
	 * @param listener the listener
	 * @param tables logical table names and ARNs, empty for every table
	 * @param events the event names, never empty
	 * @param images the images the listener reads
	 */
	public StreamSubscription(String beanName, DynamoRecordListener listener, List<String> tables,
			Set<DynamoEventName> events, RequiredImages images) {
		this(beanName, RecordEndpoint.of(beanName, listener), tables, events, images, List.of());
	}

	/**
	 * Create the subscription of a {@link DynamoRecordListener} bean from its
	 * declaration.
	 * @param beanName the name of the listener bean
	 * @param listener the listener
	 * @param declaration the declaration, or {@code null} for a listener that wants
	 * everything
	 * @param tables the declared tables with placeholders resolved
	 * @return the subscription
	 */
	public static StreamSubscription of(String beanName, DynamoRecordListener listener,
			@Nullable DynamoStreamListener declaration, List<String> tables) {
		return of(beanName, RecordEndpoint.of(beanName, listener), declaration, tables);
	}

	/**
	 * Create the subscription of a listener bean from its declaration.
	 * @param beanName the name of the listener bean
	 * @param endpoint the endpoint of the listener
	 * @param declaration the declaration, or {@code null} for a listener that wants
	 * everything
	 * @param tables the declared tables with placeholders resolved
	 * @return the subscription
	 */
	public static StreamSubscription of(String beanName, ListenerEndpoint endpoint,
			@Nullable DynamoStreamListener declaration, List<String> tables) {
		if (declaration == null) {
			return new StreamSubscription(beanName, endpoint, List.of(),
					Collections.unmodifiableSet(EnumSet.allOf(DynamoEventName.class)), RequiredImages.NEW_AND_OLD,
					List.of());
		}
		Set<DynamoEventName> events = (declaration.events().length > 0) ? EnumSet.copyOf(List.of(declaration.events()))
				: EnumSet.allOf(DynamoEventName.class);
		return new StreamSubscription(beanName, endpoint, List.copyOf(tables), Collections.unmodifiableSet(events),
				declaration.images(), List.of(declaration.itemTypes()));
	}

	/**
	 * Return whether the listener wants the records of every table.
	 * @return whether no table was declared
	 */
	public boolean isForAllTables() {
		return this.tables.isEmpty();
	}

	/**
	 * Return a copy of this subscription with another endpoint.
	 * @param endpoint the endpoint
	 * @return the subscription of the endpoint
	 */
	public StreamSubscription withEndpoint(ListenerEndpoint endpoint) {
		return new StreamSubscription(this.beanName, endpoint, this.tables, this.events, this.images, this.itemTypes);
	}

}
