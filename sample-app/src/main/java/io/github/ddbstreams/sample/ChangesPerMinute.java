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

package io.github.ddbstreams.sample;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Counts the customers added, changed and removed in each minute, with no database:
 * Lambda carries the counts from one invocation of a minute's tumbling window to the next
 * ({@code dynamodb.streams.tables.test-table.tumbling-window: 60s}), and the window's
 * final invocation logs the totals. Set {@code clerk.changes-per-minute=false} and the
 * table's tumbling window to 0 to go without (the {@code dynamodbStreamsConsumer}
 * function keeps no window state).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
@ConditionalOnProperty(name = "clerk.changes-per-minute", matchIfMissing = true)
@DynamoStreamListener(tables = "test-table")
class ChangesPerMinute implements DynamoWindowListener<ChangesPerMinute.Changes> {

	private static final Log logger = LogFactory.getLog(ChangesPerMinute.class);

	@Override
	public Changes initialState() {
		return new Changes(0, 0, 0);
	}

	@Override
	public Changes onRecord(Changes changes, DynamoRecord record, DynamoWindow window) {
		return changes.plus(record.eventName());
	}

	@Override
	public void onWindowEnd(Changes changes, DynamoWindow window) {
		logger.info("Customers from " + window.start() + " to " + window.end() + ": " + changes.added() + " added, "
				+ changes.changed() + " changed, " + changes.removed() + " removed"
				+ (window.isTerminatedEarly() ? " (window ended early: records were discarded)" : ""));
	}

	/**
	 * The changes of one minute so far: the state of the window.
	 *
	 * @param added the customers added
	 * @param changed the customers changed
	 * @param removed the customers removed
	 */
	record Changes(int added, int changed, int removed) {

		Changes plus(DynamoEventName eventName) {
			return switch (eventName) {
				case INSERT -> new Changes(this.added + 1, this.changed, this.removed);
				case MODIFY -> new Changes(this.added, this.changed + 1, this.removed);
				case REMOVE -> new Changes(this.added, this.changed, this.removed + 1);
			};
		}

	}

}
