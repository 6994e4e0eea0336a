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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.local.RecordingFunctionInvoker.Invocation;
import io.github.ddbstreams.local.RecordingListener.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the local stream loop on a real moto server: items written through
 * the DynamoDB API reach the listeners of the application through the stream, with the
 * configured event source mapping settings. The tests named for moto pin the ways moto
 * differs from DynamoDB, which the loop passes on as they are.
 */
class LocalStreamLoopTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final AtomicInteger namespaces = new AtomicInteger();

	private static TestTables tables;

	@TempDir
	Path onFailure;

	private ConfigurableApplicationContext context;

	private final String namespace = "loop" + namespaces.incrementAndGet();

	private final String table = this.namespace + "_items";

	@BeforeAll
	static void connectToMoto() {
		tables = TestTables.onMoto();
	}

	@AfterAll
	static void disconnect() {
		tables.close();
	}

	@AfterEach
	void stopApplication() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void putsUpdatesAndDeletesReachTheListenerWithTheirImages() {
		start();
		tables.put(this.table, "id-1", "name", "name-1");
		tables.rename(this.table, "id-1", "name-2");
		tables.delete(this.table, "id-1");
		List<Delivery> deliveries = listener().awaitDeliveries(3, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::eventName)
			.containsExactly(DynamoEventName.INSERT, DynamoEventName.MODIFY, DynamoEventName.REMOVE);
		assertThat(deliveries).extracting(Delivery::table).containsOnly("items");
		assertThat(deliveries).extracting(Delivery::keys).containsOnly(Map.of("id", AttributeValue.fromS("id-1")));
		assertThat(deliveries.get(0).newAttribute("name")).isEqualTo("name-1");
		assertThat(deliveries.get(0).oldImage()).isNull();
		assertThat(deliveries.get(1).oldAttribute("name")).isEqualTo("name-1");
		assertThat(deliveries.get(1).newAttribute("name")).isEqualTo("name-2");
		assertThat(deliveries.get(2).oldAttribute("name")).isEqualTo("name-2");
		assertThat(deliveries.get(2).newImage()).isNull();
		assertThat(deliveries).noneMatch(Delivery::timeToLiveDelete);
		assertThat(deliveries).extracting(Delivery::sequenceNumber).isSorted();
	}

	@Test
	void sendsTheEventLambdaSendsForEachRecord() {
		start();
		tables.put(this.table, "id-1", "name", "name-1");
		listener().awaitDeliveries(1, TIMEOUT);
		JsonNode record = invoker().invocations().get(0).records().get(0);
		assertThat(record.properties()).extracting(Map.Entry::getKey)
			.containsExactly("eventID", "eventName", "eventVersion", "eventSource", "awsRegion", "dynamodb",
					"eventSourceARN");
		assertThat(record.get("eventName").asString()).isEqualTo("INSERT");
		assertThat(record.get("eventSource").asString()).isEqualTo("aws:dynamodb");
		assertThat(record.get("eventSourceARN").asString()).contains(":table/" + this.table + "/stream/");
		JsonNode dynamodb = record.get("dynamodb");
		assertThat(dynamodb.properties()).extracting(Map.Entry::getKey)
			.containsExactly("ApproximateCreationDateTime", "Keys", "NewImage", "SequenceNumber", "SizeBytes",
					"StreamViewType");
		assertThat(dynamodb.get("ApproximateCreationDateTime").isNumber()).isTrue();
		assertThat(Instant.ofEpochSecond(dynamodb.get("ApproximateCreationDateTime").asLong()))
			.isBetween(Instant.now().minus(Duration.ofMinutes(2)), Instant.now().plus(Duration.ofMinutes(1)));
		assertThat(dynamodb.get("Keys").toString()).isEqualTo("{\"id\":{\"S\":\"id-1\"}}");
		assertThat(dynamodb.get("StreamViewType").asString()).isEqualTo("NEW_AND_OLD_IMAGES");
	}

	@Test
	void invokesTheFunctionWithBatchesOfAtMostTheBatchSize() {
		tables.create(this.table);
		for (int i = 0; i < 25; i++) {
			tables.put(this.table, "id-" + i);
		}
		start("dynamodb.streams.tables.items.batch-size=10");
		List<Delivery> deliveries = listener().awaitDeliveries(25, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::id)
			.containsExactlyElementsOf(IntStream.range(0, 25).mapToObj((i) -> "id-" + i).toList());
		assertThat(invoker().batchSizes()).containsExactly(10, 10, 5);
	}

	@Test
	void runsItemsInParallelInStreamOrderAndResumesFromTheLowestFailureWithConcurrency() {
		start("dynamodb.streams.concurrency=4", "dynamodb.streams.maximum-batching-window=2");
		listener().failWhen((record, attempt) -> attempt == 1 && record.keys().get("id").s().equals("id-1")
				&& "v2".equals(record.newImage().get("name").s()));
		for (int round = 0; round < 4; round++) {
			for (int item = 0; item < 3; item++) {
				tables.put(this.table, "id-" + item, "name", "v" + round);
			}
		}
		List<Delivery> deliveries = listener().awaitDeliveries(12, TIMEOUT);
		for (int item = 0; item < 3; item++) {
			String id = "id-" + item;
			List<String> names = deliveries.stream()
				.filter((delivery) -> delivery.id().equals(id))
				.map((delivery) -> delivery.newAttribute("name"))
				.distinct()
				.toList();
			assertThat(names).as("changes of %s in stream order", id).containsExactly("v0", "v1", "v2", "v3");
		}
		BigInteger failed = new BigInteger(deliveries.stream()
			.filter((delivery) -> delivery.id().equals("id-1") && "v2".equals(delivery.newAttribute("name")))
			.findFirst()
			.orElseThrow()
			.sequenceNumber());
		assertThat(deliveries).as("records before the failed one, delivered once")
			.filteredOn((delivery) -> new BigInteger(delivery.sequenceNumber()).compareTo(failed) < 0)
			.hasSize(7)
			.extracting(Delivery::attempt)
			.containsOnly(1);
		assertThat(invoker().batchSizes()).first().isEqualTo(12);
	}

	@Test
	void gathersRecordsForTheBatchingWindow() {
		start("dynamodb.streams.maximum-batching-window=2");
		Instant firstWrite = Instant.now();
		for (int i = 0; i < 5; i++) {
			tables.put(this.table, "id-" + i);
		}
		listener().awaitDeliveries(5, TIMEOUT);
		List<Invocation> invocations = invoker().invocations();
		assertThat(invocations).singleElement().satisfies((invocation) -> assertThat(invocation.records()).hasSize(5));
		assertThat(Duration.between(firstWrite, invocations.get(0).time())).isGreaterThan(Duration.ofMillis(1800));
	}

	@Test
	void startsFromTheOldestRecordWithTrimHorizon() {
		tables.create(this.table);
		tables.put(this.table, "before-1");
		tables.put(this.table, "before-2");
		start("dynamodb.streams.starting-position=TRIM_HORIZON");
		tables.put(this.table, "after-1");
		assertThat(listener().awaitDeliveries(3, TIMEOUT)).extracting(Delivery::id)
			.containsExactly("before-1", "before-2", "after-1");
	}

	@Test
	void startsAfterTheNewestRecordWithLatest() {
		tables.create(this.table);
		tables.put(this.table, "before-1");
		tables.put(this.table, "before-2");
		start("dynamodb.streams.starting-position=LATEST");
		int marker = 0;
		while (listener().deliveries().isEmpty() && marker < 100) {
			tables.put(this.table, "after-" + ++marker);
			RecordingListener.sleep(Duration.ofMillis(200));
		}
		List<Delivery> deliveries = listener().awaitDeliveries(1, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::id).allMatch((id) -> id.startsWith("after-"));
		assertThat(deliveries).extracting(Delivery::id).doesNotContain("before-1", "before-2");
	}

	@Test
	void doesNotInvokeTheFunctionForRecordsOutsideTheFilterCriteria() {
		start("dynamodb.streams.tables.items.filter-patterns[0]={\"dynamodb\":{\"NewImage\":{\"name\":{\"S\":[{\"prefix\":\"keep\"}]}}}}",
				"dynamodb.streams.tables.items.filter-patterns[1]={\"eventName\":[\"REMOVE\"]}");
		tables.put(this.table, "id-1", "name", "drop-1");
		tables.put(this.table, "id-2", "name", "keep-2");
		tables.rename(this.table, "id-1", "keep-1");
		tables.delete(this.table, "id-2");
		tables.put(this.table, "id-3", "name", "drop-3");
		tables.put(this.table, "id-4", "name", "keep-4");
		List<Delivery> deliveries = listener().awaitDeliveries(4, TIMEOUT);
		RecordingListener.sleep(Duration.ofMillis(300));
		assertThat(listener().deliveries()).hasSize(4);
		assertThat(deliveries).extracting((delivery) -> delivery.eventName() + " " + delivery.id())
			.containsExactly("INSERT id-2", "MODIFY id-1", "REMOVE id-2", "INSERT id-4");
		assertThat(invoker().invocations()).flatExtracting(Invocation::records).hasSize(4);
	}

	@Test
	@Timeout(60)
	void finishesTheBatchInProgressWhenTheApplicationStops() {
		start();
		listener().slowDown(Duration.ofMillis(1500));
		tables.put(this.table, "id-1");
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (invoker().invocations().isEmpty() && System.nanoTime() < deadline) {
			RecordingListener.sleep(Duration.ofMillis(10));
		}
		RecordingListener listener = listener();
		this.context.close();
		assertThat(listener.deliveries()).extracting(Delivery::id).containsExactly("id-1");
	}

	@Test
	void tablesThatShareMotosShardIdEachGetTheirOwnRecords() {
		start("dynamodb.streams.tables.orders.partition-key=id");
		String orders = this.namespace + "_orders";
		tables.put(this.table, "item-1");
		tables.put(orders, "order-1");
		tables.put(this.table, "item-2");
		tables.put(orders, "order-2");
		List<Delivery> deliveries = listener().awaitDeliveries(4, TIMEOUT);
		assertThat(deliveries).filteredOn((delivery) -> "items".equals(delivery.table()))
			.extracting(Delivery::id)
			.containsExactly("item-1", "item-2");
		assertThat(deliveries).filteredOn((delivery) -> "orders".equals(delivery.table()))
			.extracting(Delivery::id)
			.containsExactly("order-1", "order-2");
		assertThat(shardIdsOf(orders)).as("moto gives every table the same shard ID")
			.isEqualTo(shardIdsOf(this.table))
			.hasSize(1);
	}

	@Test
	void anUpdateThatCreatesAnItemReachesTheListenerAsTwoInsertsOnMoto() {
		start();
		tables.rename(this.table, "id-1", "name-1");
		tables.put(this.table, "marker");
		List<Delivery> deliveries = listener().awaitDeliveries(3, TIMEOUT);
		assertThat(deliveries).extracting((delivery) -> delivery.eventName() + " " + delivery.id())
			.containsExactly("INSERT id-1", "INSERT id-1", "INSERT marker");
		assertThat(deliveries.get(0).newImage()).as("the first INSERT has the keys only")
			.isEqualTo(Map.of("id", AttributeValue.fromS("id-1")));
		assertThat(deliveries.get(1).newAttribute("name")).isEqualTo("name-1");
	}

	@Test
	void anIdenticalPutReachesTheListenerAsAModifyOnMoto() {
		start();
		tables.put(this.table, "id-1", "name", "name-1");
		tables.put(this.table, "id-1", "name", "name-1");
		List<Delivery> deliveries = listener().awaitDeliveries(2, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::eventName)
			.containsExactly(DynamoEventName.INSERT, DynamoEventName.MODIFY);
		assertThat(deliveries.get(1).oldImage()).isEqualTo(deliveries.get(1).newImage());
	}

	@Test
	void passesOnTheMillisecondsOfMotosCreationTimes() {
		start();
		for (int i = 0; i < 5; i++) {
			tables.put(this.table, "id-" + i);
		}
		listener().awaitDeliveries(5, TIMEOUT);
		List<JsonNode> records = invoker().invocations()
			.stream()
			.flatMap((invocation) -> invocation.records().stream())
			.toList();
		List<BigDecimal> creationTimes = records.stream()
			.map((record) -> record.get("dynamodb").get("ApproximateCreationDateTime").decimalValue())
			.toList();
		assertThat(creationTimes).as("epoch seconds, with moto's milliseconds as a fraction")
			.allMatch((seconds) -> seconds.scale() <= 3)
			.anyMatch((seconds) -> seconds.stripTrailingZeros().scale() > 0);
		assertThat(listener().deliveries()).extracting(Delivery::approximateCreationTime)
			.containsExactlyElementsOf(creationTimes.stream()
				.map((seconds) -> Instant.ofEpochMilli(seconds.movePointRight(3).longValueExact()))
				.toList());
	}

	private static List<String> shardIdsOf(String table) {
		String streamArn = tables.client()
			.describeTable((request) -> request.tableName(table))
			.table()
			.latestStreamArn();
		try (DynamoDbStreamsClient streams = MotoServer.shared().streams()) {
			return streams.describeStream((request) -> request.streamArn(streamArn))
				.streamDescription()
				.shards()
				.stream()
				.map(Shard::shardId)
				.toList();
		}
	}

	private void start(String... properties) {
		this.context = LoopContexts.startOnMoto(this.namespace, this.onFailure, properties);
	}

	private RecordingListener listener() {
		return this.context.getBean(RecordingListener.class);
	}

	private RecordingFunctionInvoker invoker() {
		return this.context.getBean(RecordingFunctionInvoker.class);
	}

}
