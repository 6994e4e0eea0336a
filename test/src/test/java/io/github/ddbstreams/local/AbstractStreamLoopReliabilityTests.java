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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.ddbstreams.local.RecordingListener.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reliability scenarios of the local stream loop, run against the database that
 * subclasses give the loop: thousands of writes with listener failures still reach the
 * listener at least once, in order per key, and a poison record goes to the on-failure
 * destination while the records after it flow.
 * <p>
 * The listener fails at random: one record in fifty fails its first attempt; of those,
 * half fail their second attempt too, and one in ten its third.
 */
abstract class AbstractStreamLoopReliabilityTests {

	private static final int KEYS = 50;

	private static final int VERSIONS = 100;

	private static final int BATCH_SIZE = 100;

	private static final long SEED = 20261121L;

	private static final double FAILURE_RATE = 0.02;

	private static final double SECOND_FAILURE_RATE = 0.5;

	private static final double THIRD_FAILURE_RATE = 0.1;

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private static final AtomicInteger namespaces = new AtomicInteger();

	@TempDir
	Path onFailure;

	private ConfigurableApplicationContext context;

	private final String namespace = getClass().getSimpleName().toLowerCase() + namespaces.incrementAndGet();

	private final String table = this.namespace + "_items";

	/**
	 * Start the application with the local stream loop on the database of the subclass.
	 * @param namespace the table namespace
	 * @param onFailure the on-failure directory
	 * @param properties more properties
	 * @return the running application
	 */
	abstract ConfigurableApplicationContext start(String namespace, Path onFailure, String... properties);

	@AfterEach
	void stopApplication() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@ParameterizedTest(name = "partial batch responses: {0}")
	@ValueSource(booleans = { true, false })
	void processesEveryRecordAtLeastOnceAndInOrderPerKeyWhenTheListenerFailsAtRandom(boolean partialBatchResponses) {
		start("dynamodb.streams.report-batch-item-failures=" + partialBatchResponses,
				"dynamodb.streams.batch-size=" + BATCH_SIZE);
		RecordingListener listener = this.context.getBean(RecordingListener.class);
		listener.failWhen((record, attempt) -> attempt <= failingAttempts(
				versionOf(record.keys().get("id").s(), Objects.requireNonNull(record.newImage()))));
		long started = System.nanoTime();
		try (TestTables tables = tables()) {
			List<Map<String, AttributeValue>> items = new ArrayList<>();
			for (int version = 1; version <= VERSIONS; version++) {
				for (int key = 0; key < KEYS; key++) {
					items.add(TestTables.item("key-" + key, "version", Integer.toString(version)));
				}
			}
			tables.putAll(this.table, items);
		}
		Duration writing = Duration.ofNanos(System.nanoTime() - started);
		awaitEveryVersion(listener);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		List<Delivery> deliveries = listener.deliveries();
		int writes = KEYS * VERSIONS;
		int duplicates = deliveries.size() - writes;
		int retries = listener.failures();
		long laterAttemptFailures = listener.failedAttempts().stream().filter((attempt) -> attempt > 1).count();
		int batches = this.context.getBean(RecordingFunctionInvoker.class).invocations().size();
		System.out.printf(
				"%s (partial batch responses: %s): %d writes across %d keys, %d processed, %d duplicates, "
						+ "%d retries (%d of them after a failed retry), %d invocations, %d ms (%d ms writing)%n",
				getClass().getSimpleName(), partialBatchResponses, writes, KEYS, deliveries.size(), duplicates, retries,
				laterAttemptFailures, batches, elapsed.toMillis(), writing.toMillis());
		Map<String, List<Integer>> versionsByKey = new HashMap<>();
		for (Delivery delivery : deliveries) {
			versionsByKey.computeIfAbsent(delivery.id(), (key) -> new ArrayList<>())
				.add(Integer.parseInt(delivery.newAttribute("version")));
		}
		List<Integer> everyVersion = IntStream.rangeClosed(1, VERSIONS).boxed().toList();
		assertThat(versionsByKey).hasSize(KEYS);
		versionsByKey.forEach((key, versions) -> assertThat(new ArrayList<>(new LinkedHashSet<>(versions)))
			.as("versions of %s in the order they were first processed", key)
			.isEqualTo(everyVersion));
		assertThat(retries).as("retries").isPositive();
		assertThat(laterAttemptFailures).as("failures of a retry").isPositive();
		if (partialBatchResponses) {
			assertThat(duplicates).as("duplicates with partial batch responses").isZero();
			versionsByKey.forEach((key, versions) -> assertThat(versions).as(key).isEqualTo(everyVersion));
		}
		else {
			assertThat(duplicates).as("duplicates when every failure retries its whole batch")
				.isPositive()
				.isLessThanOrEqualTo(retries * (BATCH_SIZE - 1));
		}
	}

