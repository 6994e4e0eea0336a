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
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.test.LambdaEventJson;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.LambdaResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Hands the batches of one shard to the function and applies the outcome the way Lambda's
 * event source mapping does, so that each record ends up processed or discarded to the
 * on-failure destination, in order.
 * <ul>
 * <li>A partial batch response marks the records before the reported one as done; the
 * rest is retried.</li>
 * <li>An invocation that throws, or a partial batch response Lambda would reject, fails
 * the whole batch, which is retried.</li>
 * <li>With {@code bisect-batch-on-function-error}, a failed batch of more than one record
 * is split in two and each half is retried, without using up a retry attempt.</li>
 * <li>Once the first record of a batch has failed more than
 * {@code maximum-retry-attempts} times, the batch is discarded; records older than
 * {@code maximum-record-age} are discarded before an invocation.</li>
 * </ul>
 * Retries wait for the poll interval, doubled after each attempt up to
 * {@value #LONGEST_BACKOFF_SECONDS} seconds. Each invocation is logged in one line:
 * table, shard, records, duration and outcome, never table data.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ShardBatchProcessor {

	static final int LONGEST_BACKOFF_SECONDS = 10;

	private static final Log logger = LogFactory.getLog(ShardBatchProcessor.class);

	private final ShardLocation shard;

	private final EventSourceMappingSettings settings;

	private final LambdaInvoker function;

	private final LambdaEventJson events;

	private final OnFailureDestination onFailure;

	private final Duration pollInterval;

	private final StopSignal stop;

	private final Clock clock;

	private final Map<String, Integer> invocations = new HashMap<>();

	private int headFailures;

	ShardBatchProcessor(ShardLocation shard, EventSourceMappingSettings settings, LambdaInvoker function,
			LambdaEventJson events, OnFailureDestination onFailure, Duration pollInterval, StopSignal stop,
			Clock clock) {
		this.shard = shard;
		this.settings = settings;
		this.function = function;
		this.events = events;
		this.onFailure = onFailure;
		this.pollInterval = pollInterval;
		this.stop = stop;
		this.clock = clock;
	}

	/**
	 * Process a batch until each of its records is processed or discarded.
	 * @param batch the records, in shard order
	 * @return {@code true} when the batch is done, {@code false} when stopping left
	 * records unprocessed
	 */
	boolean process(List<ShardRecord> batch) {
		Deque<List<ShardRecord>> work = new ArrayDeque<>();
		work.push(batch);
		this.invocations.clear();
		this.headFailures = 0;
		while (!work.isEmpty()) {
			List<ShardRecord> current = discardExpired(work.pop());
			if (current.isEmpty()) {
				continue;
			}
			if (this.stop.isRequested()) {
				return false;
			}
			Invocation invocation = invoke(current);
			BatchResponse response = invocation.response();
			if (!response.failed()) {
				log(invocation, "succeeded");
				this.headFailures = 0;
				continue;
			}
			List<ShardRecord> remaining = current.subList(response.processed(), current.size());
			if (response.processed() > 0) {
				this.headFailures = 0;
			}
			String failure = describeFailure(invocation);
			if (this.settings.bisectBatchOnFunctionError() && remaining.size() > 1) {
				int half = remaining.size() / 2;
				work.push(remaining.subList(half, remaining.size()));
				work.push(remaining.subList(0, half));
				log(invocation,
						failure + "; bisecting into " + half + " and " + (remaining.size() - half) + " records");
				continue;
			}
			this.headFailures++;
			if (!this.settings.isRetryUnlimited() && this.headFailures > this.settings.maximumRetryAttempts()) {
				log(invocation, failure + "; retry attempts exhausted, discarding " + count(remaining.size()));
				discard(remaining, DiscardedBatch.RETRY_ATTEMPTS_EXHAUSTED, invocation.error());
				this.headFailures = 0;
				continue;
			}
			Duration backoff = backoff();
			boolean partial = invocation.error() == null && response.problem() == null;
			String limit = this.settings.isRetryUnlimited() ? ", no limit"
					: " of " + this.settings.maximumRetryAttempts();
			log(invocation, failure + "; retrying " + (partial ? "from it" : "the batch") + " in " + backoff.toMillis()
					+ " ms (retry " + this.headFailures + limit + ")");
			work.push(remaining);
			if (!this.stop.pause(backoff)) {
				return false;
			}
		}
		return true;
	}

	private List<ShardRecord> discardExpired(List<ShardRecord> records) {
		if (this.settings.isRecordAgeUnlimited()) {
			return records;
		}
		Instant oldest = this.clock.instant().minus(this.settings.maximumRecordAge());
		int expired = 0;
		while (expired < records.size() && isBefore(records.get(expired).approximateCreationTime(), oldest)) {
			expired++;
		}
		if (expired == 0) {
			return records;
		}
		if (logger.isWarnEnabled()) {
			logger.warn(this.shard + ": " + count(expired) + " older than the maximum record age of "
					+ this.settings.maximumRecordAge().toSeconds() + " s, discarding them");
		}
		discard(records.subList(0, expired), DiscardedBatch.RECORD_AGE_EXCEEDED, null);
		this.headFailures = 0;
		return records.subList(expired, records.size());
	}

	private static boolean isBefore(@Nullable Instant created, Instant oldest) {
		return created != null && created.isBefore(oldest);
	}

	private Invocation invoke(List<ShardRecord> records) {
		byte[] event = this.events.event(records.stream().map(ShardRecord::json).toList());
		records.forEach((record) -> this.invocations.merge(record.sequenceNumber(), 1, Integer::sum));
		long start = System.nanoTime();
		try {
			LambdaResponse response = this.function.invoke(event);
			return new Invocation(records, event,
					BatchResponse.read(response, this.settings.reportBatchItemFailures(), records), null,
					elapsed(start));
		}
		catch (RuntimeException ex) {
			Duration elapsed = elapsed(start);
			logger.warn(this.shard + ": the function threw", ex);
			return new Invocation(records, event, BatchResponse.error(), ex, elapsed);
		}
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private String describeFailure(Invocation invocation) {
		BatchResponse response = invocation.response();
		Exception error = invocation.error();
		if (error != null) {
			return "failed with " + error.getClass().getName();
		}
		if (response.problem() != null) {
			return "failed: " + response.problem();
		}
		return "reported record " + (response.processed() + 1) + " (SequenceNumber "
				+ invocation.records().get(response.processed()).sequenceNumber() + ") as failed";
	}

	private Duration backoff() {
		long factor = 1L << Math.min(this.headFailures - 1, 20);
		Duration backoff = this.pollInterval.multipliedBy(factor);
		Duration longest = Duration.ofSeconds(LONGEST_BACKOFF_SECONDS);
		return (backoff.compareTo(longest) > 0) ? longest : backoff;
	}

	private void discard(List<ShardRecord> records, String condition, @Nullable Exception error) {
		ShardRecord first = records.get(0);
		ShardRecord last = records.get(records.size() - 1);
		DiscardedBatch batch = new DiscardedBatch(this.shard.table(), this.shard.streamArn(), this.shard.shardId(),
				condition, this.invocations.getOrDefault(first.sequenceNumber(), 0),
				(error != null) ? DiscardedBatch.UNHANDLED : null, first.sequenceNumber(), last.sequenceNumber(),
				first.approximateCreationTime(), last.approximateCreationTime(), records.size(),
				this.events.event(records.stream().map(ShardRecord::json).toList()));
		try {
			this.onFailure.send(batch);
		}
		catch (RuntimeException ex) {
			logger.error(this.shard + ": the on-failure destination failed to take " + count(records.size())
					+ " (SequenceNumber " + first.sequenceNumber() + " to " + last.sequenceNumber() + ")", ex);
		}
	}

	private void log(Invocation invocation, String outcome) {
		List<ShardRecord> records = invocation.records();
		String range = (records.size() == 1) ? records.get(0).sequenceNumber()
				: records.get(0).sequenceNumber() + " to " + records.get(records.size() - 1).sequenceNumber();
		String line = this.shard + ": " + count(records.size()) + " (SequenceNumber " + range + ") in "
				+ invocation.duration().toMillis() + " ms, " + outcome;
		if (invocation.response().failed()) {
			logger.warn(line);
		}
		else {
			logger.info(line);
		}
	}

	private static String count(int records) {
		return records + ((records == 1) ? " record" : " records");
	}

	private record Invocation(List<ShardRecord> records, byte[] event, BatchResponse response,
			@Nullable Exception error, Duration duration) {

	}

}
