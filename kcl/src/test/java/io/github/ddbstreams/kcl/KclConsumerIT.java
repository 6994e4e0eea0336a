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

package io.github.ddbstreams.kcl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.github.ddbstreams.local.ManagedMotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KCL consumer end to end on a moto server: a user's application in JVMs of its own,
 * 2,000 writes to 100 keys over two tables. The scenarios run at the same time, each on
 * tables and a lease table of its own, as KCL spends most of their time waiting.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Execution(ExecutionMode.CONCURRENT)
class KclConsumerIT {

	private static final List<String> TABLES = List.of("orders", "customers");

	private static final int KEYS_PER_TABLE = 50;

	private static final int VERSIONS = 20;

	private static final int WRITES = TABLES.size() * KEYS_PER_TABLE * VERSIONS;

	private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(4);

	private static Path directory;

	private static ManagedMotoServer moto;

	private static DynamoDbClient dynamoDb;

	@BeforeAll
	static void startMoto() throws IOException {
		directory = Files.createDirectories(Path.of("target", "kcl-it", Long.toString(System.currentTimeMillis())));
		moto = ManagedMotoServer.start(0, null, Duration.ofSeconds(30));
		dynamoDb = DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(moto.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	@AfterAll
	static void stopMoto() {
		dynamoDb.close();
		moto.close();
	}

	@Test
	void everyWriteReachesTheListenersOnceAndInOrderPerKey() throws Exception {
		String namespace = "once";
		createTables(namespace);
		try (ConsumerProcess consumer = ConsumerProcess.start(directory, "once", endpoint(), namespace, 0);
				ConsumerProcess poller = ConsumerProcess.start(directory, "poller", endpoint(), namespace, 0,
						"--dynamodb.streams.consumer.enabled=false", "--dynamodb.streams.local.enabled=true",
						"--dynamodb.streams.local.endpoint=" + endpoint(),
						"--dynamodb.streams.local.poll-interval=200ms")) {
			write(namespace, 1, VERSIONS / 2, Duration.ZERO);
			await((seen) -> seen.distinctSuccesses() >= WRITES / 2, consumer.deliveries());
			await((seen) -> seen.distinctSuccesses() >= WRITES / 2, poller.deliveries());
			long caughtUp = System.currentTimeMillis();
			write(namespace, VERSIONS / 2 + 1, VERSIONS, Duration.ofMillis(500));
			Deliveries deliveries = await((seen) -> seen.distinctSuccesses() >= WRITES, consumer.deliveries());
			Deliveries polled = await((seen) -> seen.distinctSuccesses() >= WRITES, poller.deliveries());
			System.out.println("Single consumer: " + deliveries + "; write-to-listener delay of the writes after it "
					+ "caught up: KCL " + delays(deliveries, caughtUp) + "; local loop's poller "
					+ delays(polled, caughtUp));
			assertThat(deliveries.successes()).hasSize(WRITES);
			assertThat(deliveries.duplicates()).isZero();
			assertInOrder(deliveries.versionsByConsumerAndKey(), false);
			assertThat(polled.successes()).hasSize(WRITES);
			assertInOrder(polled.versionsByConsumerAndKey(), false);
			consumer.stop();
			assertThat(consumer.output()).contains("stopped gracefully");
		}
	}

	@Test
	void aListenerFailingTenPercentOfRecordsLosesNothingAndKeepsTheOrderOfEachKey() throws Exception {
		String namespace = "failing";
		createTables(namespace);
		try (ConsumerProcess consumer = ConsumerProcess.start(directory, "failing", endpoint(), namespace, 0.1)) {
			write(namespace, 1, VERSIONS, Duration.ZERO);
			Deliveries deliveries = await((seen) -> seen.distinctSuccesses() >= WRITES, consumer.deliveries());
			System.out.println("Consumer failing 10% of records: " + deliveries);
			assertThat(deliveries.failures()).hasSizeGreaterThan(WRITES / 20);
			assertThat(deliveries.successes()).hasSize(WRITES);
			assertInOrder(deliveries.versionsByConsumerAndKey(), false);
		}
	}

	@Test
	void twoInstancesShareTheLeasesAndTheSurvivorCompletesEveryKeyInOrderAfterASigkill() throws Exception {
		String namespace = "shared";
		createTables(namespace);
		try (ConsumerProcess first = ConsumerProcess.start(directory, "first", endpoint(), namespace, 0);
				ConsumerProcess second = ConsumerProcess.start(directory, "second", endpoint(), namespace, 0)) {
			CompletableFuture<Void> writes = CompletableFuture
				.runAsync(() -> write(namespace, 1, VERSIONS, Duration.ofSeconds(5)));
			Deliveries both = await((seen) -> seen.consumers().size() == 2 || writes.isDone(), first.deliveries(),
					second.deliveries());
			assertThat(both.consumers()).as("instances holding leases").hasSize(2);
			boolean firstLeads = "first".equals(leader("kcl-it-" + namespace));
			ConsumerProcess killed = firstLeads ? second : first;
			ConsumerProcess survivor = firstLeads ? first : second;
			String taken = Deliveries.read(killed.deliveries()).successes().get(0).key().split("/")[0];
			killed.kill();
			long killedAt = System.currentTimeMillis();
			System.out.println("Killed the instance that is not the leader with SIGKILL after "
					+ Deliveries.read(first.deliveries(), second.deliveries()));
			writes.join();
			Deliveries deliveries = await((seen) -> seen.distinctSuccesses() >= WRITES, first.deliveries(),
					second.deliveries());
			long takeover = Deliveries.read(survivor.deliveries())
				.successes()
				.stream()
				.filter((delivery) -> delivery.receivedAt() > killedAt && delivery.key().startsWith(taken + "/"))
				.mapToLong((delivery) -> delivery.receivedAt() - killedAt)
				.min()
				.orElse(-1);
			System.out.println("Two consumers, one killed: " + deliveries + "; the survivor delivered the first "
					+ "record of the killed one's table " + takeover + " ms after the kill");
			assertThat(deliveries.distinctSuccesses()).isEqualTo(WRITES);
			assertInOrder(deliveries.versionsByConsumerAndKey(), true);
			assertInOrder(deliveries.firstDeliveriesByKey(), false);
		}
	}

	private static String leader(String applicationName) {
		Map<String, AttributeValue> lock = dynamoDb
			.getItem((request) -> request.tableName(applicationName + "-CoordinatorState")
				.key(Map.of("key", AttributeValue.fromS("Leader"))))
			.item();
		return lock.containsKey("ownerName") ? lock.get("ownerName").s() : "";
	}

	private static void assertInOrder(Map<String, List<Integer>> versionsByKey, boolean partial) {
		assertThat(versionsByKey).allSatisfy((key, versions) -> {
			assertThat(versions).as("versions of %s", key).isSorted().doesNotHaveDuplicates();
			if (!partial) {
				assertThat(versions).as("versions of %s", key)
					.containsExactlyElementsOf(IntStream.rangeClosed(1, VERSIONS).boxed().toList());
			}
		});
		if (!partial) {
			assertThat(versionsByKey).hasSize(TABLES.size() * KEYS_PER_TABLE);
		}
	}

	private static Deliveries await(Predicate<Deliveries> done, Path... files) throws InterruptedException {
		long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
		Deliveries deliveries = Deliveries.read(files);
		while (!done.test(deliveries) && System.nanoTime() < deadline) {
			Thread.sleep(500);
			deliveries = Deliveries.read(files);
		}
		return deliveries;
	}

	private static void createTables(String namespace) {
		for (String table : TABLES) {
			dynamoDb.createTable((request) -> request.tableName(namespace + "_" + table)
				.attributeDefinitions(
						(definition) -> definition.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((key) -> key.attributeName("id").keyType(KeyType.HASH))
				.billingMode("PAY_PER_REQUEST")
				.streamSpecification(
						(stream) -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
		}
	}

	private static String delays(Deliveries deliveries, long after) {
		long[] delays = deliveries.successes()
			.stream()
			.filter((delivery) -> delivery.createdAt() > after)
			.mapToLong((delivery) -> delivery.receivedAt() - delivery.createdAt())
			.sorted()
			.toArray();
		return "p50 " + Deliveries.percentile(delays, 50) + " ms, p95 " + Deliveries.percentile(delays, 95)
				+ " ms, max " + Deliveries.percentile(delays, 100) + " ms over " + delays.length + " records";
	}

	private static void write(String namespace, int firstVersion, int lastVersion, Duration pauseBetweenRounds) {
		for (int version = firstVersion; version <= lastVersion; version++) {
			for (String table : TABLES) {
				for (int key = 0; key < KEYS_PER_TABLE; key++) {
					int written = version;
					String id = table + "-" + key;
					dynamoDb.putItem((request) -> request.tableName(namespace + "_" + table)
						.item(Map.of("id", AttributeValue.fromS(id), "version",
								AttributeValue.fromN(Integer.toString(written)))));
				}
			}
			try {
				Thread.sleep(pauseBetweenRounds.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static URI endpoint() {
		return moto.endpoint();
	}

}
