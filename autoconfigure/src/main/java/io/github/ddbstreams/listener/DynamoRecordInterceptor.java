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

import org.jspecify.annotations.Nullable;

/**
 * Callbacks around the handling of each record, for metrics, tracing or the logging MDC.
 * Interceptors see every record of a batch that is handled, including those no listener
 * wants, and run in {@link org.springframework.core.annotation.Order @Order} order.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public interface DynamoRecordInterceptor {

	/**
	 * Called before the listeners of a record run.
	 * @param record the record
	 */
	default void beforeRecord(DynamoRecord record) {
	}

	/**
	 * Called after the listeners of a record ran, and after the error handler when one
	 * ran, whatever the outcome.
	 * @param record the record
	 * @param failure what failed the record, or {@code null} when the record was
	 * processed or recovered
	 */
	default void afterRecord(DynamoRecord record, @Nullable Exception failure) {
	}

}
