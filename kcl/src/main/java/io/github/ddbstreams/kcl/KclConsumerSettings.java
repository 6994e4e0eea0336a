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

import java.time.Duration;

import io.github.ddbstreams.mapping.StartingPosition;
import software.amazon.kinesis.metrics.MetricsLevel;

/**
 * Settings of the consumer on the Kinesis Client Library.
 *
 * @param applicationName the name of the KCL application: the name of its lease table,
 * shared by every instance that shares the work
 * @param workerId the identifier of this instance among those sharing the lease table
 * @param initialPosition where a shard without a checkpoint starts
 * @param batchSize the largest number of records of one GetRecords call, and so of one
 * dispatch
 * @param idleTime the pause between GetRecords calls of a shard, and the first backoff of
 * a failed record (doubled on each retry, up to
 * {@value ShardRecordDispatch#LONGEST_BACKOFF_SECONDS} s)
 * @param failoverTime how long a lease lasts without renewal before another instance
 * takes it over
 * @param shutdownGracePeriod how long a graceful shutdown waits for the record in hand,
 * the checkpoints and the release of the leases
 * @param metricsLevel the level of KCL's CloudWatch metrics
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record KclConsumerSettings(String applicationName, String workerId, StartingPosition initialPosition,
		int batchSize, Duration idleTime, Duration failoverTime, Duration shutdownGracePeriod,
		MetricsLevel metricsLevel) {

}
