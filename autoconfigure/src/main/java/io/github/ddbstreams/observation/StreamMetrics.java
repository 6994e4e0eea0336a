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

package io.github.ddbstreams.observation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The meters of DynamoDB stream dispatch, in terms that need no metrics library:
 * {@link MicrometerStreamMetrics} records them in a Micrometer {@code MeterRegistry}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public interface StreamMetrics {

	/**
	 * Records nothing.
	 */
	StreamMetrics NONE = new StreamMetrics() {
	};

	/**
	 * Record that a batch arrived: its iterator age is the time between now and the
	 * approximate creation time of its last record.
	 * @param tableName the logical name of the batch's table, or {@code null} when not
	 * known
	 * @param lastCreationTime the approximate creation time of the batch's last record,
	 * or {@code null} when it has none
	 */
	default void recordBatch(@Nullable String tableName, @Nullable Instant lastCreationTime) {
	}

	/**
	 * Record what became of a record.
	 * @param tableName the logical name of the record's table, or {@code null} when not
	 * known
	 * @param outcome the outcome
	 */
	default void recordOutcome(@Nullable String tableName, RecordOutcome outcome) {
	}

}
