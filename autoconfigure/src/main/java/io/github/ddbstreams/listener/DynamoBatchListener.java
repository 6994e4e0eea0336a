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

import java.util.List;

/**
 * Callback for the records of one invocation that a listener wants, all at once, in
 * stream order: the batch counterpart of {@link DynamoRecordListener}.
 * <p>
 * Declare the tables and event names it wants with {@link DynamoStreamListener}, as for a
 * record listener; it receives the records of each invocation that match, and is not
 * called when none does. To fail part of the batch, throw a
 * {@link BatchListenerFailedException} that names the failed record: the records before
 * it count as processed, and Lambda retries from it. Any other exception fails the first
 * record the listener received. The response of the invocation names the lowest failed
 * record of all its listeners.
 * <p>
 * Delivery is at least once, as for record listeners: a retried batch delivers again the
 * records from the failed one on, some of which this listener may have processed.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see BatchListenerFailedException
 */
@FunctionalInterface
public interface DynamoBatchListener {

	/**
	 * Handle the records of an invocation that this listener wants.
	 * @param records the records, in stream order, never empty
	 * @throws BatchListenerFailedException to fail the named record and every record
	 * after it
	 * @throws Exception to fail the first of the records
	 */
	void onBatch(List<DynamoRecord> records) throws Exception;

}
