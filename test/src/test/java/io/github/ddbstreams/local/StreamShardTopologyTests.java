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
import java.util.concurrent.CountDownLatch;

import io.github.ddbstreams.local.RecordingListener.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of how the local stream loop follows the shards of a stream, on a scripted
 * DynamoDB Streams API ({@link ScriptedStreams}): what a moto server cannot show, since
 * its streams have a single shard that never closes and cannot be disabled.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamShardTopologyTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String TABLE = "topology_items";

	@TempDir
	Path onFailure;

	private ScriptedStreams streams;

	private ConfigurableApplicationContext context;

	@BeforeEach
	void scriptStream() {
		this.streams = new ScriptedStreams(TABLE);
	}

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void readsEveryShardAndChildShardsAfterTheirParents() {
		String parent = this.streams.openShards().get(0);
		this.streams.put(parent, "parent-1");
		this.streams.put(parent, "parent-2");
		this.streams.put(parent, "parent-3");
		List<String> children = this.streams.split(parent, 2);
		this.streams.put(children.get(0), "left-1");
		this.streams.put(children.get(1), "right-1");
		start("dynamodb.streams.starting-position=TRIM_HORIZON");
		listener().slowDown(Duration.ofMillis(100));
		listener().awaitDeliveries(5, TIMEOUT);
		List<String> grandchildren = this.streams.split(children.get(0), 1);
		this.streams.put(grandchildren.get(0), "grandchild-1");
		List<String> ids = listener().awaitDeliveries(6, TIMEOUT).stream().map(Delivery::id).toList();
		assertThat(ids).containsExactlyInAnyOrder("parent-1", "parent-2", "parent-3", "left-1", "right-1",
				"grandchild-1");
		assertThat(ids.subList(0, 3)).containsExactly("parent-1", "parent-2", "parent-3");
		assertThat(ids.indexOf("grandchild-1")).isGreaterThan(ids.indexOf("left-1"));
	}

	@Test
	void skipsTheClosedShardsAndOlderRecordsWithLatest() {
		this.streams.put("before-1");
		String child = this.streams.split(this.streams.openShards().get(0), 1).get(0);
		this.streams.put(child, "before-2");
		start("dynamodb.streams.starting-position=LATEST");
		int marker = 0;
		while (listener().deliveries().isEmpty() && marker < 100) {
			this.streams.put("marker-" + ++marker);
			RecordingListener.sleep(Duration.ofMillis(200));
		}
		listener().awaitDeliveries(1, TIMEOUT);
		String grandchild = this.streams.split(child, 1).get(0);
		this.streams.put(grandchild, "after-split");
		List<Delivery> deliveries = listener().awaitDeliveries(2, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::id).doesNotContain("before-1", "before-2").endsWith("after-split");
	}

	@Test
	void readsOpenShardsSideBySide() throws InterruptedException {
		List<String> shards = this.streams.split(this.streams.openShards().get(0), 2);
		CountDownLatch release = new CountDownLatch(1);
		start();
		listener().hold((record) -> record.keys().get("id").s().equals("held"), release);
		this.streams.put(shards.get(0), "held");
		this.streams.put(shards.get(1), "free");
		assertThat(listener().awaitDeliveries(1, TIMEOUT)).extracting(Delivery::id).containsExactly("free");
		release.countDown();
		assertThat(listener().awaitDeliveries(2, TIMEOUT)).extracting(Delivery::id).containsExactly("free", "held");
	}

	@Test
	void followsAStreamEnabledAgainUnderANewArn(CapturedOutput output) {
		String firstArn = this.streams.streamArn();
		this.streams.put("first-1");
		start("dynamodb.streams.starting-position=TRIM_HORIZON");
		listener().awaitDeliveries(1, TIMEOUT);
		this.streams.disable();
		String secondArn = this.streams.enable();
		this.streams.put("second-1");
		assertThat(listener().awaitDeliveries(2, TIMEOUT)).extracting(Delivery::id)
			.containsExactly("first-1", "second-1");
		assertThat(eventSourceArns()).containsExactly(firstArn, secondArn);
		assertThat(output).contains(TABLE + ": the stream " + firstArn + " is disabled and every record of it was "
				+ "read; the table has a new stream, " + secondArn + ", which the loop follows from its oldest record");
	}

	@Test
	void staysOnAStreamGivenByItsArn(CapturedOutput output) {
		String firstArn = this.streams.streamArn();
		this.streams.put("first-1");
		start("dynamodb.streams.starting-position=TRIM_HORIZON",
				"dynamodb.streams.tables.items.stream-arn=" + firstArn);
		listener().awaitDeliveries(1, TIMEOUT);
		this.streams.disable();
		this.streams.enable();
		this.streams.put("second-1");
		awaitOutput(output, "is disabled and every record of it was read; it was configured by its ARN");
		assertThat(listener().deliveries()).extracting(Delivery::id).containsExactly("first-1");
	}

	@Test
	void timeToLiveDeletionsReachTheListenerAsSuch() {
		this.streams.put("id-1");
		this.streams.expire("id-1");
		start("dynamodb.streams.starting-position=TRIM_HORIZON");
		List<Delivery> deliveries = listener().awaitDeliveries(2, TIMEOUT);
		assertThat(deliveries).extracting(Delivery::timeToLiveDelete).containsExactly(false, true);
		JsonNode removal = this.context.getBean(RecordingFunctionInvoker.class)
			.invocations()
			.stream()
			.flatMap((invocation) -> invocation.records().stream())
			.filter((record) -> record.get("eventName").asString().equals("REMOVE"))
			.findFirst()
			.orElseThrow();
		assertThat(removal.get("userIdentity").toString())
			.isEqualTo("{\"principalId\":\"dynamodb.amazonaws.com\",\"type\":\"Service\"}");
	}

	private void start(String... properties) {
		LocalStreamClients clients = LocalStreamClients.of(this.streams.tables(), this.streams, "scripted streams");
		this.context = LoopContexts.start("topology", this.onFailure,
				(application) -> application.initializers(
						(context) -> context.getBeanFactory().registerSingleton("scriptedStreamClients", clients)),
				properties);
	}

	private List<String> eventSourceArns() {
		return this.context.getBean(RecordingFunctionInvoker.class)
			.invocations()
			.stream()
			.flatMap((invocation) -> invocation.records().stream())
			.map((record) -> record.get("eventSourceARN").asString())
			.toList();
	}

	private RecordingListener listener() {
		return this.context.getBean(RecordingListener.class);
	}

	private static void awaitOutput(CapturedOutput output, String text) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!output.toString().contains(text) && System.nanoTime() < deadline) {
			RecordingListener.sleep(Duration.ofMillis(50));
		}
		assertThat(output).contains(text);
	}

}
