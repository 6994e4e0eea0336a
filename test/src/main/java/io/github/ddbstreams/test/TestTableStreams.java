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

package io.github.ddbstreams.test;

import java.util.function.Supplier;

import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.mapping.TableDefinition;
import io.github.ddbstreams.mapping.TableNamespace;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The streams of the application's tables for a test, set up as the application
 * configures them ({@code dynamodb.streams}): the table namespace, the key attributes
 * ({@code partition-key}, {@code sort-key}), stream view type and stream ARN (when given)
 * of each table, and the application's table schemas. Spring Boot tests get it as a bean.
 * <pre class="code">
 * &#064;Autowired
 * TestTableStreams streams;
 *
 * LambdaResponse response = lambdaInvoker.invoke(streams.table("customers").event().insert(ada));
 * </pre>
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class TestTableStreams {

	private final TableNamespace namespace;

	private final Supplier<StreamTables> tables;

	private final TableSchemaResolver schemas;

	/**
	 * Create the streams of an application's tables.
	 * @param namespace the namespace of the logical table names
	 * @param tables supplies the tables of the application
	 * @param schemas the table schemas of the application
	 */
	public TestTableStreams(TableNamespace namespace, Supplier<StreamTables> tables, TableSchemaResolver schemas) {
		this.namespace = namespace;
		this.tables = tables;
		this.schemas = schemas;
	}

	/**
	 * Return a new stream of a table, with its own sequence numbers. A table that the
	 * application does not configure, nor its listeners name, gets the namespace and the
	 * table schemas only.
	 * @param table the table as listeners and configuration name it: a logical name, or
	 * an ARN
	 * @return the stream
	 */
	public TestTableStream table(String table) {
		for (StreamTable configured : this.tables.get().tables()) {
			if (configured.reference().equals(table)) {
				return stream(configured);
			}
		}
		return TestTableStream.of(table).namespace(this.namespace).tableSchemas(this.schemas);
	}

	private TestTableStream stream(StreamTable table) {
		TableDefinition definition = table.definition();
		String streamArn = table.streamArn();
		TestTableStream stream = TestTableStream.of((streamArn != null) ? streamArn : table.reference())
			.namespace(this.namespace)
			.tableSchemas(this.schemas)
			.viewType(StreamViewType.fromValue(definition.streamViewType().name()))
			.sortKey(definition.sortKey());
		if (definition.partitionKey() != null) {
			stream.partitionKey(definition.partitionKey());
		}
		return stream;
	}

}
