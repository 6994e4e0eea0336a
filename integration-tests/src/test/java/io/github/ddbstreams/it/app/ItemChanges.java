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

import io.github.ddbstreams.harness.events.StreamEventJson;

/**
 * Events of the table {@code items} with many changes of a few items, interleaved: record
 * {@code i} changes item {@code id-(i % items)} to the name {@code v<i>} (an INSERT for
 * the first change of an item, a MODIFY after), with sequence number
 * {@link #sequenceNumber(int) sequenceNumber(i)}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ItemChanges {

	private ItemChanges() {
	}

	/**
	 * Return the event JSON of {@code records} changes of {@code items} items.
	 * @param records the number of records
	 * @param items the number of items
	 * @return the event JSON
	 */
	static String event(int records, int items) {
		StreamEventJson event = StreamEventJson.event().from(ItemsFunction.STREAM_ARN);
		for (int i = 0; i < records; i++) {
			String id = "id-" + (i % items);
			if (i < items) {
				event.insert(sequenceNumber(i), id, "v" + i);
			}
			else {
				event.modify(sequenceNumber(i), id, "v" + (i - items), "v" + i);
			}
		}
		return event.json();
	}

	/**
	 * Return the sequence number of record {@code i}.
	 * @param i the index of the record in the batch
	 * @return its sequence number, of 21 digits like DynamoDB's
	 */
	static String sequenceNumber(int i) {
		return "3000000000000000" + String.format("%05d", i);
	}

	/**
	 * Return the line the listener logs for record {@code i}.
	 * @param i the index of the record
	 * @param items the number of items
	 * @return the log line
	 */
	static String logLine(int i, int items) {
		return "Item id-" + (i % items) + " " + ((i < items) ? "INSERT" : "MODIFY") + " named v" + i + "\n";
	}

}
