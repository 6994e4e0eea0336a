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

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settings of the local stream loop itself; the event source mapping settings of each
 * table come with the table.
 *
 * @param pollInterval the time between two reads of a shard that had no new records, and
 * the first backoff of a retry
 * @param createTables whether to create missing tables and enable missing streams, or
 * {@code null} to do so everywhere but on AWS
 * @param timeToLiveAttributes the Time to Live attribute of the tables the loop creates,
 * by table reference
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record LocalLoopSettings(Duration pollInterval, @Nullable Boolean createTables,
		Map<String, String> timeToLiveAttributes) {

}
