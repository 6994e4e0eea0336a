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

package io.github.ddbstreams.lambda;

import java.util.List;

import io.github.ddbstreams.listener.DynamoRecord;
import org.jspecify.annotations.Nullable;

/**
 * A decoded Lambda event for DynamoDB stream records: the records, and the tumbling
 * window of the invocation when the event source mapping has one.
 *
 * @param records the records, in batch order
 * @param window the window and its state, or {@code null} for an event without a window
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamEventContent(List<DynamoRecord> records, @Nullable WindowInvocation window) {

	/**
	 * Create an event's content.
	 * @param records the records
	 * @param window the window, or {@code null}
	 */
	public StreamEventContent {
		records = List.copyOf(records);
	}

}
