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
import java.util.Map;

import io.github.ddbstreams.lambda.WindowInvocation;
import io.github.ddbstreams.listener.DynamoWindow;
import org.jspecify.annotations.Nullable;

/**
 * The tumbling windows of one shard, as Lambda's event source mapping keeps them: each
 * record belongs to the window its approximate creation time falls in (windows start at
 * multiples of their length since the epoch), a batch holds records of one window only,
 * and the state the function returns is passed to the window's next invocation until its
 * final one, after which the next window starts with an empty state.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ShardWindows {

	private final Duration length;

	private final ShardLocation shard;

	private @Nullable Instant openStart;

	private Map<String, String> state = Map.of();

	ShardWindows(Duration length, ShardLocation shard) {
		this.length = length;
		this.shard = shard;
	}

	/**
	 * Return the start of the window a record belongs to.
	 * @param record the record
	 * @param now the time to use for a record without creation time
	 * @return the window's start
	 */
	Instant startOf(ShardRecord record, Instant now) {
		Instant created = (record.approximateCreationTime() != null) ? record.approximateCreationTime() : now;
		long seconds = this.length.getSeconds();
		return Instant.ofEpochSecond(Math.floorDiv(created.getEpochSecond(), seconds) * seconds);
	}

	/**
	 * Return the end of a window.
	 * @param start the window's start
	 * @return its end
	 */
	Instant endOf(Instant start) {
		return start.plus(this.length);
	}

	/**
	 * Return how many records at the head of the given ones belong to the window of the
	 * first.
	 * @param records records in shard order
	 * @param now the time to use for records without creation time
	 * @return the count, at least 1 when there are records
	 */
	int sameWindow(Iterable<ShardRecord> records, Instant now) {
		Instant start = null;
		int count = 0;
		for (ShardRecord record : records) {
			Instant recordStart = startOf(record, now);
			if (start != null && !recordStart.equals(start)) {
				break;
			}
			start = recordStart;
			count++;
		}
		return count;
	}

	/**
	 * Return the start of the window that has had an invocation but not its final one.
	 * @return the start, or {@code null} when no window is open
	 */
	@Nullable Instant openWindow() {
		return this.openStart;
	}

	/**
	 * Return the fields of an invocation of a window.
	 * @param start the window's start
	 * @param isFinal whether the invocation is the window's last
	 * @param isTerminatedEarly whether the window ends before its time, as records of it
	 * were discarded
	 * @return the window and the state to pass
	 */
	WindowInvocation invocation(Instant start, boolean isFinal, boolean isTerminatedEarly) {
		if (!start.equals(this.openStart)) {
			this.openStart = start;
			this.state = Map.of();
		}
		DynamoWindow window = new DynamoWindow(start, endOf(start), this.shard.shardId(), this.shard.streamArn(),
				isFinal, isTerminatedEarly);
		return new WindowInvocation(window, this.state);
	}

	/**
	 * Keep the state the function returned for the open window.
	 * @param state the returned state
	 */
	void keep(Map<String, String> state) {
		this.state = Map.copyOf(state);
	}

	/**
	 * Close the open window after its final invocation succeeded: the next invocation of
	 * any window starts from an empty state.
	 */
	void close() {
		this.openStart = null;
		this.state = Map.of();
	}

}
