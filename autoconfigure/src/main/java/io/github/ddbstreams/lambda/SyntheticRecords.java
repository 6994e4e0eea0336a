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

package io.github.ddbstreams.lambda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.ddbstreams.lambda.SyntheticEventWriter.SyntheticRecord;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The records of the synthetic events of {@link StreamFunctionPrimer}: records for every
 * table and event name the listeners subscribe to (tables as the listeners name them, in
 * the configured namespace; listeners of every table get a table of their own), with
 * images that carry a value of each attribute of the item types and of each DynamoDB
 * type. Building them builds the table schemas of the item types and maps an item with
 * each.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class SyntheticRecords {

	private static final String STREAM_LABEL = "/stream/2000-01-01T00:00:00.000";

	private static final String ATTRIBUTE_PREFIX = "dynamodb-streams-priming-";

	private final StreamSubscriptions subscriptions;

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	private final List<Class<?>> itemTypes;

	SyntheticRecords(StreamSubscriptions subscriptions, TableNamespace namespace, TableSchemaResolver schemas,
			List<Class<?>> itemTypes) {
		this.subscriptions = subscriptions;
		this.namespace = namespace;
		this.schemas = schemas;
		this.itemTypes = itemTypes;
	}

	/**
	 * Build the table schema of each item type, and a sample item of it that maps.
	 * @param learnedTypes the types that listener beans were seen to map, besides the
	 * declared ones
	 * @param problems where to add what went wrong
	 * @return the sample item of each item type that has a table schema, in the order of
	 * the subscriptions, then of the other item types
	 */
	Map<Class<?>, Map<String, AttributeValue>> samples(List<Class<?>> learnedTypes, List<String> problems) {
		Set<Class<?>> types = new LinkedHashSet<>();
		this.subscriptions.subscriptions().forEach((subscription) -> types.addAll(subscription.itemTypes()));
		types.addAll(this.itemTypes);
		types.addAll(learnedTypes);
		Map<Class<?>, Map<String, AttributeValue>> samples = new LinkedHashMap<>();
		for (Class<?> type : types) {
			try {
				samples.put(type, sampleItem(this.schemas.resolve(type)));
			}
			catch (RuntimeException ex) {
				problems.add("no table schema for item type " + type.getName() + " (" + ex.getClass().getName() + ")");
			}
		}
		return samples;
	}

	/**
	 * Return the records of a synthetic event: one for each table and event name the
	 * listeners subscribe to, repeated up to
	 * {@link StreamFunctionPrimer#RECORDS_PER_EVENT}.
	 * @param samples the sample item of each item type
	 * @param learnedTypes the types that listener beans were seen to map, whose samples
	 * the records of listeners that declare no item type carry
	 * @return the records, in batch order
	 */
	List<SyntheticRecord> records(Map<Class<?>, Map<String, AttributeValue>> samples, List<Class<?>> learnedTypes) {
		List<SyntheticRecord> shapes = new ArrayList<>();
		for (StreamSubscription subscription : this.subscriptions.subscriptions()) {
			String arn = streamArn(subscription.isForAllTables() ? StreamFunctionPrimer.SYNTHETIC_TABLE
					: subscription.tables().get(0));
			Map<String, AttributeValue> image = new LinkedHashMap<>(everyType());
			Map<String, AttributeValue> keys = new LinkedHashMap<>();
			List<Class<?>> types = subscription.itemTypes().isEmpty() ? learnedTypes : subscription.itemTypes();
			for (Class<?> type : types) {
				Map<String, AttributeValue> sample = samples.getOrDefault(type, Map.of());
				sample.forEach(image::putIfAbsent);
				if (keys.isEmpty()) {
					keys.putAll(sampleKeys(this.schemas, type, sample));
				}
			}
			if (keys.isEmpty()) {
				keys.put(ATTRIBUTE_PREFIX + "key", AttributeValue.fromS("0"));
			}
			for (DynamoEventName eventName : subscription.events()) {
				shapes.add(new SyntheticRecord(arn, eventName, keys, image));
			}
		}
		if (shapes.isEmpty()) {
			shapes.add(new SyntheticRecord(streamArn(StreamFunctionPrimer.SYNTHETIC_TABLE), DynamoEventName.MODIFY,
					Map.of(ATTRIBUTE_PREFIX + "key", AttributeValue.fromS("0")), everyType()));
		}
		List<SyntheticRecord> records = new ArrayList<>();
		while (records.size() < Math.max(StreamFunctionPrimer.RECORDS_PER_EVENT, shapes.size())) {
			records.add(shapes.get(records.size() % shapes.size()));
		}
		return records;
	}

	private String streamArn(String table) {
		if (DynamoDbArn.isArn(table)) {
			return DynamoDbArn.isStreamArn(table) ? table : table + STREAM_LABEL;
		}
		return "arn:aws:dynamodb:us-east-1:000000000000:table/" + this.namespace.physicalName(table) + STREAM_LABEL;
	}

	/**
	 * Return an item of a table schema with a value for each attribute that converts: a
	 * string, number, binary or set of the attribute's type, which the attribute's
	 * converter accepts.
	 * @param schema the table schema
	 * @return the item as attribute values
	 */
	static Map<String, AttributeValue> sampleItem(TableSchema<?> schema) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		for (String name : schema.attributeNames()) {
			AttributeValue value = sampleValue(schema, name);
			if (value != null && maps(schema, Map.of(name, value))) {
				item.put(name, value);
			}
		}
		if (!maps(schema, item)) {
			item.clear();
		}
		return item;
	}

	private static @Nullable AttributeValue sampleValue(TableSchema<?> schema, String name) {
		AttributeValueType type;
		try {
			type = schema.converterForAttribute(name).attributeValueType();
		}
		catch (RuntimeException ex) {
			return null;
		}
		return switch (type) {
			case S -> AttributeValue.fromS("0");
			case N -> AttributeValue.fromN("0");
			case B -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0 }));
			case BOOL -> AttributeValue.fromBool(false);
			case SS -> AttributeValue.fromSs(List.of("0"));
			case NS -> AttributeValue.fromNs(List.of("0"));
			case BS -> AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] { 0 })));
			case L -> AttributeValue.fromL(List.of());
			case M -> AttributeValue.fromM(Map.of());
			default -> null;
		};
	}

	private static boolean maps(TableSchema<?> schema, Map<String, AttributeValue> item) {
		try {
			schema.mapToItem(item);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Map<String, AttributeValue> sampleKeys(TableSchemaResolver schemas, Class<?> type,
			Map<String, AttributeValue> sample) {
		Map<String, AttributeValue> keys = new LinkedHashMap<>();
		try {
			TableSchema<?> schema = schemas.resolve(type);
			for (String key : schema.tableMetadata().primaryKeys()) {
				AttributeValue value = sample.get(key);
				keys.put(key, (value != null) ? value
						: scalar(schema.tableMetadata().scalarAttributeType(key).orElse(ScalarAttributeType.S)));
			}
		}
		catch (RuntimeException ex) {
			keys.clear();
		}
		return keys;
	}

	private static AttributeValue scalar(ScalarAttributeType type) {
		return switch (type) {
			case N -> AttributeValue.fromN("0");
			case B -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0 }));
			default -> AttributeValue.fromS("0");
		};
	}

	private static Map<String, AttributeValue> everyType() {
		Map<String, AttributeValue> attributes = new LinkedHashMap<>();
		SdkBytes bytes = SdkBytes.fromByteArray(new byte[] { 0, 1, 2 });
		attributes.put(ATTRIBUTE_PREFIX + "S", AttributeValue.fromS("0"));
		attributes.put(ATTRIBUTE_PREFIX + "N", AttributeValue.fromN("0.5"));
		attributes.put(ATTRIBUTE_PREFIX + "B", AttributeValue.fromB(bytes));
		attributes.put(ATTRIBUTE_PREFIX + "SS", AttributeValue.fromSs(List.of("0", "1")));
		attributes.put(ATTRIBUTE_PREFIX + "NS", AttributeValue.fromNs(List.of("0", "1")));
		attributes.put(ATTRIBUTE_PREFIX + "BS", AttributeValue.fromBs(List.of(bytes)));
		attributes.put(ATTRIBUTE_PREFIX + "M", AttributeValue.fromM(Map.of("S", AttributeValue.fromS("0"))));
		attributes.put(ATTRIBUTE_PREFIX + "L", AttributeValue.fromL(List.of(AttributeValue.fromN("0"))));
		attributes.put(ATTRIBUTE_PREFIX + "NULL", AttributeValue.fromNul(true));
		attributes.put(ATTRIBUTE_PREFIX + "BOOL", AttributeValue.fromBool(true));
		return attributes;
	}

}
