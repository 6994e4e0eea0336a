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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tables of the application, worked out once from the listeners' declarations and the
 * configuration: the tables the listeners name and those configured, each with its name
 * in DynamoDB, event source mapping settings, filter patterns and required images. The
 * SAM template generator and the local stream loop both read them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamTables {

	private final List<StreamTable> tables;

	private final List<String> problems;

	private StreamTables(List<StreamTable> tables, List<String> problems) {
		this.tables = List.copyOf(tables);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Work out the tables.
	 * @param subscriptions what the listeners subscribe to
	 * @param namespace the namespace of the logical table names
	 * @param configuredTables the tables configured under {@code dynamodb.streams.tables}
	 * @param settings the effective event source mapping settings of a table
	 * @param definitions the definition of a table
	 * @return the tables, sorted by reference
	 */
	public static StreamTables of(StreamSubscriptions subscriptions, TableNamespace namespace,
			Collection<String> configuredTables, Function<String, EventSourceMappingSettings> settings,
			Function<String, TableDefinition> definitions) {
		Set<String> references = new TreeSet<>(subscriptions.declaredTables());
		references.addAll(configuredTables);
		List<StreamTable> tables = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String reference : references) {
			String tableName = DynamoDbArn.isArn(reference) ? DynamoDbArn.tableNameOf(reference)
					: namespace.physicalName(reference);
			if (tableName == null) {
				problems.add("Table " + reference + ": not the ARN of a DynamoDB table or stream");
				continue;
			}
			EventSourceMappingSettings tableSettings = settings.apply(reference);
			List<String> filterPatterns = FilterPatterns.of(subscriptions.eventsOf(reference),
					tableSettings.filterPatterns(), "Filter patterns of table " + tableName, problems);
			tables.add(new StreamTable(reference, tableName, tableSettings, definitions.apply(reference),
					filterPatterns, subscriptions.eventsOf(reference), subscriptions.imagesOf(reference)));
		}
		return new StreamTables(tables, problems);
	}

	/**
	 * Return the tables, sorted by reference.
	 * @return the tables
	 */
	public List<StreamTable> tables() {
		return this.tables;
	}

	/**
	 * Return what is wrong with the tables: references that name no table, and filter
	 * patterns that cannot work.
	 * @return the problems, empty when there are none
	 */
	public List<String> problems() {
		return this.problems;
	}

}
