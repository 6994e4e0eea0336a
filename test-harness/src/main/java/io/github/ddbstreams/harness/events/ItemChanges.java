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

package io.github.ddbstreams.harness.events;

/**
 * Events with many changes of a few items of one table, interleaved: record {@code i}
 * changes item {@link #id(int, int) id-(i % items)} to the name {@link #name(int)
 * v&lt;i&gt;} ({@link #eventName(int, int) an INSERT} for the first change of an item, a
 * MODIFY from the previous name after), with sequence number {@link #sequenceNumber(int)
 * sequenceNumber(i)}. The items are those of
 * {@link StreamEventJson#insert(String, String, String)}: {@code {"id": {"S": id},
 * "name": {"S": name}}}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class ItemChanges {

	private ItemChanges() {
	}

	/**
	 * Return the event JSON of {@code records} changes of {@code items} items.
	 * @param streamArn the stream the records come from
	 * @param records the number of records
	 * @param items the number of items
	 * @return the event JSON
	 */
	public static String event(String streamArn, int records, int items) {
		StreamEventJson event = StreamEventJson.event().from(streamArn);
		for (int i = 0; i < records; i++) {
			if (i < items) {
				event.insert(sequenceNumber(i), id(i, items), name(i));
			}
			else {
				event.modify(sequenceNumber(i), id(i, items), name(i - items), name(i));
			}
		}
		return event.json();
	}

	/**
	 * Return the sequence number of record {@code i}.
	 * @param i the index of the record in the batch
	 * @return its sequence number, of 21 digits like DynamoDB's
	 */
	public static String sequenceNumber(int i) {
		return "3000000000000000" + String.format("%05d", i);
	}

	/**
	 * Return the key of the item that record {@code i} changes.
	 * @param i the index of the record
	 * @param items the number of items
	 * @return the value of its {@code id} attribute
	 */
	public static String id(int i, int items) {
		return "id-" + (i % items);
	}

	/**
	 * Return the event name of record {@code i}.
	 * @param i the index of the record
	 * @param items the number of items
	 * @return {@code INSERT} for the first change of an item, {@code MODIFY} after
	 */
	public static String eventName(int i, int items) {
		return (i < items) ? "INSERT" : "MODIFY";
	}

	/**
	 * Return the name that record {@code i} gives its item.
	 * @param i the index of the record
	 * @return the value of the {@code name} attribute in its new image
	 */
	public static String name(int i) {
		return "v" + i;
	}

}
