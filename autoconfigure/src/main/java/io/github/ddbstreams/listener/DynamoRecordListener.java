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
 * Callback for one DynamoDB stream record: the lower-level form of a listener, beside
 * {@link DynamoStreamListener @DynamoStreamListener} methods with typed parameters.
 * <p>
 * Declare the tables and event names a listener wants with {@link DynamoStreamListener}
 * on the bean class or on its {@code @Bean} method; a listener without that annotation
 * receives every record of every table. Listeners of one record (beans and methods) run
 * in {@link org.springframework.core.annotation.Order @Order} order.
 * <p>
 * Delivery is at least once: a record may be delivered again after a failure of this or a
 * later record of the same batch, so implementations should be idempotent (for example,
 * by keeping the highest {@link DynamoRecord#sequenceNumber() sequence number} applied
 * per key).
 * <p>
 * A listener that throws stops the batch at that record: no later record of the batch
 * runs in this invocation, and Lambda retries from the failed record (or the whole batch
 * when partial batch responses are off), unless a {@link DynamoRecordErrorHandler}
 * recovers it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DynamoStreamListener
 * @see DynamoRecordErrorHandler
 * @see DynamoRecordInterceptor
 */
@FunctionalInterface
public interface DynamoRecordListener {

	/**
	 * Handle one stream record.
	 * @param record the record, with its keys and images
	 * @throws Exception to fail the record, which stops its batch
	 */
	void onRecord(DynamoRecord record) throws Exception;

}
