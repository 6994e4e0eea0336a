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

import java.util.Map;

import io.github.ddbstreams.mapping.DynamoDbArn;
import org.jspecify.annotations.Nullable;

/**
 * How many records of one batch a {@link StreamRecordDispatcher} runs at the same time: a
 * default, and overrides per table. With 1 (the default), records run one after another
 * on the invoking thread; with more, records of different items run in parallel while the
 * records of each item keep their stream order.
 *
 * @param concurrency the most records of a batch in flight at once (1-1000), for tables
 * without an override
 * @param tables overrides by logical table name, table ARN or stream ARN
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record ConcurrencySettings(int concurrency, Map<String, Integer> tables) {

	/**
	 * The largest concurrency.
	 */
	public static final int MAX_CONCURRENCY = 1000;

	/**
	 * One record after another, for every table.
	 */
	public static final ConcurrencySettings SEQUENTIAL = new ConcurrencySettings(1, Map.of());

	/**
	 * Create settings.
	 * @param concurrency the most records of a batch in flight at once (1-1000), for
	 * tables without an override
	 * @param tables overrides by logical table name, table ARN or stream ARN
	 * @throws IllegalArgumentException if a concurrency is outside 1-1000
	 */
	public ConcurrencySettings {
		check("concurrency", concurrency);
		tables.forEach((table, value) -> check("concurrency of table '" + table + "'", value));
		tables = Map.copyOf(tables);
	}

	/**
	 * Return settings with one concurrency for every table.
	 * @param concurrency the most records of a batch in flight at once (1-1000)
	 * @return the settings
	 */
	public static ConcurrencySettings of(int concurrency) {
		return new ConcurrencySettings(concurrency, Map.of());
	}

	/**
	 * Return the concurrency of the records of a stream.
	 * @param tableName the logical name of the stream's table, or {@code null} when not
	 * known
	 * @param eventSourceArn the stream ARN, or {@code null} when not known
	 * @return the override of the table (by logical name, then stream ARN, then table
	 * ARN), or the default
	 */
	public int concurrencyOf(@Nullable String tableName, @Nullable String eventSourceArn) {
		if (this.tables.isEmpty()) {
			return this.concurrency;
		}
		Integer value = (tableName != null) ? this.tables.get(tableName) : null;
		if (value == null && eventSourceArn != null) {
			value = this.tables.get(eventSourceArn);
			if (value == null) {
				value = this.tables.get(DynamoDbArn.tableArnOf(eventSourceArn));
			}
		}
		return (value != null) ? value : this.concurrency;
	}

	/**
	 * Return the largest concurrency of any table.
	 * @return the largest of the default and the overrides
	 */
	public int maximum() {
		int maximum = this.concurrency;
		for (int value : this.tables.values()) {
			maximum = Math.max(maximum, value);
		}
		return maximum;
	}

	private static void check(String name, int value) {
		if (value < 1 || value > MAX_CONCURRENCY) {
			throw new IllegalArgumentException(
					"The " + name + " must be between 1 and " + MAX_CONCURRENCY + ", not " + value);
		}
	}

}
