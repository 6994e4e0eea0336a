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

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The threads that run the records of a batch in parallel: a new virtual thread per
 * worker on Java 21 and later, and on Java 17 a pool of platform threads, bounded by the
 * largest concurrency, whose idle threads end after a minute and which is shut down when
 * the dispatcher closes (waiting up to 30 seconds for running records, then interrupting
 * them).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
abstract class RecordThreads implements AutoCloseable {

	/**
	 * The prefix of the names of the threads.
	 */
	static final String NAME_PREFIX = "dynamodb-streams-record-";

	private volatile boolean closed;

	/**
	 * Start a worker.
	 * @param work what the worker does
	 * @return the started worker
	 * @throws IllegalStateException if the threads are closed
	 */
	Worker start(Runnable work) {
		if (this.closed) {
			throw new IllegalStateException("The dispatcher is closed: it runs no more records in parallel");
		}
		return startWorker(work);
	}

	abstract Worker startWorker(Runnable work);

	@Override
	public void close() {
		this.closed = true;
		stop();
	}

	abstract void stop();

	/**
	 * Return the threads for this Java runtime.
	 * @param maximumConcurrency the largest number of workers at once
	 * @param virtual whether to use virtual threads when the runtime has them
	 * @return the threads
	 */
	static RecordThreads create(int maximumConcurrency, boolean virtual) {
		ThreadFactory virtualThreads = virtual ? virtualThreadFactory() : null;
		return (virtualThreads != null) ? new VirtualThreads(virtualThreads)
				: new PlatformThreadPool(maximumConcurrency);
	}

	/**
	 * Return whether this Java runtime has virtual threads (Java 21 and later).
	 * @return whether virtual threads are available
	 */
	static boolean hasVirtualThreads() {
		return virtualThreadFactory() != null;
	}

	private static @Nullable ThreadFactory virtualThreadFactory() {
		try {
			Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
			Class<?> builderType = Class.forName("java.lang.Thread$Builder");
			Method name = builderType.getMethod("name", String.class, long.class);
			Object named = name.invoke(builder, NAME_PREFIX, 0L);
			return (ThreadFactory) builderType.getMethod("factory").invoke(named);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A started worker.
	 */
	interface Worker {

		/**
		 * Wait until the worker has finished, without being interruptible (the interrupt
		 * status is kept).
		 */
		void await();

	}

	/**
	 * A new virtual thread per worker: nothing outlives the batch.
	 */
	private static final class VirtualThreads extends RecordThreads {

		private final ThreadFactory factory;

		VirtualThreads(ThreadFactory factory) {
			this.factory = factory;
		}

		@Override
		Worker startWorker(Runnable work) {
			Thread thread = this.factory.newThread(work);
			thread.start();
			return () -> {
				boolean interrupted = false;
				while (true) {
					try {
						thread.join();
						break;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
				}
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			};
		}

		@Override
		void stop() {
		}

	}

	/**
	 * A pool of platform threads for Java 17, bounded by the largest concurrency.
	 */
	private static final class PlatformThreadPool extends RecordThreads {

		private final ThreadPoolExecutor executor;

		private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

		PlatformThreadPool(int maximumConcurrency) {
			AtomicLong count = new AtomicLong();
			ThreadFactory factory = (work) -> {
				Thread thread = new Thread(work, NAME_PREFIX + count.getAndIncrement());
				thread.setDaemon(true);
				this.threads.removeIf((started) -> !started.isAlive());
				this.threads.add(thread);
				return thread;
			};
			this.executor = new ThreadPoolExecutor(maximumConcurrency, maximumConcurrency, 60, TimeUnit.SECONDS,
					new LinkedBlockingQueue<>(), factory);
			this.executor.allowCoreThreadTimeOut(true);
		}

		@Override
		Worker startWorker(Runnable work) {
			Future<?> future = this.executor.submit(work);
			return () -> {
				boolean interrupted = false;
				while (true) {
					try {
						future.get();
						break;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
					catch (ExecutionException | CancellationException ex) {
						break;
					}
				}
				if (interrupted) {
					Thread.currentThread().interrupt();
				}
			};
		}

		@Override
		void stop() {
			this.executor.shutdown();
			try {
				if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
					stopNow();
				}
				for (Thread thread : this.threads) {
					thread.join(TimeUnit.SECONDS.toMillis(1));
				}
			}
			catch (InterruptedException ex) {
				stopNow();
				Thread.currentThread().interrupt();
			}
		}

		private void stopNow() {
			for (Runnable queued : this.executor.shutdownNow()) {
				if (queued instanceof Future<?> future) {
					future.cancel(false);
				}
			}
		}

	}

}
