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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.amazonaws.services.dynamodbv2.streamsadapter.adapter.DynamoDBStreamsClientRecord;
import com.amazonaws.services.dynamodbv2.streamsadapter.model.DynamoDBStreamsProcessRecordsInput;
import com.amazonaws.services.dynamodbv2.streamsadapter.processor.DynamoDBStreamsShardRecordProcessor;
import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.LogText;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.kinesis.exceptions.InvalidStateException;
import software.amazon.kinesis.exceptions.KinesisClientLibDependencyException;
import software.amazon.kinesis.exceptions.ShutdownException;
import software.amazon.kinesis.exceptions.ThrottlingException;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.processor.RecordProcessorCheckpointer;

/**
 * Dispatches the records of one shard, batch after batch as KCL reads them, with the
 * semantics of Lambda's event source mapping with partial batch responses.
 * <ul>
 * <li>After a batch whose records all succeeded, the checkpoint is its last record.</li>
 * <li>When a record fails, the checkpoint is the record before it, and the dispatch is
 * retried from the failed record after a backoff: the idle time, doubled on each retry up
 * to {@value #LONGEST_BACKOFF_SECONDS} s. Records after it wait; nothing failed is
 * checkpointed.</li>
 * <li>Once a record has failed more than {@code maximum-retry-attempts} times, it is
 * discarded (logged at ERROR with its table, shard and sequence number, never its data)
 * and the dispatch goes on after it; records older than {@code maximum-record-age} are
 * discarded before a dispatch. Unlike Lambda, which discards the rest of the batch, only
 * the record that failed is discarded.</li>
 * <li>A stop request ends the retries; the records from the failed one on are read again
 * by whoever takes the lease next.</li>
 * <li>A dispatch that throws (rather than reporting a failed record) fails the first
 * record of the dispatch, so that KCL, which would go on to the next batch, never moves
 * past it.</li>
 * </ul>
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ShardRecordDispatch implements DynamoDBStreamsShardRecordProcessor {

	static final int LONGEST_BACKOFF_SECONDS = 10;

	private static final Log logger = LogFactory.getLog(ShardRecordDispatch.class);

	private final ConsumedStream stream;

	private final StreamRecordDispatcher dispatcher;

	private final StreamRecordConverter converter;

	private final ConsumerActivity activity;

	private final Duration idleTime;

	private final BooleanSupplier stopping;

	private final Clock clock;

	private String shardId = "";

	ShardRecordDispatch(ConsumedStream stream, StreamRecordDispatcher dispatcher, StreamRecordConverter converter,
			ConsumerActivity activity, Duration idleTime, BooleanSupplier stopping, Clock clock) {
		this.stream = stream;
		this.dispatcher = dispatcher;
		this.converter = converter;
		this.activity = activity;
		this.idleTime = idleTime;
		this.stopping = stopping;
		this.clock = clock;
	}

	@Override
	public void initialize(InitializationInput input) {
		this.shardId = input.shardId();
		this.activity.started(shard());
		if (logger.isInfoEnabled()) {
			logger.info(shard() + ": lease taken, reading after "
					+ ((input.extendedSequenceNumber() != null) ? input.extendedSequenceNumber() : "the start"));
		}
	}

	@Override
	public void processRecords(DynamoDBStreamsProcessRecordsInput input) {
		List<DynamoDBStreamsClientRecord> batch = input.records();
		if (batch.isEmpty()) {
			return;
		}
		List<DynamoRecord> records = new ArrayList<>(batch.size());
		for (DynamoDBStreamsClientRecord record : batch) {
			records.add(this.converter.convert(record.getRecord(), this.stream.streamArn(), this.stream.logicalName()));
		}
		process(records, input.checkpointer());
	}

	private void process(List<DynamoRecord> records, RecordProcessorCheckpointer checkpointer) {
		EventSourceMappingSettings settings = this.stream.settings();
		int next = 0;
		int done = 0;
		int failures = 0;
		while (next < records.size()) {
			next = discardExpired(records, next, settings);
			done = next;
			if (next == records.size()) {
				break;
			}
			List<DynamoRecord> remaining = records.subList(next, records.size());
			BatchOutcome outcome = dispatch(remaining);
			if (outcome.isSuccess()) {
				done = records.size();
				break;
			}
			if (outcome.processed() > 0) {
				failures = 0;
				done = next + outcome.processed();
				if (!checkpoint(checkpointer, records.get(done - 1))) {
					return;
				}
			}
			next += outcome.processed();
			failures++;
			DynamoRecord failed = records.get(next);
			if (!settings.isRetryUnlimited() && failures > settings.maximumRetryAttempts()) {
				discard(failed, "retry attempts exhausted (" + settings.maximumRetryAttempts() + ")",
						outcome.failure());
				next++;
				done = next;
				failures = 0;
				continue;
			}
			Duration backoff = backoff(failures);
			if (logger.isWarnEnabled()) {
				logger.warn(shard() + ": record SequenceNumber " + LogText.escape(failed.sequenceNumber())
						+ " failed; retrying from it in " + backoff.toMillis() + " ms (retry " + failures
						+ (settings.isRetryUnlimited() ? ", no limit" : " of " + settings.maximumRetryAttempts()) + ")",
						outcome.failure());
			}
			if (!pause(backoff)) {
				return;
			}
		}
		if (done > 0) {
			checkpoint(checkpointer, records.get(done - 1));
		}
	}

	private BatchOutcome dispatch(List<DynamoRecord> records) {
		try {
			return this.dispatcher.dispatch(records,
					StreamInvocation.ofRequestId(this.shardId + "/" + records.get(0).sequenceNumber()));
		}
		catch (RuntimeException ex) {
			return new BatchOutcome(records.size(), 0, records.get(0), ex);
		}
	}

	private int discardExpired(List<DynamoRecord> records, int from, EventSourceMappingSettings settings) {
		if (settings.isRecordAgeUnlimited()) {
			return from;
		}
		Instant oldest = this.clock.instant().minus(settings.maximumRecordAge());
		int next = from;
		while (next < records.size()) {
			Instant created = records.get(next).approximateCreationTime();
			if (created == null || !created.isBefore(oldest)) {
				break;
			}
			discard(records.get(next),
					"older than the maximum record age of " + settings.maximumRecordAge().toSeconds() + " s", null);
			next++;
		}
		return next;
	}

	private void discard(DynamoRecord record, String reason, @Nullable Exception failure) {
		if (logger.isErrorEnabled()) {
			logger.error(shard() + ": record SequenceNumber " + LogText.escape(record.sequenceNumber()) + " discarded: "
					+ reason + "; the KCL consumer sends nothing to an on-failure destination", failure);
		}
	}

	private boolean checkpoint(RecordProcessorCheckpointer checkpointer, DynamoRecord record) {
		try {
			checkpointer.checkpoint(record.sequenceNumber());
			this.activity.checkpointed();
			return true;
		}
		catch (ShutdownException ex) {
			logger.info(shard() + ": lease lost before the checkpoint at SequenceNumber "
					+ LogText.escape(record.sequenceNumber()) + "; the next owner reads from the previous one");
			return false;
		}
		catch (ThrottlingException | InvalidStateException | KinesisClientLibDependencyException ex) {
			logger.warn(shard() + ": checkpoint at SequenceNumber " + LogText.escape(record.sequenceNumber())
					+ " failed; the next checkpoint covers it", ex);
			return true;
		}
	}

	private Duration backoff(int failures) {
		Duration backoff = this.idleTime.multipliedBy(1L << Math.min(failures - 1, 20));
		Duration longest = Duration.ofSeconds(LONGEST_BACKOFF_SECONDS);
		return (backoff.compareTo(longest) > 0) ? longest : backoff;
	}

	private boolean pause(Duration backoff) {
		long end = System.nanoTime() + backoff.toNanos();
		while (!this.stopping.getAsBoolean()) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				return true;
			}
			try {
				Thread.sleep(Math.min(left / 1_000_000 + 1, 100));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	@Override
	public void leaseLost(LeaseLostInput input) {
		this.activity.ended(shard());
		logger.info(shard() + ": lease lost");
	}

	@Override
	public void shardEnded(ShardEndedInput input) {
		this.activity.ended(shard());
		try {
			input.checkpointer().checkpoint();
			this.activity.checkpointed();
			logger.info(shard() + ": shard ended; checkpointed its end, so its children start");
		}
		catch (ShutdownException | InvalidStateException ex) {
			logger.warn(shard() + ": shard ended, but its end could not be checkpointed", ex);
		}
	}

	@Override
	public void shutdownRequested(ShutdownRequestedInput input) {
		this.activity.ended(shard());
		logger.info(shard() + ": shutting down; the checkpoint is the last record that succeeded");
	}

	private String shard() {
		return this.stream.tableName() + "/" + this.shardId;
	}

}
