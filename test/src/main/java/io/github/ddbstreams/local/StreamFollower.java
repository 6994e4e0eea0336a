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
import java.util.function.Supplier;

import io.github.ddbstreams.mapping.StartingPosition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
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
 * <p>
 * Once a stream is disabled and each of its shards has been read to its end, the follower
 * of a table that was named (not given as a stream ARN) asks for the table's latest
 * stream: a stream enabled again has a new ARN, and the follower goes on with it from its
 * oldest record. Lambda's event source mapping does not do that: it stays on the ARN it
 * was created with.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamFollower implements Runnable {

	static final int DISCOVERY_SECONDS = 10;

	private static final Log logger = LogFactory.getLog(StreamFollower.class);

	private final StreamSource source;

	private final DynamoDbStreamsClient streams;

	private final @Nullable Supplier<@Nullable String> enabledStreamArn;

	private final Function<ShardStart, ShardReader> readers;

	private final ShardThreads threads;

	private final StopSignal stop;

	private final Duration pollInterval;

	private final BlockingQueue<ShardLocation> ended = new LinkedBlockingQueue<>();

	private final Set<String> started = new HashSet<>();

	private final Set<String> done = new HashSet<>();

	private @Nullable Set<String> initialShards;

	private String streamArn;

	private boolean disabledReported;

	/**
	 * Create a follower.
	 * @param source the stream to follow
	 * @param streams the DynamoDB Streams client
	 * @param enabledStreamArn what returns the ARN of the enabled stream of the table, or
	 * {@code null} for a stream that was given by its ARN
	 * @param readers what makes the reader of a shard
	 * @param threads the threads of the loop
	 * @param stop the signal to stop
	 * @param pollInterval the time between two checks for ended shards
	 */
	StreamFollower(StreamSource source, DynamoDbStreamsClient streams,
			@Nullable Supplier<@Nullable String> enabledStreamArn, Function<ShardStart, ShardReader> readers,
			ShardThreads threads, StopSignal stop, Duration pollInterval) {
		this.source = source;
		this.streams = streams;
		this.enabledStreamArn = enabledStreamArn;
		this.streamArn = source.streamArn();
		this.readers = readers;
		this.threads = threads;
		this.stop = stop;
		this.pollInterval = pollInterval;
	}

	@Override
	public void run() {
		long nextDiscovery = System.nanoTime();
		boolean discoveryFailed = false;
		while (!this.stop.isRequested()) {
			if (System.nanoTime() - nextDiscovery >= 0) {
				nextDiscovery = System.nanoTime() + TimeUnit.SECONDS.toNanos(DISCOVERY_SECONDS);
				try {
					Listing listing = describeShards();
					startReadyShards(listing.shards());
					if (listing.disabled() && this.done.containsAll(listing.shardIds()) && followEnabledStream()) {
						nextDiscovery = System.nanoTime();
					}
					discoveryFailed = false;
				}
				catch (RuntimeException ex) {
					if (!discoveryFailed) {
						logger.warn(this.source.table() + ": listing the shards of " + this.streamArn
								+ " failed, retrying: " + ex.getMessage());
					}
					discoveryFailed = true;
				}
			}
			try {
				ShardLocation shard = this.ended.poll(this.pollInterval.toNanos(), TimeUnit.NANOSECONDS);
				if (shard != null && shard.streamArn().equals(this.streamArn)) {
					this.done.add(shard.shardId());
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
			start(new ShardStart(new ShardLocation(this.source.table(), this.streamArn, shardId), position));
		}
	}

	private boolean followEnabledStream() {
		String latest = (this.enabledStreamArn != null) ? this.enabledStreamArn.get() : null;
		if (latest == null || latest.equals(this.streamArn)) {
			if (!this.disabledReported) {
				logger.warn(this.source.table() + ": the stream " + this.streamArn + " is disabled and every record "
						+ "of it was read; "
						+ ((this.enabledStreamArn != null) ? "waiting for the table to have a stream again"
								: "it was configured by its ARN, so nothing more will be read"));
				this.disabledReported = true;
			}
			return false;
		}
		logger.info(this.source.table() + ": the stream " + this.streamArn + " is disabled and every record of it "
				+ "was read; the table has a new stream, " + latest + ", which the loop follows from its oldest "
				+ "record (on AWS, an event source mapping stays on the stream it was created for)");
		this.streamArn = latest;
		this.started.clear();
		this.done.clear();
		this.initialShards = Set.of();
		this.disabledReported = false;
		return true;
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
				this.ended.add(start.shard());
			}
		});
	}

	private Listing describeShards() {
		String streamArn = this.streamArn;
		List<Shard> shards = new ArrayList<>();
		boolean disabled = false;
		String exclusiveStart = null;
		do {
			String after = exclusiveStart;
			DescribeStreamResponse response = this.streams
				.describeStream((request) -> request.streamArn(streamArn).exclusiveStartShardId(after));
			StreamDescription description = response.streamDescription();
			shards.addAll(description.shards());
			disabled = description.streamStatus() == StreamStatus.DISABLED
					|| description.streamStatus() == StreamStatus.DISABLING;
			exclusiveStart = description.lastEvaluatedShardId();
		}
		while (exclusiveStart != null);
		return new Listing(shards, disabled);
	}

	/**
	 * The shards of a stream, and whether the stream is disabled.
	 *
	 * @param shards the shards
	 * @param disabled whether the stream is disabled, or being disabled
	 */
	private record Listing(List<Shard> shards, boolean disabled) {

		Set<String> shardIds() {
			Set<String> ids = new HashSet<>();
			this.shards.forEach((shard) -> ids.add(shard.shardId()));
			return ids;
		}

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
