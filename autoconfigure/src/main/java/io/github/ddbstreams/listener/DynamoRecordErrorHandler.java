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

/**
 * Strategy for a record whose listener threw: recover it, or let it fail its batch.
 * <p>
 * A handler that returns normally recovers the record: it counts as processed, and the
 * batch goes on with the next record. A handler that throws (rethrowing the given
 * exception is the usual way) leaves the record failed: the batch stops there and Lambda
 * retries from that record. Only one handler is used: declare a single bean.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@FunctionalInterface
public interface DynamoRecordErrorHandler {

	/**
	 * Handle the failure of a record.
	 * @param record the record whose listener threw
	 * @param exception what the listener threw
	 * @throws Exception to leave the record failed
	 */
	void handle(DynamoRecord record, Exception exception) throws Exception;

}
