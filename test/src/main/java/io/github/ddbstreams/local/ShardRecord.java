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

package io.github.ddbstreams.local;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record read from a shard, ready to join a batch.
 *
 * @param sequenceNumber the sequence number of the record in its shard
 * @param approximateCreationTime when the change was made, as DynamoDB reports it
 * @param json the record as in the event Lambda sends
 * @author DynamoDB Streams for Spring Boot contributors
 */
record ShardRecord(String sequenceNumber, @Nullable Instant approximateCreationTime, ObjectNode json) {

}
