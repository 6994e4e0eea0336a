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

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.lambda.SyntheticEventWriter.SyntheticRecord;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.messaging.support.MessageBuilder;

/**
 * Primes the DynamoDB stream function: runs synthetic DynamoDB stream events through the
 * path a Lambda event takes (the handler's steps, {@link DynamoStreamsFunction}, the
 * {@link StreamEventDecoder}, a {@link StreamRecordDispatcher}), so that the classes of
 * that path are loaded, its code is compiled, the JSON reader and writer are warm, and
 * the table schemas of the listeners' item types are built and have mapped items, before
 * the first real event.
 * <p>
 * The synthetic event has records for every table and event name the listeners subscribe
 * to (tables as the listeners name them, in the configured namespace; listeners of every
 * table get a table of their own), with images that carry a value of each attribute of
 * the item types (declared with {@code @DynamoStreamListener(itemTypes = ...)} or as
 * {@code TableSchema} beans) and of each DynamoDB type. Unless listeners are primed too,
 * the records go to a dispatcher whose routes are the listeners' own, but whose listeners
 * only read keys and images and map them to the item types: no listener, interceptor or
 * error handler of the application runs. When listeners are primed, the records go to the
 * application's dispatcher, so listeners, interceptors and the error handler receive
 * them: they can tell a synthetic record by its event id, {@value #SYNTHETIC_EVENT_ID}.
 * <p>
 * Priming never fails the application: what went wrong is logged.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamFunctionPrimer {

	/**
	 * The event id of every synthetic record.
	 */
	public static final String SYNTHETIC_EVENT_ID = SyntheticEventWriter.EVENT_ID;

	/**
	 * The logical table of the synthetic records for listeners of every table.
	 */
	public static final String SYNTHETIC_TABLE = "dynamodb-streams-priming";

	/**
	 * The number of records of a synthetic event, enough for the code of each record to
	 * be compiled when several events run.
	 */
	static final int RECORDS_PER_EVENT = 100;

	private static final Log logger = LogFactory.getLog(StreamFunctionPrimer.class);

	private static final String STREAM_LABEL = "/stream/2000-01-01T00:00:00.000";

	private static final String ATTRIBUTE_PREFIX = "dynamodb-streams-priming-";

	private final EventPath path;

	private final StreamSubscriptions subscriptions;

	private final TableNamespace namespace;

	private final TableSchemaResolver schemas;

	private final List<Class<?>> itemTypes;

	private final @Nullable StreamRecordDispatcher listenerDispatcher;

	private final int events;

	/**
	 * Create a primer.
	 * @param path the path of an event to the function
	 * @param subscriptions the subscriptions of the listeners
	 * @param namespace the namespace of the logical table names
	 * @param schemas the table schemas the records map images with
	 * @param itemTypes item types to prime besides those the listeners declare, such as
	 * those of {@code TableSchema} beans
	 * @param listenerDispatcher the application's dispatcher, to call the listeners with
	 * the synthetic records, or {@code null} to leave them alone
	 * @param events how many synthetic events to run, at least 1: the more, the more of
	 * the path is compiled
	 */
	public StreamFunctionPrimer(EventPath path, StreamSubscriptions subscriptions, TableNamespace namespace,
			TableSchemaResolver schemas, Collection<Class<?>> itemTypes,
			@Nullable StreamRecordDispatcher listenerDispatcher, int events) {
		if (events < 1) {
			throw new IllegalArgumentException("events must be at least 1, not " + events);
		}
		this.path = path;
		this.subscriptions = subscriptions;
		this.namespace = namespace;
		this.schemas = schemas;
		this.itemTypes = List.copyOf(itemTypes);
		this.listenerDispatcher = listenerDispatcher;
		this.events = events;
	}

	/**
	 * Run the synthetic events through the path, and log what was primed.
	 * @return what was primed
	 */
	public Priming prime() {
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		Map<Class<?>, Map<String, AttributeValue>> samples = samples(problems);
		List<SyntheticRecord> records = records(samples);
		StreamRecordDispatcher dispatcher = (this.listenerDispatcher != null) ? this.listenerDispatcher
				: readingDispatcher(problems);
		byte[] json = SyntheticEventWriter.write(records);
		int ran = 0;
		for (int i = 0; i < this.events; i++) {
			int dispatched = run(json, dispatcher, problems);
			ran += dispatched;
			if (dispatched < records.size()) {
				break;
			}
		}
		Priming priming = new Priming(ran, List.copyOf(samples.keySet()), this.listenerDispatcher != null,
				Duration.ofNanos(System.nanoTime() - started), List.copyOf(problems));
		log(priming);
		return priming;
	}

	private int run(byte[] json, StreamRecordDispatcher dispatcher, List<String> problems) {
		SyntheticStreamEvent event = new SyntheticStreamEvent(json, dispatcher);
		try {
			this.path.handle(event);
		}
		catch (Exception ex) {
			problems.add("the synthetic event failed with " + ex.getClass().getName());
			if (logger.isDebugEnabled()) {
				logger.debug("Synthetic event failed", ex);
			}
			return 0;
		}
		BatchOutcome outcome = event.outcome();
		if (outcome == null) {
			problems.add("the synthetic event did not reach the DynamoDB stream function");
			return 0;
		}
		if (!outcome.isSuccess()) {
			Exception failure = outcome.failure();
			problems
				.add(outcome.describeFailure() + ((failure != null) ? " with " + failure.getClass().getName() : ""));
		}
		return outcome.processed();
	}

	private Map<Class<?>, Map<String, AttributeValue>> samples(List<String> problems) {
		Set<Class<?>> types = new LinkedHashSet<>();
		this.subscriptions.subscriptions().forEach((subscription) -> types.addAll(subscription.itemTypes()));
		types.addAll(this.itemTypes);
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

	private List<SyntheticRecord> records(Map<Class<?>, Map<String, AttributeValue>> samples) {
		List<SyntheticRecord> shapes = new ArrayList<>();
		for (StreamSubscription subscription : this.subscriptions.subscriptions()) {
			String arn = streamArn(subscription.isForAllTables() ? SYNTHETIC_TABLE : subscription.tables().get(0));
			Map<String, AttributeValue> image = new LinkedHashMap<>(everyType());
			Map<String, AttributeValue> keys = new LinkedHashMap<>();
			for (Class<?> type : subscription.itemTypes()) {
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
			shapes.add(new SyntheticRecord(streamArn(SYNTHETIC_TABLE), DynamoEventName.MODIFY,
					Map.of(ATTRIBUTE_PREFIX + "key", AttributeValue.fromS("0")), everyType()));
		}
		List<SyntheticRecord> records = new ArrayList<>();
		while (records.size() < Math.max(RECORDS_PER_EVENT, shapes.size())) {
			records.add(shapes.get(records.size() % shapes.size()));
		}
		return records;
	}

	private StreamRecordDispatcher readingDispatcher(List<String> problems) {
		List<StreamSubscription> reading = this.subscriptions.subscriptions()
			.stream()
			.map((subscription) -> new StreamSubscription(subscription.beanName(),
					readingListener(subscription.itemTypes(), problems), subscription.tables(), subscription.events(),
					subscription.images(), subscription.itemTypes()))
			.toList();
		return new StreamRecordDispatcher(new StreamRoutes(new StreamSubscriptions(reading), this.namespace), List.of(),
				null);
	}

	private static DynamoRecordListener readingListener(List<Class<?>> itemTypes, List<String> problems) {
		return (record) -> {
			record.keys();
			if (itemTypes.isEmpty()) {
				record.newImage();
				record.oldImage();
			}
			for (Class<?> type : itemTypes) {
				try {
					mapImages(record, type);
				}
				catch (RuntimeException ex) {
					String problem = "item type " + type.getName() + " did not map a synthetic image ("
							+ ex.getClass().getName() + ")";
					if (!problems.contains(problem)) {
						problems.add(problem);
					}
				}
			}
		};
	}

	private static void mapImages(DynamoRecord record, Class<?> type) {
		if (record.hasNewImage()) {
			record.newImage(type);
		}
		if (record.hasOldImage()) {
			record.oldImage(type);
		}
	}

	private String streamArn(String table) {
		if (DynamoDbArn.isArn(table)) {
			return DynamoDbArn.isStreamArn(table) ? table : table + STREAM_LABEL;
		}
		return "arn:aws:dynamodb:us-east-1:000000000000:table/" + this.namespace.physicalName(table) + STREAM_LABEL;
	}

	private static void log(Priming priming) {
		if (!priming.problems().isEmpty()) {
			if (logger.isWarnEnabled()) {
				logger.warn("Priming of the DynamoDB stream function was incomplete: " + priming.describe()
						+ "; the first events may be slower. Problems: " + String.join("; ", priming.problems()));
			}
		}
		else if (logger.isInfoEnabled()) {
			logger.info("Primed the DynamoDB stream function: " + priming.describe());
		}
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

	/**
	 * The path of a Lambda event to the DynamoDB stream function.
	 */
	@FunctionalInterface
	public interface EventPath {

		/**
		 * Take an event along the path.
		 * @param event the body of the event
		 * @return the response
		 * @throws IOException if the event cannot be read or the response written
		 */
		Object handle(InputStream event) throws IOException;

		/**
		 * Return the path straight to a function, without Spring Cloud Function.
		 * @param function the function
		 * @return the path
		 */
		static EventPath to(DynamoStreamsFunction function) {
			return (event) -> function.apply(MessageBuilder.withPayload(event).build());
		}

	}

	/**
	 * What a priming run did.
	 *
	 * @param records the synthetic records dispatched
	 * @param itemTypes the item types whose table schemas were built and mapped
	 * @param listeners whether the application's listeners received the records
	 * @param duration how long priming took
	 * @param problems what went wrong, empty when priming was complete
	 */
	public record Priming(int records, List<Class<?>> itemTypes, boolean listeners, Duration duration,
			List<String> problems) {

		/**
		 * Describe the run in one line, without problems.
		 * @return the description
		 */
		public String describe() {
			return this.records + " synthetic records through the Lambda handler's path ("
					+ (this.listeners ? "listeners called" : "listeners not called") + "), item types "
					+ this.itemTypes.stream().map(Class::getName).toList() + ", in " + this.duration.toMillis() + " ms";
		}

	}

}
