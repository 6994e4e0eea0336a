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

package io.github.ddbstreams.local.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Configuration properties of the local stream loop, which polls the streams of the
 * tables and invokes the function with the events Lambda would send.
 * <p>
 * Every value is checked when the application starts: an invalid one fails the startup
 * with a message naming the property, the value and the allowed range.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@ConfigurationProperties("dynamodb.streams.local")
public class DynamoStreamsLocalProperties implements Validator {

	private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

	private static final Duration LONGEST_POLL_INTERVAL = Duration.ofMinutes(1);

	private static final Duration LONGEST_STARTUP_TIMEOUT = Duration.ofMinutes(10);

	/**
	 * Whether to run the local stream loop. Never starts in the 'sam' profile or on AWS
	 * Lambda.
	 */
	private boolean enabled;

	/**
	 * Endpoint of DynamoDB and DynamoDB Streams, such as 'http://localhost:4566' for
	 * LocalStack. When not set, the loop uses the DynamoDB of a container bean, else a
	 * managed moto server, else AWS when the managed moto server is disabled.
	 */
	private @Nullable URI endpoint;

	/**
	 * Region of the DynamoDB clients. Defaults to 'us-east-1' for moto and an endpoint,
	 * and to the AWS SDK default region provider chain for AWS.
	 */
	private @Nullable String region;

	/**
	 * Whether to create the tables that do not exist (with their key schema, stream and
	 * Time to Live attribute) and to enable the stream of a table that has none. Defaults
	 * to true for moto, a container and an endpoint, false for AWS.
	 */
	private @Nullable Boolean createTables;

	/**
	 * Time between two reads of a shard that had no new records (at most 1 minute).
	 * Lambda polls four times per second.
	 */
	private Duration pollInterval = Duration.ofMillis(250);

	/**
	 * Directory that receives, for each batch of records that exhausted their retries or
	 * their maximum age, a JSON file shaped like the on-failure record Lambda sends to an
	 * S3 destination.
	 */
	private Path onFailureDirectory = Path.of(System.getProperty("java.io.tmpdir"), "dynamodb-streams", "on-failure");

	/**
	 * Time to Live attribute of the tables the loop creates, by logical table name. moto
	 * stores it but never deletes expired items.
	 */
	private Map<String, String> timeToLiveAttributes = new LinkedHashMap<>();

	private final Moto moto = new Moto();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
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

	public @Nullable Boolean getCreateTables() {
		return this.createTables;
	}

	public void setCreateTables(@Nullable Boolean createTables) {
		this.createTables = createTables;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public Path getOnFailureDirectory() {
		return this.onFailureDirectory;
	}

	public void setOnFailureDirectory(Path onFailureDirectory) {
		this.onFailureDirectory = onFailureDirectory;
	}

	public Map<String, String> getTimeToLiveAttributes() {
		return this.timeToLiveAttributes;
	}

	public void setTimeToLiveAttributes(Map<String, String> timeToLiveAttributes) {
		this.timeToLiveAttributes = timeToLiveAttributes;
	}

	public Moto getMoto() {
		return this.moto;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DynamoStreamsLocalProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		URI endpoint = this.endpoint;
		if (endpoint != null && (!endpoint.isAbsolute() || endpoint.getHost() == null
				|| !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())))) {
			reject(errors, "endpoint", endpoint, "must be an absolute http or https URI such as http://localhost:4566");
		}
		String region = this.region;
		if (region != null && !REGION.matcher(region).matches()) {
			reject(errors, "region", region, "must be an AWS region name such as us-east-1");
		}
		if (this.pollInterval.isNegative() || this.pollInterval.isZero()
				|| this.pollInterval.compareTo(LONGEST_POLL_INTERVAL) > 0) {
			reject(errors, "poll-interval", this.pollInterval, "must be longer than 0 and at most 1 minute");
		}
		this.timeToLiveAttributes.forEach((table, attribute) -> {
			if (attribute.isBlank()) {
				reject(errors, "time-to-live-attributes." + table, attribute,
						"Time to Live attribute of table '" + table + "' must not be blank");
			}
		});
		if (this.moto.getPort() < 0 || this.moto.getPort() > 65535) {
			reject(errors, "moto.port", this.moto.getPort(), "must be between 0 (a free port) and 65535");
		}
		Duration startupTimeout = this.moto.getStartupTimeout();
		if (startupTimeout.isNegative() || startupTimeout.isZero()
				|| startupTimeout.compareTo(LONGEST_STARTUP_TIMEOUT) > 0) {
			reject(errors, "moto.startup-timeout", startupTimeout, "must be longer than 0 and at most 10 minutes");
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

	/**
	 * Settings of the managed moto server: a moto server (Apache-2.0) that the loop
	 * starts as a child process on the loopback interface when neither an endpoint nor a
	 * container bean gives it a database, and stops with the application.
	 */
	public static class Moto {

		/**
		 * Whether to start a managed moto server when neither an endpoint nor a DynamoDB
		 * container bean is there. When false, the loop polls the streams on AWS.
		 */
		private boolean enabled = true;

		/**
		 * Loopback port of the managed moto server, 0 for a free port. A DynamoDB that
		 * already answers on this port is used as it is.
		 */
		private int port = 8000;

		/**
		 * Path of the moto_server executable. By default moto_server on the PATH or in
		 * ~/.local/bin (where pipx installs it), else 'python3 -m moto.server'.
		 */
		private @Nullable Path executable;

		/**
		 * Time the managed moto server has to answer after it was started.
		 */
		private Duration startupTimeout = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable Path getExecutable() {
			return this.executable;
		}

		public void setExecutable(@Nullable Path executable) {
			this.executable = executable;
		}

		public Duration getStartupTimeout() {
			return this.startupTimeout;
		}

		public void setStartupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
		}

	}

}
