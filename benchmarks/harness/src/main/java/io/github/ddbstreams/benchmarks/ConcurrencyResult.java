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

package io.github.ddbstreams.benchmarks;

import java.util.List;

/**
 * The concurrency benchmark's measurements: one batch of records over a few items with a
 * listener that waits for each record, handled one record at a time and with records of
 * different items in parallel, in the same rounds.
 *
 * @param description what the batch and the listener are, such as {@code 200 records over
 * 20 items, 10 ms listener}
 * @param concurrency the concurrency of the parallel runs
 * @param sequentialNanos the batch with concurrency 1, in round order
 * @param concurrentNanos the batch with that concurrency, in round order
 * @author DynamoDB Streams for Spring Boot contributors
 */
record ConcurrencyResult(String description, int concurrency, List<Long> sequentialNanos, List<Long> concurrentNanos) {

}
