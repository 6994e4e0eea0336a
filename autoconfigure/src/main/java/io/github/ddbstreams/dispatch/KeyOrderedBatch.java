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
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.github.ddbstreams.dispatch.RecordThreads.Worker;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.observation.RecordMdc;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs the records of one batch on up to {@code concurrency} workers, the records of each
 * item (same {@code Keys}) one after another in batch order, and applies the failure
 * rule: once a record fails, no record after it in the batch starts (so no later record
 * of its item either), the records already running finish, and every record before the
 * lowest failed one still runs. A worker starts the lowest record that may start.
 * <p>
 * The invoking thread waits until every worker has finished. An {@link Error} stops the
 * start of any further record and is thrown once the running records have finished.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class KeyOrderedBatch {

	private final List<DynamoRecord> records;

	private final RecordStep step;

	private final BatchObservation batch;

	private final int[] nextOfItem;

	private final BitSet ready = new BitSet();

	private final boolean[] done;

	private final int items;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private int running;

	private int lowestFailed;

	private @Nullable Exception failure;

	private int errorIndex = -1;

	private @Nullable Throwable error;

	private KeyOrderedBatch(List<DynamoRecord> records, RecordStep step, BatchObservation batch) {
		this.records = records;
		this.step = step;
		this.batch = batch;
		this.nextOfItem = new int[records.size()];
		this.done = new boolean[records.size()];
		this.lowestFailed = records.size();
		Arrays.fill(this.nextOfItem, -1);
		Map<Map<String, AttributeValue>, Integer> lastOfItem = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			Integer previous = lastOfItem.put(records.get(i).keys(), i);
			if (previous != null) {
				this.nextOfItem[previous] = i;
			}
			else {
				this.ready.set(i);
			}
		}
		this.items = lastOfItem.size();
	}

	/**
	 * Run a batch.
	 * @param records the records, in batch order
	 * @param step what runs one record
	 * @param batch the observation of the batch
	 * @param concurrency the most records in flight at once
	 * @param threads the threads of the workers
	 * @return the index of the lowest failed record and its failure, or the size of the
	 * batch when every record was processed
	 */
	static Result run(List<DynamoRecord> records, RecordStep step, BatchObservation batch, int concurrency,
			RecordThreads threads) {
		KeyOrderedBatch keyOrdered = new KeyOrderedBatch(records, step, batch);
		return keyOrdered.run(Math.min(concurrency, keyOrdered.items), threads);
	}

	private Result run(int workers, RecordThreads threads) {
		Map<String, String> callerContext = RecordMdc.copyOfContext();
		Runnable work = () -> work(callerContext);
		List<Worker> started = new ArrayList<>(workers);
		try {
			for (int i = 0; i < workers; i++) {
				started.add(threads.start(work));
			}
		}
		catch (RuntimeException | Error ex) {
			abort(ex);
		}
		for (Worker worker : started) {
			worker.await();
		}
		return result();
	}

	private void work(@Nullable Map<String, String> callerContext) {
		RecordMdc.setContext(callerContext);
		try {
			int index;
			while ((index = take()) >= 0) {
				Exception recordFailure = null;
				Throwable recordError = null;
				try {
					recordFailure = this.step.run(this.records.get(index), this.batch);
				}
				catch (Throwable ex) {
					recordError = ex;
				}
				finish(index, recordFailure, recordError);
			}
		}
		finally {
			RecordMdc.setContext(null);
		}
	}

	private int take() {
		this.lock.lock();
		try {
			while (true) {
				int next = (this.error == null) ? this.ready.nextSetBit(0) : -1;
				if (next >= 0 && next < this.lowestFailed) {
					this.ready.clear(next);
					this.running++;
					return next;
				}
				if (this.running == 0) {
					this.changed.signalAll();
					return -1;
				}
				this.changed.awaitUninterruptibly();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void finish(int index, @Nullable Exception recordFailure, @Nullable Throwable recordError) {
		this.lock.lock();
		try {
			this.running--;
			Throwable error = this.error;
			if (recordError != null) {
				if (error == null || index < this.errorIndex) {
					suppress(recordError, error);
					this.error = recordError;
					this.errorIndex = index;
				}
				else {
					suppress(error, recordError);
				}
			}
			else if (recordFailure != null) {
				if (index < this.lowestFailed) {
					this.lowestFailed = index;
					this.failure = recordFailure;
				}
			}
			else {
				this.done[index] = true;
				if (this.nextOfItem[index] >= 0) {
					this.ready.set(this.nextOfItem[index]);
				}
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void abort(Throwable ex) {
		this.lock.lock();
		try {
			Throwable error = this.error;
			if (error == null) {
				this.error = ex;
			}
			else {
				suppress(error, ex);
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private static void suppress(Throwable error, @Nullable Throwable other) {
		if (other != null && other != error) {
			error.addSuppressed(other);
		}
	}

	private Result result() {
		this.lock.lock();
		try {
			if (this.error == null) {
				for (int i = 0; i < this.lowestFailed; i++) {
					if (!this.done[i]) {
						this.error = new IllegalStateException("Record " + (i + 1) + " of " + this.records.size()
								+ " did not run: the dispatcher was closed while the batch ran");
						break;
					}
				}
			}
			return new Result(this.lowestFailed, this.failure, this.errorIndex, this.error);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The result of a batch.
	 *
	 * @param lowestFailed the index of the lowest failed record, or the size of the batch
	 * when none failed
	 * @param failure what failed that record, or {@code null}
	 * @param errorIndex the index of the record that threw the error, or -1 when none did
	 * (or the error came from starting a worker)
	 * @param error the {@link Error} (or other throwable) that fails the invocation, or
	 * {@code null}
	 */
	record Result(int lowestFailed, @Nullable Exception failure, int errorIndex, @Nullable Throwable error) {

	}

}
