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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.harness.moto.MotoServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes to tables the way an application or the AWS CLI would, through the public
 * DynamoDB API.
 */
final class TestTables implements AutoCloseable {

	private final DynamoDbClient client;

	private final boolean owned;

	private TestTables(DynamoDbClient client, boolean owned) {
		this.client = client;
		this.owned = owned;
	}

	/**
	 * Return the tables of the moto server of this JVM.
	 * @return the tables, whose client is closed with them
	 */
	static TestTables onMoto() {
		return new TestTables(MotoServer.shared().dynamoDb(), true);
	}

	/**
	 * Return the tables a client reaches.
	 * @param client the client, left open
	 * @return the tables
	 */
	static TestTables of(DynamoDbClient client) {
		return new TestTables(client, false);
	}

	DynamoDbClient client() {
		return this.client;
	}

	/**
	 * Create a table with partition key {@code id} (S) and a NEW_AND_OLD_IMAGES stream.
	 * @param table the table name
	 */
	void create(String table) {
		this.client.createTable((request) -> request.tableName(table)
			.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
			.attributeDefinitions((attribute) -> attribute.attributeName("id").attributeType(ScalarAttributeType.S))
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.streamSpecification(
					(stream) -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
		this.client.waiter().waitUntilTableExists((request) -> request.tableName(table));
	}

	void put(String table, String id, String... attributes) {
		this.client.putItem((request) -> request.tableName(table).item(item(id, attributes)));
	}

	void rename(String table, String id, String name) {
		this.client.updateItem((request) -> request.tableName(table)
			.key(Map.of("id", AttributeValue.fromS(id)))
			.updateExpression("SET #name = :name")
			.expressionAttributeNames(Map.of("#name", "name"))
			.expressionAttributeValues(Map.of(":name", AttributeValue.fromS(name))));
	}

	void delete(String table, String id) {
		this.client.deleteItem((request) -> request.tableName(table).key(Map.of("id", AttributeValue.fromS(id))));
	}

	/**
	 * Write items with as few requests as possible (25 per request), in order.
	 * @param table the table
	 * @param items the items, no two with the same key in a row of 25
	 */
	void putAll(String table, List<Map<String, AttributeValue>> items) {
		for (int start = 0; start < items.size(); start += 25) {
			List<WriteRequest> writes = new ArrayList<>();
			for (Map<String, AttributeValue> item : items.subList(start, Math.min(items.size(), start + 25))) {
				writes.add(WriteRequest.builder().putRequest((put) -> put.item(item)).build());
			}
			Map<String, List<WriteRequest>> unprocessed = Map.of(table, writes);
			while (!unprocessed.isEmpty()) {
				Map<String, List<WriteRequest>> request = unprocessed;
				unprocessed = this.client.batchWriteItem((batch) -> batch.requestItems(request)).unprocessedItems();
			}
		}
	}

	/**
	 * Return an item.
	 * @param id the value of key {@code id}
	 * @param attributes more string attributes as name, value, name, value...
	 * @return the item
	 */
	static Map<String, AttributeValue> item(String id, String... attributes) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put("id", AttributeValue.fromS(id));
		for (int i = 0; i < attributes.length; i += 2) {
			item.put(attributes[i], AttributeValue.fromS(attributes[i + 1]));
		}
		return item;
	}

	@Override
	public void close() {
		if (this.owned) {
			this.client.close();
		}
	}

}
