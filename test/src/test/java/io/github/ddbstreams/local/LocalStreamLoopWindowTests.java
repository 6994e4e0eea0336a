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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of tumbling windows in the local stream loop, on a real moto server: the same
 * window listener aggregates the same numbers as on Lambda, one window after another,
 * with its state carried between the invocations of a window and nothing counted twice
 * when a record is retried.
 */
class LocalStreamLoopWindowTests {

	private static final int WINDOW_SECONDS = 8;

	private static final int WINDOWS = 3;

	private static final int INSERTS = 100;

	private static final int MODIFIES = 60;

	private static final int REMOVES = 40;

	private static final AtomicInteger namespaces = new AtomicInteger();

	private static TestTables tables;

	@TempDir
	Path onFailure;

	private ConfigurableApplicationContext context;

	private final String namespace = "window" + namespaces.incrementAndGet();

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
	void countsEveryWriteOfEachWindowExactlyOnce() throws InterruptedException {
		start();
		List<Instant> windows = writeWindows();
		assertThat(counter().awaitWindows(WINDOWS, Duration.ofSeconds(60))).as("totals per window")
			.containsExactlyElementsOf(expectedTotals(windows));
	}

	@Test
	void countsNothingTwiceWhenARecordInTheMiddleOfAWindowIsRetried() throws InterruptedException {
		start();
		counter().failOnceOn("window-1-item-50");
		List<Instant> windows = writeWindows();
		assertThat(counter().awaitWindows(WINDOWS, Duration.ofSeconds(60))).as("totals per window")
			.containsExactlyElementsOf(expectedTotals(windows));
		assertThat(counter().failed).isTrue();
	}

	private List<Instant> writeWindows() throws InterruptedException {
		List<Instant> windows = new ArrayList<>();
		for (int window = 0; window < WINDOWS; window++) {
			Instant start = awaitNextWindow();
			windows.add(start);
			List<Map<String, AttributeValue>> inserts = new ArrayList<>();
			for (int i = 0; i < INSERTS; i++) {
				inserts.add(TestTables.item("window-" + window + "-item-" + i, "name", "first"));
			}
			tables.putAll(this.table, inserts);
			List<Map<String, AttributeValue>> modifies = new ArrayList<>();
			for (int i = 0; i < MODIFIES; i++) {
				modifies.add(TestTables.item("window-" + window + "-item-" + i, "name", "second"));
			}
			tables.putAll(this.table, modifies);
			for (int i = INSERTS - REMOVES; i < INSERTS; i++) {
				tables.delete(this.table, "window-" + window + "-item-" + i);
			}
			assertThat(Instant.now()).as("the writes of window %d fit in it", window)
				.isBefore(start.plusSeconds(WINDOW_SECONDS));
		}
		return windows;
	}

	private static Instant awaitNextWindow() throws InterruptedException {
		long now = System.currentTimeMillis();
		long windowMillis = WINDOW_SECONDS * 1000L;
		long next = (now / windowMillis + 1) * windowMillis;
		Thread.sleep(next - now + 100);
		return Instant.ofEpochMilli(next);
	}

	private static List<WindowTotals> expectedTotals(List<Instant> windows) {
		return windows.stream().map((start) -> new WindowTotals(start, INSERTS, MODIFIES, REMOVES)).toList();
	}

	private void start() {
		tables.create(this.table);
		this.context = LoopContexts.start(this.namespace, this.onFailure, List.of(CountingWindowConfiguration.class),
				"dynamodb.streams.local.endpoint=" + MotoServer.shared().endpoint(),
				"dynamodb.streams.local.region=" + MotoServer.REGION,
				"dynamodb.streams.tables.items.tumbling-window=" + WINDOW_SECONDS,
				"dynamodb.streams.tables.items.batch-size=70");
	}

	private ChangeCounter counter() {
		return this.context.getBean(ChangeCounter.class);
	}

	record Counts(int inserts, int modifies, int removes) {

		Counts plus(DynamoEventName eventName) {
			return switch (eventName) {
				case INSERT -> new Counts(this.inserts + 1, this.modifies, this.removes);
				case MODIFY -> new Counts(this.inserts, this.modifies + 1, this.removes);
				case REMOVE -> new Counts(this.inserts, this.modifies, this.removes + 1);
			};
		}

	}

	record WindowTotals(Instant start, int inserts, int modifies, int removes) {

	}

	@Configuration(proxyBeanMethods = false)
	static class CountingWindowConfiguration {

		@Bean
		ChangeCounter changeCounter() {
			return new ChangeCounter();
		}

	}

	@DynamoStreamListener(tables = "items")
	static class ChangeCounter implements DynamoWindowListener<Counts> {

		private final List<WindowTotals> totals = Collections.synchronizedList(new ArrayList<>());

		private final Map<String, Boolean> failures = new ConcurrentHashMap<>();

		private final AtomicBoolean failedOnce = new AtomicBoolean();

		volatile boolean failed;

		void failOnceOn(String id) {
			this.failures.put(id, true);
		}

		@Override
		public Counts initialState() {
			return new Counts(0, 0, 0);
		}

		@Override
		public Counts onRecord(Counts state, DynamoRecord record, DynamoWindow window) {
			String id = record.keys().get("id").s();
			if (record.eventName() == DynamoEventName.INSERT && this.failures.remove(id) != null
					&& !this.failedOnce.getAndSet(true)) {
				this.failed = true;
				throw new IllegalStateException("planted failure");
			}
			return state.plus(record.eventName());
		}

		@Override
		public void onWindowEnd(Counts state, DynamoWindow window) {
			this.totals.add(new WindowTotals(window.start(), state.inserts(), state.modifies(), state.removes()));
		}

		List<WindowTotals> awaitWindows(int count, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (this.totals.size() < count && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			synchronized (this.totals) {
				return List.copyOf(this.totals);
			}
		}

	}

}
