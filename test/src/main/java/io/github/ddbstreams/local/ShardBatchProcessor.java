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

import io.github.ddbstreams.lambda.WindowInvocation;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.test.LambdaEventJson;
import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.LambdaResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

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

	private final @Nullable ShardWindows windows;

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
		this.windows = settings.hasTumblingWindow() ? new ShardWindows(settings.tumblingWindow(), shard) : null;
	}

	/**
	 * Return the tumbling windows of the shard.
	 * @return the windows, or {@code null} when the mapping has none
	 */
	@Nullable ShardWindows windows() {
		return this.windows;
	}

	/**
	 * Process a batch until each of its records is processed or discarded.
	 * @param batch the records, in shard order
	 * @return {@code true} when the batch is done, {@code false} when stopping left
	 * records unprocessed
	 */
	boolean process(List<ShardRecord> batch) {
		return process(batch, false);
	}

	/**
	 * Process a batch until each of its records is processed or discarded.
	 * @param batch the records, in shard order, all of one tumbling window when the
	 * mapping has windows
	 * @param finalForWindow whether the batch is its window's last, so that its
	 * invocation is the window's final one
	 * @return {@code true} when the batch is done, {@code false} when stopping left
	 * records unprocessed
	 */
	boolean process(List<ShardRecord> batch, boolean finalForWindow) {
		Instant windowStart = null;
		if (this.windows != null) {
			windowStart = this.windows.startOf(batch.get(0), this.clock.instant());
			Instant open = this.windows.openWindow();
			if (open != null && !open.equals(windowStart) && !endWindow(false)) {
				return false;
			}
		}
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
			Invocation invocation = invoke(current, window(windowStart, finalForWindow && work.isEmpty(), false));
			BatchResponse response = invocation.response();
			if (!response.failed()) {
				log(invocation, "succeeded");
				this.headFailures = 0;
				if (this.windows != null && finalForWindow && work.isEmpty()) {
					this.windows.close();
				}
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
				if (this.windows != null && !endWindow(true)) {
					return false;
				}
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

	/**
	 * Make the final invocation of the open tumbling window, without records, once its
	 * time has passed, as Lambda does when no record of the window is left.
	 * @return {@code false} when stopping interrupted the invocation, {@code true}
	 * otherwise
	 */
	boolean endWindowIfDue() {
		Instant open = (this.windows != null) ? this.windows.openWindow() : null;
		if (open == null || this.clock.instant().isBefore(this.windows.endOf(open))) {
			return true;
		}
		return endWindow(false);
	}

	/**
	 * Make the final invocation of the open tumbling window, without records, until it
	 * succeeds: Lambda holds the shard until a window's final invocation succeeds.
	 * @param terminatedEarly whether the window ends early, as records of it were
	 * discarded
	 * @return {@code false} when stopping interrupted the invocation, {@code true}
	 * otherwise
	 */
	boolean endWindow(boolean terminatedEarly) {
		ShardWindows windows = this.windows;
		Instant open = (windows != null) ? windows.openWindow() : null;
		if (windows == null || open == null) {
			return true;
		}
		int failures = 0;
		while (!this.stop.isRequested()) {
			Invocation invocation = invoke(List.of(), windows.invocation(open, true, terminatedEarly));
			if (!invocation.response().failed()) {
				log(invocation, "succeeded");
				windows.close();
				return true;
			}
			failures++;
			Duration backoff = backoff(failures);
			log(invocation, describeFailure(invocation) + "; retrying the window's final invocation in "
					+ backoff.toMillis() + " ms");
			if (!this.stop.pause(backoff)) {
				return false;
			}
		}
		return false;
	}

	private @Nullable WindowInvocation window(@Nullable Instant windowStart, boolean isFinal,
			boolean isTerminatedEarly) {
		return (this.windows != null && windowStart != null)
				? this.windows.invocation(windowStart, isFinal, isTerminatedEarly) : null;
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

	private Invocation invoke(List<ShardRecord> records, @Nullable WindowInvocation window) {
		List<ObjectNode> json = records.stream().map(ShardRecord::json).toList();
		byte[] event = (window != null) ? this.events.event(json, window) : this.events.event(json);
		records.forEach((record) -> this.invocations.merge(record.sequenceNumber(), 1, Integer::sum));
		long start = System.nanoTime();
		try {
			LambdaResponse response = this.function.invoke(event);
			BatchResponse batchResponse = BatchResponse.read(response, this.settings.reportBatchItemFailures(), records,
					window != null);
			Map<String, String> state = response.windowState();
			if (this.windows != null && window != null && state != null && batchResponse.problem() == null) {
				this.windows.keep(state);
			}
			return new Invocation(records, window, event, batchResponse, null, elapsed(start));
		}
		catch (RuntimeException ex) {
			Duration elapsed = elapsed(start);
			logger.warn(this.shard + ": the function threw", ex);
			return new Invocation(records, window, event, BatchResponse.error(), ex, elapsed);
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
		return backoff(this.headFailures);
	}

	private Duration backoff(int failures) {
		long factor = 1L << Math.min(failures - 1, 20);
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
		String range = records.isEmpty() ? ""
				: " (SequenceNumber " + ((records.size() == 1) ? records.get(0).sequenceNumber()
						: records.get(0).sequenceNumber() + " to " + records.get(records.size() - 1).sequenceNumber())
						+ ")";
		WindowInvocation window = invocation.window();
		String windowText = (window != null)
				? " of window " + window.window().start() + " to " + window.window().end()
						+ (window.window().isFinal()
								? " (final" + (window.window().isTerminatedEarly() ? ", terminated early)" : ")") : "")
				: "";
		String line = this.shard + ": " + count(records.size()) + range + windowText + " in "
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

	private record Invocation(List<ShardRecord> records, @Nullable WindowInvocation window, byte[] event,
			BatchResponse response, @Nullable Exception error, Duration duration) {

	}

}
