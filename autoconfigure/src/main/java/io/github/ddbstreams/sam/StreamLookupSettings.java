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

package io.github.ddbstreams.sam;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How the stream ARN of an existing table is looked up when the template is generated.
 *
 * @param endpoint the endpoint of the DynamoDB API, or {@code null} for the endpoint of
 * the region
 * @param region the region of the tables, or {@code null} for the AWS SDK's default chain
 * @param timeout the longest time to wait for the lookup of one table
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamLookupSettings(@Nullable URI endpoint, @Nullable String region, Duration timeout) {

}
