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

/**
 * A small Lambda function for this module's ITs, packaged the way {@code sam build} lays
 * it out by this module's own build: its classes in {@code target/classes}, its runtime
 * dependencies in {@code target/dependency} (copy-dependencies at package phase).
 * <p>
 * {@link io.github.ddbstreams.it.app.ItemsApplication} listens to the table {@code items}
 * (namespace {@code it}, so the stream of table {@code it_items}) and logs one line per
 * record it maps to an {@link io.github.ddbstreams.it.app.Item}:
 * {@code Item <id> <eventName> named <name>}. An item named {@code fail} makes the
 * listener throw. {@link io.github.ddbstreams.it.app.ItemsSettings} (environment
 * {@code ITEMS_LATENCY}, {@code ITEMS_FAILSEQUENCENUMBERS}) gives the listener a latency
 * per record and records to fail; {@code DYNAMODB_STREAMS_CONCURRENCY} its concurrency.
 * ITs start it under the Lambda runtime interface client with
 * {@code ItemsFunction.start(...)} (in the test sources, same package), invoke it with
 * real-shaped events from {@code StreamEventJson.event().from(ItemsFunction.STREAM_ARN)},
 * and read its responses and its log lines.
 */
@NullMarked
package io.github.ddbstreams.it.app;

import org.jspecify.annotations.NullMarked;
