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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the KCL consumer: up while KCL's scheduler runs, with the shards whose
 * leases this instance holds and the age of its last checkpoint; down when the scheduler
 * does not run. An instance holding no lease is up: the other instances may hold them
 * all.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class KclConsumerHealthIndicator extends AbstractHealthIndicator {

	private final ConsumerActivity activity;

	private final Clock clock;

	/**
	 * Create the indicator.
	 * @param activity the activity of the consumer
	 * @param clock the clock of the checkpoint age
	 */
	public KclConsumerHealthIndicator(ConsumerActivity activity, Clock clock) {
		super("KCL consumer health check failed");
		this.activity = activity;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (this.activity.isRunning()) {
			builder.up();
		}
		else {
			builder.down();
		}
		builder.withDetail("leases", this.activity.shards().size()).withDetail("shards", this.activity.shards());
		Instant lastCheckpoint = this.activity.lastCheckpoint();
		if (lastCheckpoint != null) {
			builder.withDetail("lastCheckpoint", lastCheckpoint.toString())
				.withDetail("lastCheckpointAge", Duration.between(lastCheckpoint, this.clock.instant()).toString());
		}
	}

}
