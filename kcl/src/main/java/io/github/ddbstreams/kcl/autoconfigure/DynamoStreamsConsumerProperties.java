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

package io.github.ddbstreams.kcl.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import io.github.ddbstreams.mapping.StartingPosition;
import org.jspecify.annotations.Nullable;
import software.amazon.kinesis.metrics.MetricsLevel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Configuration properties of the long-running consumer on the Kinesis Client Library
 * ({@code dynamodb.streams.consumer}).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@ConfigurationProperties("dynamodb.streams.consumer")
public class DynamoStreamsConsumerProperties implements Validator {

	private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

	private static final Pattern APPLICATION_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

	private static final int LARGEST_BATCH_SIZE = 1000;

	private static final Duration LONGEST_IDLE_TIME = Duration.ofMinutes(1);

	/**
	 * Whether the consumer reads the tables' streams with the Kinesis Client Library when
	 * the application does not run on AWS Lambda or in the sam profile.
	 */
	private boolean enabled = true;

	/**
	 * Name of the KCL application: the name of its lease table (and of its
	 * '-CoordinatorState' and '-WorkerMetricStats' tables), shared by every instance that
	 * shares the work. Defaults to spring.application.name.
	 */
	private @Nullable String applicationName;

	/**
	 * Identifier of this instance among those sharing the lease table. Defaults to the
	 * host name and a random suffix.
	 */
	private @Nullable String workerId;

	/**
	 * Where a shard without a checkpoint starts reading: TRIM_HORIZON (the oldest record)
	 * or LATEST (records written from now on). Defaults to
	 * dynamodb.streams.starting-position.
	 */
	private @Nullable StartingPosition initialPosition;

	/**
	 * Largest number of records per GetRecords call of a shard, and so per dispatch
	 * (1-1000).
	 */
	private int batchSize = LARGEST_BATCH_SIZE;

	/**
	 * Pause between GetRecords calls of a shard, and the first backoff of a failed record
	 * (doubled on each retry, up to 10 seconds).
	 */
	private Duration idleTime = Duration.ofSeconds(1);

	/**
	 * How long a lease lasts without renewal before another instance takes it over (KCL's
	 * failoverTimeMillis). KCL assigns leases every twice this time.
	 */
	private Duration failoverTime = Duration.ofSeconds(10);

	/**
	 * How long a graceful shutdown waits for the batches in hand, their checkpoints and
	 * the release of the leases.
	 */
	private Duration shutdownGracePeriod = Duration.ofSeconds(20);

	/**
	 * Level of KCL's CloudWatch metrics: NONE (off), SUMMARY or DETAILED.
	 */
	private MetricsLevel metricsLevel = MetricsLevel.NONE;

	/**
	 * Endpoint of DynamoDB and DynamoDB Streams, such as a local moto server; AWS when
	 * not set.
	 */
	private @Nullable URI endpoint;

	/**
	 * AWS region of the streams and lease tables. Defaults to the AWS SDK's region
	 * provider chain, or us-east-1 with an endpoint.
	 */
	private @Nullable String region;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getApplicationName() {
		return this.applicationName;
	}

	public void setApplicationName(@Nullable String applicationName) {
		this.applicationName = applicationName;
	}

	public @Nullable String getWorkerId() {
		return this.workerId;
	}

	public void setWorkerId(@Nullable String workerId) {
		this.workerId = workerId;
	}

	public @Nullable StartingPosition getInitialPosition() {
		return this.initialPosition;
	}

	public void setInitialPosition(@Nullable StartingPosition initialPosition) {
		this.initialPosition = initialPosition;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public Duration getIdleTime() {
		return this.idleTime;
	}

	public void setIdleTime(Duration idleTime) {
		this.idleTime = idleTime;
	}

	public Duration getFailoverTime() {
		return this.failoverTime;
	}

	public void setFailoverTime(Duration failoverTime) {
		this.failoverTime = failoverTime;
	}

	public Duration getShutdownGracePeriod() {
		return this.shutdownGracePeriod;
	}

	public void setShutdownGracePeriod(Duration shutdownGracePeriod) {
		this.shutdownGracePeriod = shutdownGracePeriod;
	}

	public MetricsLevel getMetricsLevel() {
		return this.metricsLevel;
	}

	public void setMetricsLevel(MetricsLevel metricsLevel) {
		this.metricsLevel = metricsLevel;
	}

	public @Nullable URI getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable URI endpoint) {
		this.endpoint = endpoint;
	}

	public @Nullable String getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DynamoStreamsConsumerProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String applicationName = this.applicationName;
		if (applicationName != null && !APPLICATION_NAME.matcher(applicationName).matches()) {
			reject(errors, "application-name", applicationName,
					"must be a DynamoDB table name: 3 to 255 letters, digits, '_', '-' or '.'");
		}
		String workerId = this.workerId;
		if (workerId != null && workerId.isBlank()) {
			reject(errors, "worker-id", workerId, "must not be blank; leave it unset for the host name");
		}
		if (this.batchSize < 1 || this.batchSize > LARGEST_BATCH_SIZE) {
			reject(errors, "batch-size", this.batchSize,
					"must be between 1 and 1000 (the most records a GetRecords call of DynamoDB Streams returns)");
		}
		if (this.idleTime.isNegative() || this.idleTime.isZero() || this.idleTime.compareTo(LONGEST_IDLE_TIME) > 0) {
			reject(errors, "idle-time", this.idleTime, "must be longer than 0 and at most 1 minute");
		}
		if (this.failoverTime.compareTo(Duration.ofSeconds(1)) < 0) {
			reject(errors, "failover-time", this.failoverTime, "must be at least 1 second");
		}
		if (this.shutdownGracePeriod.isNegative() || this.shutdownGracePeriod.isZero()) {
			reject(errors, "shutdown-grace-period", this.shutdownGracePeriod, "must be longer than 0");
		}
		URI endpoint = this.endpoint;
		if (endpoint != null && (!endpoint.isAbsolute() || endpoint.getHost() == null
				|| !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())))) {
			reject(errors, "endpoint", endpoint, "must be an absolute http or https URI such as http://localhost:8000");
		}
		String region = this.region;
		if (region != null && !REGION.matcher(region).matches()) {
			reject(errors, "region", region, "must be an AWS region name such as us-east-1");
		}
	}

	private static void reject(Errors errors, String property, Object value, String reason) {
		Object shown = (value instanceof Duration duration)
				? ((duration.getNano() == 0) ? duration.getSeconds() + "s" : duration.toMillis() + "ms") : value;
		if (errors instanceof BindingResult result) {
			result.addError(new FieldError(errors.getObjectName(), property, shown, false, new String[] { "invalid" },
					null, reason));
		}
		else {
			errors.reject("invalid", property + " " + reason);
		}
	}

}
