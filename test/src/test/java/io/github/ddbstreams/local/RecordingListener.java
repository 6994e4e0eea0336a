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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener that records what it processed, and fails records on demand.
 */
class RecordingListener implements DynamoRecordListener {

	private final List<Delivery> deliveries = new ArrayList<>();

	private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final List<Integer> failedAttempts = new CopyOnWriteArrayList<>();

	private volatile BiPredicate<DynamoRecord, Integer> failure = (record, attempt) -> false;

	private volatile Duration delay = Duration.ZERO;

	private volatile Predicate<DynamoRecord> held = (record) -> false;

	private volatile CountDownLatch release = new CountDownLatch(0);

	@Override
	public void onRecord(DynamoRecord record) {
		int attempt = this.attempts.merge(record.sequenceNumber(), 1, Integer::sum);
		if (!this.delay.isZero()) {
			sleep(this.delay);
		}
		if (this.held.test(record)) {
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		if (this.failure.test(record, attempt)) {
			this.failures.incrementAndGet();
			this.failedAttempts.add(attempt);
			throw new IllegalStateException("Failing record " + record.sequenceNumber() + " on attempt " + attempt);
		}
		synchronized (this.deliveries) {
			this.deliveries.add(new Delivery(record.tableName(), record.eventName(), record.sequenceNumber(),
					record.keys(), record.newImage(), record.oldImage(), record.isTimeToLiveDelete(),
					record.approximateCreationTime(), attempt));
		}
	}

	/**
	 * Fail the records that the condition selects, on the given attempt (counting from
	 * 1).
	 * @param failure the condition
	 */
	void failWhen(BiPredicate<DynamoRecord, Integer> failure) {
		this.failure = failure;
	}

	/**
	 * Fail the records the condition selects, on every attempt.
	 * @param failure the condition
	 */
	void alwaysFail(Predicate<DynamoRecord> failure) {
		failWhen((record, attempt) -> failure.test(record));
	}

	/**
	 * Hold the records the condition selects until a latch is released.
	 * @param held the condition
	 * @param release the latch
	 */
	void hold(Predicate<DynamoRecord> held, CountDownLatch release) {
		this.release = release;
		this.held = held;
	}

	/**
	 * Take this long for each record.
	 * @param delay how long
	 */
	void slowDown(Duration delay) {
		this.delay = delay;
	}

	/**
	 * Forget what was processed and fail nothing any more.
	 */
	void reset() {
		synchronized (this.deliveries) {
			this.deliveries.clear();
		}
		this.attempts.clear();
		this.failures.set(0);
		this.failedAttempts.clear();
		this.failure = (record, attempt) -> false;
		this.delay = Duration.ZERO;
	}

	List<Delivery> deliveries() {
		synchronized (this.deliveries) {
			return List.copyOf(this.deliveries);
		}
	}

	int failures() {
		return this.failures.get();
	}

	/**
	 * Return the attempt of each failure, in the order of the failures.
	 * @return the attempts, counting from 1
	 */
	List<Integer> failedAttempts() {
		return List.copyOf(this.failedAttempts);
	}

	int attempts(String sequenceNumber) {
		return this.attempts.getOrDefault(sequenceNumber, 0);
	}

	/**
	 * Wait until the listener has processed at least a number of records.
	 * @param count the number of records
	 * @param timeout how long to wait at most
	 * @return the records processed
	 */
	List<Delivery> awaitDeliveries(int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (deliveries().size() < count && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(20));
		}
		List<Delivery> deliveries = deliveries();
		assertThat(deliveries).as("records processed within " + timeout).hasSizeGreaterThanOrEqualTo(count);
		return deliveries;
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One record the listener processed.
	 *
	 * @param table the logical table name
	 * @param eventName the event name
	 * @param sequenceNumber the sequence number
	 * @param keys the keys
	 * @param newImage the new image
	 * @param oldImage the old image
	 * @param timeToLiveDelete whether Time to Live deleted the item
	 * @param approximateCreationTime when the change was made
	 * @param attempt the attempt that succeeded
	 */
	record Delivery(@Nullable String table, DynamoEventName eventName, String sequenceNumber,
			Map<String, AttributeValue> keys, @Nullable Map<String, AttributeValue> newImage,
			@Nullable Map<String, AttributeValue> oldImage, boolean timeToLiveDelete,
			@Nullable Instant approximateCreationTime, int attempt) {

		String id() {
			return this.keys.get("id").s();
		}

		@Nullable String newAttribute(String name) {
			return attribute(this.newImage, name);
		}

		@Nullable String oldAttribute(String name) {
			return attribute(this.oldImage, name);
		}

		private static @Nullable String attribute(@Nullable Map<String, AttributeValue> image, String name) {
			if (image == null || !image.containsKey(name)) {
				return null;
			}
			AttributeValue value = image.get(name);
			return (value.s() != null) ? value.s() : value.n();
		}

	}

}
