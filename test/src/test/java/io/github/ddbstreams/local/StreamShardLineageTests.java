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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.ddbstreams.local.RecordingListener.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.Shard;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the local stream loop across shards: when a shard closes, its records are
 * processed to the end before those of its child shard, as Lambda does.
 */
class StreamShardLineageTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String TABLE = "lineage_items";

	@TempDir
	Path onFailure;

	private ShardRollingDynamoDbLocal dynamoDbLocal;

	private TestTables tables;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void startDynamoDbLocal() throws Exception {
		this.dynamoDbLocal = new ShardRollingDynamoDbLocal();
		this.tables = new TestTables(this.dynamoDbLocal.endpoint(), "us-east-1");
		this.tables.create(TABLE);
	}

	@AfterEach
	void stop() throws Exception {
		if (this.context != null) {
			this.context.close();
		}
		this.tables.close();
		this.dynamoDbLocal.close();
	}

	@Test
	void readsEveryShardAndChildShardsAfterTheirParents() throws Exception {
		this.tables.put(TABLE, "id-1");
		this.dynamoDbLocal.rollShards();
		this.tables.put(TABLE, "id-2");
		this.context = start("TRIM_HORIZON");
		listener().awaitDeliveries(2, TIMEOUT);
		this.dynamoDbLocal.rollShards();
		this.tables.put(TABLE, "id-3");
		this.tables.put(TABLE, "id-4");
		List<Delivery> deliveries = listener().awaitDeliveries(4, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::id).containsExactly("id-1", "id-2", "id-3", "id-4");
		assertThat(shards()).hasSizeGreaterThanOrEqualTo(3)
			.filteredOn((shard) -> shard.parentShardId() != null)
			.isNotEmpty();
	}

	@Test
	void skipsTheClosedShardsWithLatest() throws Exception {
		this.tables.put(TABLE, "before-1");
		this.dynamoDbLocal.rollShards();
		this.context = start("LATEST");
		int marker = 0;
		while (listener().deliveries().isEmpty() && marker < 100) {
			this.tables.put(TABLE, "marker-" + ++marker);
			RecordingListener.sleep(Duration.ofMillis(200));
		}
		listener().awaitDeliveries(1, TIMEOUT);
		this.dynamoDbLocal.rollShards();
		this.tables.put(TABLE, "after-roll");
		List<Delivery> deliveries = listener().awaitDeliveries(2, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::id).doesNotContain("before-1").endsWith("after-roll");
	}

	private ConfigurableApplicationContext start(String startingPosition) {
		return LoopContexts.start(this.dynamoDbLocal.endpoint(), "us-east-1", "lineage", this.onFailure,
				"dynamodb.streams.starting-position=" + startingPosition);
	}

	private List<Shard> shards() {
		String streamArn = this.tables.client()
			.describeTable((request) -> request.tableName(TABLE))
			.table()
			.latestStreamArn();
		try (var streams = software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient.builder()
			.httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
			.endpointOverride(this.dynamoDbLocal.endpoint())
			.region(software.amazon.awssdk.regions.Region.US_EAST_1)
			.credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
				.create(software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test")))
			.build()) {
			return streams.describeStream((request) -> request.streamArn(streamArn)).streamDescription().shards();
		}
	}

	private RecordingListener listener() {
		return this.context.getBean(RecordingListener.class);
	}

}
