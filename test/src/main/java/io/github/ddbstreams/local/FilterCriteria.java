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

import java.util.List;

import io.github.ddbstreams.mapping.FilterPatterns;
import tools.jackson.databind.JsonNode;

/**
 * The filter criteria of the event source mapping of one table, applied to each record
 * before it joins a batch: the {@link FilterPatterns} that the SAM template writes into
 * the mapping's {@code FilterCriteria}, matched as Lambda matches them.
 * <p>
 * A record passes when there is no pattern or it matches any of them. Records that do not
 * pass are dropped, as processed, without invoking the function.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class FilterCriteria {

	private final List<FilterPattern> patterns;

	private FilterCriteria(List<FilterPattern> patterns) {
		this.patterns = patterns;
	}

	/**
	 * Create the criteria of filter patterns.
	 * @param patterns the patterns, as {@link FilterPatterns} returns them
	 * @return the criteria
	 * @throws IllegalArgumentException if a pattern is not a filter pattern this loop can
	 * apply
	 */
	static FilterCriteria of(List<String> patterns) {
		return new FilterCriteria(patterns.stream().map(FilterPattern::parse).toList());
	}

	boolean matches(JsonNode record) {
		return this.patterns.isEmpty() || this.patterns.stream().anyMatch((pattern) -> pattern.matches(record));
	}

	boolean isEmpty() {
		return this.patterns.isEmpty();
	}

	@Override
	public String toString() {
		return isEmpty() ? "no filter" : "any of " + this.patterns;
	}

}
