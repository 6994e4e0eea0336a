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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.github.ddbstreams.test.LambdaEventJson;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one shard from its starting position to its end, in order, and hands its records
 * to a {@link ShardBatchProcessor} in batches, one batch at a time, like Lambda's event
 * source mapping: records that do not pass the filter criteria are dropped; a batch is
 * invoked once it has {@code batch-size} records, once the
 * {@code maximum-batching-window} since its first record has passed, or once the shard
 * has ended. A shard with no new records is read again after the poll interval.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ShardReader {

	private static final Log logger = LogFactory.getLog(ShardReader.class);

	private static final int LARGEST_READ = 1000;

	private final ShardLocation shard;

	private final StreamSource source;

	private final DynamoDbStreamsClient streams;

	private final LambdaEventJson events;

	private final ShardBatchProcessor processor;

	private final Duration pollInterval;

	private final StopSignal stop;

	private final Clock clock;

	private final Deque<ShardRecord> pending = new ArrayDeque<>();

	private ShardIteratorType startingPosition;

	private @Nullable String iterator;

	private @Nullable String lastSequenceNumber;

	private int failedReads;

	ShardReader(ShardLocation shard, ShardIteratorType startingPosition, StreamSource source,
			DynamoDbStreamsClient streams, LambdaEventJson events, ShardBatchProcessor processor, Duration pollInterval,
			StopSignal stop, Clock clock) {
		this.shard = shard;
		this.startingPosition = startingPosition;
		this.source = source;
		this.streams = streams;
		this.events = events;
		this.processor = processor;
		this.pollInterval = pollInterval;
		this.stop = stop;
		this.clock = clock;
	}

	/**
	 * Read the shard until it ends or stopping is asked for.
	 * @return whether every record of the shard was processed or discarded
	 */
	boolean read() {
		if (logger.isDebugEnabled()) {
			logger.debug(this.shard + ": reading from " + this.startingPosition);
		}
		Instant windowEnd = null;
		boolean ended = false;
		while (!this.stop.isRequested()) {
			boolean caughtUp = true;
			if (!ended && this.pending.size() < this.source.settings().batchSize()) {
				Read read = fetch();
				ended = read.ended();
				caughtUp = read.caughtUp();
				if (read.failed() && !this.stop.pause(retryDelay())) {
					return false;
				}
			}
			if (!this.pending.isEmpty()) {
				Instant now = this.clock.instant();
				if (windowEnd == null) {
					windowEnd = now.plus(this.source.settings().maximumBatchingWindow());
				}
				int inWindow = recordsOfFirstWindow(now);
				if (ended || inWindow >= this.source.settings().batchSize() || inWindow < this.pending.size()
						|| !now.isBefore(windowEnd)) {
					boolean finalForWindow = isFinalForWindow(inWindow, ended, caughtUp, now);
					if (!this.processor.process(takeBatch(inWindow), finalForWindow)) {
						return false;
					}
					windowEnd = null;
					continue;
				}
			}
			else if (ended) {
				return this.processor.endWindow(false);
			}
			else if (caughtUp && !this.processor.endWindowIfDue()) {
				return false;
			}
			if (caughtUp && !this.stop.pause(pauseUntil(windowEnd))) {
				return false;
			}
		}
		return false;
	}

	private Read fetch() {
		try {
			String iterator = iterator();
			int limit = Math.min(LARGEST_READ, this.source.settings().batchSize() - this.pending.size());
			GetRecordsResponse response = this.streams
				.getRecords((request) -> request.shardIterator(iterator).limit(limit));
			for (Record record : response.records()) {
				accept(record);
			}
			this.iterator = response.nextShardIterator();
			this.failedReads = 0;
			return new Read(response.records().size() < limit, this.iterator == null, false);
		}
		catch (ExpiredIteratorException ex) {
			this.iterator = null;
			return new Read(false, false, false);
		}
		catch (TrimmedDataAccessException ex) {
			logger.warn(this.shard + ": records after SequenceNumber " + this.lastSequenceNumber
					+ " were trimmed from the stream before they were read; going on from the oldest record left");
			this.iterator = null;
			this.lastSequenceNumber = null;
			this.startingPosition = ShardIteratorType.TRIM_HORIZON;
			return new Read(false, false, false);
		}
		catch (ResourceNotFoundException ex) {
			logger.error(this.shard + ": the shard is gone (" + ex.getMessage() + "); stopped reading it");
			return new Read(true, true, false);
		}
		catch (SdkException ex) {
			this.failedReads++;
			if (this.failedReads == 1 || logger.isDebugEnabled()) {
				logger.warn(this.shard + ": reading the shard failed, retrying: " + ex.getMessage());
			}
			return new Read(true, false, true);
		}
	}

	private String iterator() {
		String iterator = this.iterator;
		if (iterator != null) {
			return iterator;
		}
		String after = this.lastSequenceNumber;
		ShardIteratorType type = (after != null) ? ShardIteratorType.AFTER_SEQUENCE_NUMBER : this.startingPosition;
		return this.streams
			.getShardIterator((request) -> request.streamArn(this.shard.streamArn())
				.shardId(this.shard.shardId())
				.shardIteratorType(type)
				.sequenceNumber(after))
			.shardIterator();
	}

	private void accept(Record record) {
		String sequenceNumber = record.dynamodb().sequenceNumber();
		this.lastSequenceNumber = sequenceNumber;
		ObjectNode json = this.events.record(record, this.shard.streamArn());
		if (this.source.filter().matches(json)) {
			this.pending.add(new ShardRecord(sequenceNumber, record.dynamodb().approximateCreationDateTime(), json));
		}
	}

	private int recordsOfFirstWindow(Instant now) {
		ShardWindows windows = this.processor.windows();
		return (windows != null) ? windows.sameWindow(this.pending, now) : this.pending.size();
	}

	private boolean isFinalForWindow(int inWindow, boolean ended, boolean caughtUp, Instant now) {
		ShardWindows windows = this.processor.windows();
		if (windows == null || inWindow > this.source.settings().batchSize()) {
			return false;
		}
		if (inWindow < this.pending.size() || ended) {
			return true;
		}
		Instant start = windows.startOf(this.pending.peek(), now);
		return caughtUp && !now.isBefore(windows.endOf(start));
	}

	private List<ShardRecord> takeBatch(int inWindow) {
		int size = Math.min(inWindow, this.source.settings().batchSize());
		List<ShardRecord> batch = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			batch.add(this.pending.poll());
		}
		return batch;
	}

	private Duration pauseUntil(@Nullable Instant windowEnd) {
		if (windowEnd == null) {
			return this.pollInterval;
		}
		Duration untilWindowEnd = Duration.between(this.clock.instant(), windowEnd);
		return (untilWindowEnd.compareTo(this.pollInterval) < 0) ? untilWindowEnd : this.pollInterval;
	}

	private Duration retryDelay() {
		long factor = 1L << Math.min(this.failedReads - 1, 10);
		Duration delay = this.pollInterval.multipliedBy(factor);
		Duration longest = Duration.ofSeconds(ShardBatchProcessor.LONGEST_BACKOFF_SECONDS);
		return (delay.compareTo(longest) > 0) ? longest : delay;
	}

	private record Read(boolean caughtUp, boolean ended, boolean failed) {

	}

}
