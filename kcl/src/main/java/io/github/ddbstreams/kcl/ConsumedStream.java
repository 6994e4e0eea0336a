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

package io.github.ddbstreams.kcl;

import io.github.ddbstreams.mapping.EventSourceMappingSettings;

/**
 * A stream the consumer reads: the stream of one of the application's tables.
 *
 * @param streamArn the ARN of the stream
 * @param tableName the name of the table in DynamoDB
 * @param logicalName the name the table goes by in the application
 * @param settings the table's settings, of which the consumer applies the retry limit and
 * the maximum record age
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record ConsumedStream(String streamArn, String tableName, String logicalName,
		EventSourceMappingSettings settings) {

}
