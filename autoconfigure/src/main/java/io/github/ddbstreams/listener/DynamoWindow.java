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

package io.github.ddbstreams.listener;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The tumbling window of an invocation: Lambda groups the records of a shard into fixed
 * windows of the event source mapping's {@code TumblingWindowInSeconds}, by the time they
 * entered the stream, and hands a window's records over in one or more invocations.
 *
 * @param start the start of the window (inclusive)
 * @param end the end of the window (exclusive)
 * @param shardId the shard of the records, or {@code null} when the event does not say
 * @param eventSourceArn the stream of the records, or {@code null} when the event does
 * not say
 * @param isFinal whether this is the last invocation of the window, after which its state
 * is dropped and the next invocation starts a new window
 * @param isTerminatedEarly whether Lambda ended the window early (its state grew over 1
 * MB); the next invocation continues the same window with a fresh state
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DynamoWindowListener
 */
public record DynamoWindow(Instant start, Instant end, @Nullable String shardId, @Nullable String eventSourceArn,
		boolean isFinal, boolean isTerminatedEarly) {

	@Override
	public String toString() {
		return "DynamoWindow{" + this.start + " to " + this.end + ", shard " + LogText.escape(this.shardId)
				+ (this.isFinal ? ", final" : "") + (this.isTerminatedEarly ? ", terminated early" : "") + "}";
	}

}
