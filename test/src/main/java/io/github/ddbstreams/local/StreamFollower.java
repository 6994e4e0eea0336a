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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.ddbstreams.mapping.StartingPosition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Follows the shards of one stream like Lambda's event source mapping: reads every shard
 * on a thread of its own, and a child shard only once its parent has been read to its
 * end, so that the records of each item are processed in order.
 * <p>
 * The shards that exist when following starts are read from the configured starting
 * position: with {@code LATEST}, closed shards are skipped and open ones are read from
 * their newest record; every shard that appears later is read from its oldest record. The
 * shards are listed again whenever a shard has been read to its end, and every
 * {@value #DISCOVERY_SECONDS} seconds.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamFollower implements Runnable {

	static final int DISCOVERY_SECONDS = 10;

	private static final Log logger = LogFactory.getLog(StreamFollower.class);

	private final StreamSource source;

	private final DynamoDbStreamsClient streams;

	private final Function<ShardStart, ShardReader> readers;

	private final ShardThreads threads;

	private final StopSignal stop;

	private final Duration pollInterval;

	private final BlockingQueue<String> ended = new LinkedBlockingQueue<>();

	private final Set<String> started = new HashSet<>();

	private final Set<String> done = new HashSet<>();

	private @Nullable Set<String> initialShards;

	StreamFollower(StreamSource source, DynamoDbStreamsClient streams, Function<ShardStart, ShardReader> readers,
			ShardThreads threads, StopSignal stop, Duration pollInterval) {
		this.source = source;
		this.streams = streams;
		this.readers = readers;
		this.threads = threads;
		this.stop = stop;
		this.pollInterval = pollInterval;
	}

	@Override
	public void run() {
		long nextDiscovery = 0;
		boolean discoveryFailed = false;
		while (!this.stop.isRequested()) {
			if (System.nanoTime() - nextDiscovery >= 0) {
				try {
					startReadyShards(describeShards());
					discoveryFailed = false;
				}
				catch (RuntimeException ex) {
					if (!discoveryFailed) {
						logger.warn(this.source.table() + ": listing the shards of " + this.source.streamArn()
								+ " failed, retrying: " + ex.getMessage());
					}
					discoveryFailed = true;
				}
				nextDiscovery = System.nanoTime() + TimeUnit.SECONDS.toNanos(DISCOVERY_SECONDS);
			}
			try {
				String shard = this.ended.poll(this.pollInterval.toNanos(), TimeUnit.NANOSECONDS);
				if (shard != null) {
					this.done.add(shard);
					nextDiscovery = System.nanoTime();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void startReadyShards(List<Shard> shards) {
		Set<String> listed = new HashSet<>();
		shards.forEach((shard) -> listed.add(shard.shardId()));
		boolean initial = this.initialShards == null;
		if (initial) {
			this.initialShards = listed;
		}
		boolean latest = this.source.settings().startingPosition() == StartingPosition.LATEST;
		for (Shard shard : shards) {
			String shardId = shard.shardId();
			if (this.started.contains(shardId)) {
				continue;
			}
			boolean open = shard.sequenceNumberRange() == null
					|| shard.sequenceNumberRange().endingSequenceNumber() == null;
			boolean existedAtStart = this.initialShards.contains(shardId);
			if (latest && existedAtStart && !open) {
				this.started.add(shardId);
				this.done.add(shardId);
				continue;
			}
			String parent = shard.parentShardId();
			if (parent != null && listed.contains(parent) && !this.done.contains(parent)) {
				continue;
			}
			ShardIteratorType position = (latest && existedAtStart) ? ShardIteratorType.LATEST
					: ShardIteratorType.TRIM_HORIZON;
			start(new ShardStart(new ShardLocation(this.source.table(), this.source.streamArn(), shardId), position));
		}
	}

	private void start(ShardStart start) {
		this.started.add(start.shard().shardId());
		ShardReader reader = this.readers.apply(start);
		this.threads.start(start.shard(), () -> {
			boolean completed = false;
			try {
				completed = reader.read();
			}
			catch (RuntimeException ex) {
				logger.error(start.shard() + ": stopped reading the shard", ex);
			}
			if (completed) {
				if (logger.isDebugEnabled()) {
					logger.debug(start.shard() + ": read to its end");
				}
				this.ended.add(start.shard().shardId());
			}
		});
	}

	private List<Shard> describeShards() {
		List<Shard> shards = new ArrayList<>();
		String exclusiveStart = null;
		do {
			String after = exclusiveStart;
			DescribeStreamResponse response = this.streams
				.describeStream((request) -> request.streamArn(this.source.streamArn()).exclusiveStartShardId(after));
			shards.addAll(response.streamDescription().shards());
			exclusiveStart = response.streamDescription().lastEvaluatedShardId();
		}
		while (exclusiveStart != null);
		return shards;
	}

	/**
	 * A shard to read, and where to start.
	 *
	 * @param shard the shard
	 * @param position where to start reading
	 */
	record ShardStart(ShardLocation shard, ShardIteratorType position) {

	}

}
