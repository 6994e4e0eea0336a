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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the local stream loop: one per stream and one per shard being read. They
 * are not daemon threads, so that they keep an application that has nothing else to do
 * running, as a web server would.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ShardThreads {

	private final AtomicInteger count = new AtomicInteger();

	private final List<Thread> threads = new CopyOnWriteArrayList<>();

	/**
	 * Start a thread that follows a stream.
	 * @param source the stream
	 * @param follower what the thread does
	 */
	void start(StreamSource source, Runnable follower) {
		start("streams-" + source.table(), follower);
	}

	/**
	 * Start a thread that reads a shard.
	 * @param shard the shard
	 * @param reader what the thread does
	 */
	void start(ShardLocation shard, Runnable reader) {
		String shardId = shard.shardId();
		start("streams-" + shard.table() + "-" + shardId.substring(Math.max(0, shardId.length() - 8)), reader);
	}

	private void start(String name, Runnable task) {
		Thread thread = new Thread(() -> {
			try {
				task.run();
			}
			finally {
				this.threads.remove(Thread.currentThread());
			}
		}, name + "-" + this.count.incrementAndGet());
		this.threads.add(thread);
		thread.start();
	}

	/**
	 * Wait for every thread to end.
	 * @param timeout how long to wait at most
	 * @return whether every thread ended
	 */
	boolean awaitTermination(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (Thread thread : this.threads) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			try {
				thread.join(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return this.threads.stream().noneMatch(Thread::isAlive);
	}

}
