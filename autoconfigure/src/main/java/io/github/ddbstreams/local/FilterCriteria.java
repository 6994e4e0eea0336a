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

package io.github.ddbstreams.local;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.ddbstreams.listener.DynamoEventName;
import tools.jackson.databind.JsonNode;

/**
 * The filter criteria of the event source mapping of one table, applied to each record
 * before it joins a batch: the event names that the listeners of the table want, and the
 * configured filter patterns.
 * <p>
 * A record passes when its event name is one the listeners want and, if patterns are
 * configured, it matches any of them. That is what Lambda does with the filter criteria
 * of the generated SAM template, where the event names are added to each pattern. Records
 * that do not pass are dropped, as processed, without invoking the function.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class FilterCriteria {

	private final Set<DynamoEventName> eventNames;

	private final List<FilterPattern> patterns;

	private FilterCriteria(Set<DynamoEventName> eventNames, List<FilterPattern> patterns) {
		this.eventNames = eventNames;
		this.patterns = patterns;
	}

	/**
	 * Create the filter criteria of a table.
	 * @param wanted the event names that the listeners of the table want, empty when no
	 * listener receives its records
	 * @param patterns the configured filter patterns
	 * @return the criteria
	 * @throws IllegalArgumentException if a pattern is invalid
	 */
	static FilterCriteria of(Set<DynamoEventName> wanted, List<String> patterns) {
		Set<DynamoEventName> eventNames = (wanted.isEmpty()) ? EnumSet.allOf(DynamoEventName.class)
				: EnumSet.copyOf(wanted);
		return new FilterCriteria(eventNames, patterns.stream().map(FilterPattern::parse).toList());
	}

	/**
	 * Return whether a record passes the criteria.
	 * @param record the record, as in the event Lambda sends
	 * @return whether the function receives the record
	 */
	boolean matches(JsonNode record) {
		JsonNode eventName = record.get("eventName");
		if (!isEveryEventName() && (eventName == null
				|| this.eventNames.stream().noneMatch((name) -> name.name().equals(eventName.asString())))) {
			return false;
		}
		return this.patterns.isEmpty() || this.patterns.stream().anyMatch((pattern) -> pattern.matches(record));
	}

	/**
	 * Return whether the criteria let every record through.
	 * @return whether nothing is filtered
	 */
	boolean isEmpty() {
		return isEveryEventName() && this.patterns.isEmpty();
	}

	private boolean isEveryEventName() {
		return this.eventNames.size() == DynamoEventName.values().length;
	}

	@Override
	public String toString() {
		if (isEmpty()) {
			return "no filter";
		}
		String events = this.eventNames.stream()
			.map(Enum::name)
			.collect(Collectors.joining(", ", "eventName in [", "]"));
		return this.patterns.isEmpty() ? events : events + " and any of " + this.patterns;
	}

}
