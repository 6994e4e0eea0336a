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

package io.github.ddbstreams.it.app;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Counts the changes of the table {@code tallies} per tumbling window, fails for an item
 * named {@code fail}, and logs each window's totals as
 * {@code Window <start> to <end>: <n> inserts, <n> modifies, <n> removes}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
@DynamoStreamListener(tables = "tallies")
class TallyWindow implements DynamoWindowListener<TallyWindow.Tally> {

	private static final Log logger = LogFactory.getLog(TallyWindow.class);

	@Override
	public Tally initialState() {
		return new Tally(0, 0, 0);
	}

	@Override
	public Tally onRecord(Tally state, DynamoRecord record, DynamoWindow window) {
		Item item = record.item(Item.class);
		if (item != null && "fail".equals(item.name())) {
			throw new IllegalStateException("Item " + item.id() + " is named fail");
		}
		return state.plus(record.eventName());
	}

	@Override
	public void onWindowEnd(Tally state, DynamoWindow window) {
		logger.info("Window " + window.start() + " to " + window.end() + ": " + state.inserts() + " inserts, "
				+ state.modifies() + " modifies, " + state.removes() + " removes");
	}

	/**
	 * The changes of a window so far.
	 *
	 * @param inserts the inserts
	 * @param modifies the modifications
	 * @param removes the removals
	 */
	record Tally(int inserts, int modifies, int removes) {

		Tally plus(DynamoEventName eventName) {
			return switch (eventName) {
				case INSERT -> new Tally(this.inserts + 1, this.modifies, this.removes);
				case MODIFY -> new Tally(this.inserts, this.modifies + 1, this.removes);
				case REMOVE -> new Tally(this.inserts, this.modifies, this.removes + 1);
			};
		}

	}

}
