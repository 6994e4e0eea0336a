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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells the threads of the local stream loop to stop, and wakes them from their pauses.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StopSignal {

	private final CountDownLatch stopped = new CountDownLatch(1);

	/**
	 * Ask every thread to stop.
	 */
	void request() {
		this.stopped.countDown();
	}

	/**
	 * Return whether stopping was asked for.
	 * @return whether to stop
	 */
	boolean isRequested() {
		return this.stopped.getCount() == 0;
	}

	/**
	 * Pause, unless or until stopping is asked for.
	 * @param duration how long to pause
	 * @return whether to go on: {@code false} once stopping was asked for
	 */
	boolean pause(Duration duration) {
		try {
			return !this.stopped.await(Math.max(0, duration.toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
