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

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * What the consumer is doing, for its health: the shards whose leases this instance
 * holds, and when it last wrote a checkpoint.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class ConsumerActivity {

	private final Set<String> shards = ConcurrentHashMap.newKeySet();

	private final AtomicReference<@Nullable Instant> lastCheckpoint = new AtomicReference<>();

	private final Clock clock;

	private volatile boolean running;

	/**
	 * Create the activity of a consumer.
	 * @param clock the clock of the checkpoint times
	 */
	public ConsumerActivity(Clock clock) {
		this.clock = clock;
	}

	void started(String shard) {
		this.shards.add(shard);
	}

	void ended(String shard) {
		this.shards.remove(shard);
	}

	void checkpointed() {
		this.lastCheckpoint.set(this.clock.instant());
	}

	void running(boolean running) {
		this.running = running;
	}

	/**
	 * Return whether the KCL scheduler runs.
	 * @return whether the scheduler runs
	 */
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Return the shards whose leases this instance holds, as stream and shard.
	 * @return the shards, sorted
	 */
	public Set<String> shards() {
		return new TreeSet<>(this.shards);
	}

	/**
	 * Return when this instance last wrote a checkpoint.
	 * @return the time, or {@code null} before the first checkpoint
	 */
	public @Nullable Instant lastCheckpoint() {
		return this.lastCheckpoint.get();
	}

}
