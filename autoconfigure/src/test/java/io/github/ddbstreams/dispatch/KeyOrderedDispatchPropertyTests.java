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

package io.github.ddbstreams.dispatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.StreamObservability;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Property-based tests of the failure rule of {@link StreamRecordDispatcher} with a
 * concurrency above 1: random items, latencies, failures, recoveries and concurrency,
 * both response modes, on platform threads and (on Java 21 and later) virtual threads.
 * Every iteration has its own seed, printed when it fails; set
 * {@code -Dddbstreams.seed=<seed>} to run one seed again.
 */
class KeyOrderedDispatchPropertyTests {

	private static final int ITERATIONS = Integer.getInteger("ddbstreams.iterations", 100);

	private static final String STREAM = StreamEventJson.TEST_TABLE_STREAM;

	@Test
	void partialBatchResponsesOnPlatformThreads() {
		forEverySeed((seed) -> check(seed, true, false));
	}

	@Test
	void wholeBatchFailuresOnPlatformThreads() {
		forEverySeed((seed) -> check(seed, false, false));
	}

	@Test
	void partialBatchResponsesOnVirtualThreadsWhenTheRuntimeHasThem() {
		forEverySeed((seed) -> check(seed, true, RecordThreads.hasVirtualThreads()));
	}

	@Test
	void wholeBatchFailuresOnVirtualThreadsWhenTheRuntimeHasThem() {
		forEverySeed((seed) -> check(seed, false, RecordThreads.hasVirtualThreads()));
	}

	private static void forEverySeed(SeededCheck check) {
		Set<Thread> before = platformRecordThreads();
		Long fixed = Long.getLong("ddbstreams.seed");
		if (fixed != null) {
			runSeed(check, fixed);
		}
		else {
			long base = System.nanoTime();
			for (int i = 0; i < ITERATIONS; i++) {
				runSeed(check, base + i);
			}
		}
		assertThat(platformRecordThreads()).as("platform threads left behind").isEqualTo(before);
	}

	private static void runSeed(SeededCheck check, long seed) {
		try {
			check.check(seed);
		}
		catch (AssertionError | RuntimeException ex) {
			throw new AssertionError("Property failed with seed " + seed + " (run it again with -Dddbstreams.seed="
					+ seed + "): " + ex.getMessage(), ex);
		}
	}