	@Test
	void sendsAPoisonRecordToTheOnFailureDestinationAndProcessesTheRecordsAfterIt() throws IOException {
		start("dynamodb.streams.tables.items.batch-size=10", "dynamodb.streams.tables.items.maximum-retry-attempts=2",
				"dynamodb.streams.tables.items.bisect-batch-on-function-error=true");
		RecordingListener listener = this.context.getBean(RecordingListener.class);
		listener.alwaysFail((record) -> record.keys().get("id").s().equals("poison"));
		try (TestTables tables = tables()) {
			List<Map<String, AttributeValue>> items = new ArrayList<>();
			IntStream.range(0, 5).forEach((i) -> items.add(TestTables.item("before-" + i)));
			items.add(TestTables.item("poison", "name", "poison-1"));
			IntStream.range(0, 5).forEach((i) -> items.add(TestTables.item("after-" + i)));
			tables.putAll(this.table, items);
			List<Delivery> first = listener.awaitDeliveries(10, TIMEOUT);
			tables.put(this.table, "later-0");
			tables.put(this.table, "later-1");
			List<Delivery> deliveries = listener.awaitDeliveries(12, TIMEOUT);
			assertThat(first).extracting(Delivery::id)
				.containsExactly("before-0", "before-1", "before-2", "before-3", "before-4", "after-0", "after-1",
						"after-2", "after-3", "after-4");
			assertThat(deliveries).extracting(Delivery::id).endsWith("later-0", "later-1").doesNotContain("poison");
		}
		List<Path> files;
		try (var list = Files.list(this.onFailure)) {
			files = list.toList();
		}
		assertThat(files).singleElement();
		JsonNode record = JsonMapper.builder().build().readTree(files.get(0).toFile());
		String poisonSequenceNumber = record.at("/payload/Records/0/dynamodb/SequenceNumber").asString();
		assertThat(record.at("/requestContext/condition").asString()).isEqualTo("RetryAttemptsExhausted");
		assertThat(record.at("/requestContext/approximateInvokeCount").asInt())
			.as("invocations with the poison record: its batch, the bisected half, then alone with 2 retries")
			.isEqualTo(5);
		assertThat(record.at("/requestContext/functionArn").asString()).endsWith(":function:loop-tests");
		assertThat(record.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(1);
		assertThat(record.at("/DDBStreamBatchInfo/startSequenceNumber").asString()).isEqualTo(poisonSequenceNumber);
		assertThat(record.at("/DDBStreamBatchInfo/endSequenceNumber").asString()).isEqualTo(poisonSequenceNumber);
		assertThat(record.at("/DDBStreamBatchInfo/streamArn").asString()).contains(":table/" + this.table + "/stream/");
		assertThat(record.at("/payload/Records/0/dynamodb/NewImage/name/S").asString()).isEqualTo("poison-1");
		assertThat(listener.attempts(poisonSequenceNumber)).isEqualTo(5);
	}

	private void start(String... properties) {
		this.context = start(this.namespace, this.onFailure,
				concat(properties, "dynamodb.streams.local.poll-interval=20ms",
						"logging.level.io.github.ddbstreams.dispatch=OFF",
						"logging.level.io.github.ddbstreams.local=WARN"));
	}

	private TestTables tables() {
		return TestTables.of(this.context.getBean(LocalStreamClients.class).dynamoDb());
	}

	private static int failingAttempts(String version) {
		Random random = new Random(SEED * 31 + version.hashCode());
		if (random.nextDouble() >= FAILURE_RATE) {
			return 0;
		}
		if (random.nextDouble() >= SECOND_FAILURE_RATE) {
			return 1;
		}
		return (random.nextDouble() >= THIRD_FAILURE_RATE) ? 2 : 3;
	}

	private static String[] concat(String[] first, String... second) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(second));
		return all.toArray(String[]::new);
	}

	private static String versionOf(String key, Map<String, AttributeValue> image) {
		return key + "@" + image.get("version").s();
	}

	private void awaitEveryVersion(RecordingListener listener) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Set<String> seen = new HashSet<>();
		int read = 0;
		while (seen.size() < KEYS * VERSIONS && System.nanoTime() < deadline) {
			List<Delivery> deliveries = listener.deliveries();
			for (Delivery delivery : deliveries.subList(read, deliveries.size())) {
				seen.add(versionOf(delivery.id(), delivery.newImage()));
			}
			read = deliveries.size();
			RecordingListener.sleep(Duration.ofMillis(50));
		}
		assertThat(seen).as("distinct writes processed within " + TIMEOUT).hasSize(KEYS * VERSIONS);
	}

}