	private static void check(long seed, boolean reportBatchItemFailures, boolean virtualThreads) {
		Random random = new Random(seed);
		Plan plan = Plan.random(random);
		Run run = new Run(plan);
		StreamRoutes routes = new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", run, null, List.of()))),
				new TableNamespace("demo-dev", "_"));
		DynamoRecordErrorHandler errorHandler = (record, ex) -> {
			if (!(ex instanceof RecoverableException)) {
				throw ex;
			}
		};
		try (StreamRecordDispatcher dispatcher = new StreamRecordDispatcher(routes, List.of(), errorHandler,
				ConcurrencySettings.of(plan.concurrency), StreamObservability.NONE, virtualThreads)) {
			DynamoStreamsFunction function = new DynamoStreamsFunction(new StreamEventDecoder(), dispatcher,
					reportBatchItemFailures);
			String answered;
			if (reportBatchItemFailures) {
				StreamsEventResponse response = function.handle(plan.records, StreamInvocation.ofRequestId("request"));
				assertThat(run.running).as("records running when the response is answered").hasValue(0);
				List<String> failures = response.getBatchItemFailures()
					.stream()
					.map(BatchItemFailure::getItemIdentifier)
					.toList();
				assertThat(failures).hasSizeLessThanOrEqualTo(1);
				answered = failures.isEmpty() ? null : failures.get(0);
			}
			else {
				Throwable thrown = catchThrowable(
						() -> function.handle(plan.records, StreamInvocation.ofRequestId("request")));
				assertThat(run.running).as("records running when the invocation fails").hasValue(0);
				if (thrown != null) {
					assertThat(thrown).isInstanceOf(StreamRecordFailedException.class);
					answered = ((StreamRecordFailedException) thrown).getSequenceNumber();
				}
				else {
					answered = null;
				}
			}
			run.assertRule(answered);
			if (virtualThreads) {
				assertThat(run.recordThreads()).as("threads left running by the batch").noneMatch(Thread::isAlive);
			}
		}
		assertThat(run.recordThreads()).as("threads left running after close").noneMatch(Thread::isAlive);
	}

	private static Set<Thread> platformRecordThreads() {
		Set<Thread> threads = new HashSet<>();
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith(RecordThreads.NAME_PREFIX) && thread.isAlive()) {
				threads.add(thread);
			}
		}
		return threads;
	}

	@FunctionalInterface
	private interface SeededCheck {

		void check(long seed);

	}

	/**
	 * A random batch: records of random items, their latencies and how each behaves.
	 */
	private static final class Plan {

		final List<DynamoRecord> records = new ArrayList<>();

		final List<Integer> itemOf = new ArrayList<>();

		final List<Long> latencyNanos = new ArrayList<>();

		final List<Behaviour> behaviour = new ArrayList<>();

		int concurrency;

		static Plan random(Random random) {
			Plan plan = new Plan();
			plan.concurrency = 2 + random.nextInt(15);
			int items = 1 + random.nextInt(12);
			int size = 1 + random.nextInt(60);
			double failureRate = random.nextInt(3) * 0.04;
			for (int i = 0; i < size; i++) {
				int item = random.nextInt(items);
				Map<String, AttributeValue> keys = Map.of("pk", AttributeValue.fromS("p" + (item / 2)), "sk",
						AttributeValue.fromN(Integer.toString(item % 2)));
				plan.records.add(DynamoRecord.builder()
					.eventName(DynamoEventName.MODIFY)
					.sequenceNumber(Integer.toString(100 + i))
					.eventSourceArn(STREAM)
					.tableName("test-table")
					.keys(keys)
					.build());
				plan.itemOf.add(item);
				plan.latencyNanos.add((random.nextInt(3) == 0) ? 0L : random.nextInt(1_000_000));
				double draw = random.nextDouble();
				plan.behaviour.add((draw < failureRate) ? Behaviour.FAIL
						: (draw < failureRate * 1.5) ? Behaviour.RECOVERABLE : Behaviour.SUCCEED);
			}
			return plan;
		}

		int indexOf(DynamoRecord record) {
			return Integer.parseInt(record.sequenceNumber()) - 100;
		}

	}

	private enum Behaviour {

		SUCCEED, FAIL, RECOVERABLE

	}

	/**
	 * The listener of a run: records, on a logical clock, when each record started and
	 * ended, on which thread, and when a failure was thrown.
	 */
	private static final class Run implements DynamoRecordListener {

		private final Plan plan;

		private final AtomicLong clock = new AtomicLong();

		final AtomicInteger running = new AtomicInteger();

		private final AtomicInteger mostRunning = new AtomicInteger();

		private final Map<Integer, Long> started = new ConcurrentHashMap<>();

		private final Map<Integer, Long> ended = new ConcurrentHashMap<>();

		private final Map<Integer, Thread> threadOf = new ConcurrentHashMap<>();

		private final Map<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();

		Run(Plan plan) {
			this.plan = plan;
		}

		@Override
		public void onRecord(DynamoRecord record) {
			int index = this.plan.indexOf(record);
			this.runs.computeIfAbsent(index, (key) -> new AtomicInteger()).incrementAndGet();
			this.threadOf.put(index, Thread.currentThread());
			this.mostRunning.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			this.started.put(index, this.clock.incrementAndGet());
			try {
				long latency = this.plan.latencyNanos.get(index);
				if (latency > 0) {
					LockSupport.parkNanos(latency);
				}
				switch (this.plan.behaviour.get(index)) {
					case FAIL -> throw new IllegalStateException("planted failure of record " + index);
					case RECOVERABLE -> throw new RecoverableException(index);
					default -> {
					}
				}
			}
			finally {
				this.ended.put(index, this.clock.incrementAndGet());
				this.running.decrementAndGet();
			}
		}

		List<Thread> recordThreads() {
			return this.threadOf.values().stream().filter((thread) -> thread != Thread.currentThread()).toList();
		}

		void assertRule(@Nullable String answered) {
			int size = this.plan.records.size();
			List<Integer> failed = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				if (this.runs.containsKey(i)) {
					assertThat(this.runs.get(i)).as("runs of record %d", i).hasValue(1);
					if (this.plan.behaviour.get(i) == Behaviour.FAIL) {
						failed.add(i);
					}
				}
			}
			assertThat(this.mostRunning.get()).as("most records in flight").isLessThanOrEqualTo(this.plan.concurrency);
			if (failed.isEmpty()) {
				assertThat(answered).as("answer without a failure").isNull();
				assertThat(this.runs).as("records run without a failure").hasSize(size);
			}
			else {
				int lowest = failed.get(0);
				assertThat(answered).as("answered sequence number").isEqualTo(Integer.toString(100 + lowest));
				for (int i = 0; i < lowest; i++) {
					assertThat(this.runs).as("record %d before the lowest failure %d ran", i, lowest).containsKey(i);
				}
			}
			assertItemOrder();
			for (int f : failed) {
				assertNothingStartedAfterKnownFailure(f);
			}
		}

		private void assertItemOrder() {
			Map<Integer, Integer> lastOfItem = new ConcurrentHashMap<>();
			for (int i = 0; i < this.plan.records.size(); i++) {
				int item = this.plan.itemOf.get(i);
				Integer previous = lastOfItem.put(item, i);
				if (previous == null || !this.started.containsKey(i)) {
					continue;
				}
				assertThat(this.started)
					.as("record %d of item %d started before the earlier record %d", i, item, previous)
					.containsKey(previous);
				assertThat(this.started.get(i))
					.as("record %d of item %d starts after record %d ended", i, item, previous)
					.isGreaterThan(this.ended.get(previous));
				assertThat(this.plan.behaviour.get(previous))
					.as("record %d of item %d started after its failed record %d", i, item, previous)
					.isNotEqualTo(Behaviour.FAIL);
			}
		}

		/**
		 * Check that no record after a failed one was taken once the failure was known.
		 * The worker that ran the failed record reports it before it takes its next
		 * record, so the failure is known by the start of that next record on its thread;
		 * a worker takes a record after the end of the record it ran before on its
		 * thread.
		 * @param failed the index of the failed record
		 */
		private void assertNothingStartedAfterKnownFailure(int failed) {
			Thread failedThread = this.threadOf.get(failed);
			long failedEnd = this.ended.get(failed);
			long knownBy = Long.MAX_VALUE;
			for (Map.Entry<Integer, Long> start : this.started.entrySet()) {
				if (this.threadOf.get(start.getKey()) == failedThread && start.getValue() > failedEnd) {
					knownBy = Math.min(knownBy, start.getValue());
				}
			}
			for (Map.Entry<Integer, Long> start : this.started.entrySet()) {
				int later = start.getKey();
				if (later <= failed) {
					continue;
				}
				Thread thread = this.threadOf.get(later);
				assertThat(thread == failedThread && start.getValue() > failedEnd)
					.as("record %d started on the thread of failed record %d after it failed", later, failed)
					.isFalse();
				long takenAfter = endOfPreviousOnThread(thread, start.getValue());
				assertThat(takenAfter).as("record %d taken after the failure of record %d was known", later, failed)
					.isLessThan(knownBy);
			}
		}

		private long endOfPreviousOnThread(Thread thread, long start) {
			long previousEnd = 0;
			for (Map.Entry<Integer, Long> end : this.ended.entrySet()) {
				if (this.threadOf.get(end.getKey()) == thread && end.getValue() < start) {
					previousEnd = Math.max(previousEnd, end.getValue());
				}
			}
			return previousEnd;
		}

	}

	private static final class RecoverableException extends RuntimeException {

		RecoverableException(int index) {
			super("recoverable failure of record " + index);
		}

	}

}
