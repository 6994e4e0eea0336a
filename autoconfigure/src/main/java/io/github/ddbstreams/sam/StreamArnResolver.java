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

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Looks up the latest stream ARN and stream view type of existing tables with the
 * DynamoDB {@code DescribeTable} API, credentials and region coming from the AWS SDK's
 * default chains.
 * <p>
 * The lookup never hangs: each one is given up after a timeout, credentials and region
 * resolution included. Once a lookup could not run (no credentials, no region, no
 * network, no permission), the resolver answers {@link Unavailable} for every other table
 * without trying again. A {@link LinkageError} from the AWS SDK, the sign of AWS SDK
 * modules of different versions on the class path, is answered as
 * {@link IncompatibleAwsSdk}, also for every other table.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class StreamArnResolver implements AutoCloseable {

	private final Supplier<DynamoDbClient> clientFactory;

	private final Duration timeout;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "stream-arn-lookup");
		thread.setDaemon(true);
		return thread;
	});

	private volatile @Nullable DynamoDbClient client;

	private @Nullable Result failure;

	/**
	 * Create a resolver.
	 * @param clientFactory creates the client on the first lookup
	 * @param timeout the longest time to wait for one lookup
	 */
	public StreamArnResolver(Supplier<DynamoDbClient> clientFactory, Duration timeout) {
		this.clientFactory = clientFactory;
		this.timeout = timeout;
	}

	/**
	 * Create a resolver with a client configured by the settings of the lookup.
	 * @param settings the settings of the lookup
	 * @return the resolver
	 */
	public static StreamArnResolver of(StreamLookupSettings settings) {
		Duration timeout = settings.timeout();
		return new StreamArnResolver(() -> {
			DynamoDbClientBuilder builder = DynamoDbClient.builder()
				.httpClient(UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build())
				.overrideConfiguration((configuration) -> configuration.apiCallTimeout(timeout)
					.retryStrategy(AwsRetryStrategy.doNotRetry()));
			if (settings.endpoint() != null) {
				builder.endpointOverride(settings.endpoint());
			}
			if (settings.region() != null) {
				builder.region(Region.of(settings.region()));
			}
			return builder.build();
		}, timeout);
	}

	/**
	 * Look up the stream of a table.
	 * @param table the name or the ARN of the table
	 * @return what the lookup found
	 */
	public synchronized Result lookUp(String table) {
		if (this.failure != null) {
			return this.failure;
		}
		CompletableFuture<Result> lookup = CompletableFuture.supplyAsync(() -> describe(table), this.executor);
		try {
			Result result = lookup.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (result instanceof Unavailable) {
				this.failure = result;
			}
			return result;
		}
		catch (TimeoutException ex) {
			lookup.cancel(true);
			this.failure = new Unavailable("no answer within " + this.timeout.toMillis() + " ms");
			return this.failure;
		}
		catch (ExecutionException ex) {
			this.failure = (ex.getCause() instanceof LinkageError error) ? new IncompatibleAwsSdk(error.toString())
					: new Unavailable(String.valueOf(ex.getCause()));
			return this.failure;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Unavailable("interrupted");
		}
	}

	private Result describe(String table) {
		try {
			TableDescription description = client().describeTable((request) -> request.tableName(table)).table();
			StreamSpecification stream = description.streamSpecification();
			if (stream == null || !Boolean.TRUE.equals(stream.streamEnabled())
					|| description.latestStreamArn() == null) {
				return new StreamDisabled();
			}
			return new Found(description.latestStreamArn(), stream.streamViewTypeAsString());
		}
		catch (ResourceNotFoundException ex) {
			return new TableNotFound(ex.awsErrorDetails().errorMessage());
		}
		catch (AwsServiceException ex) {
			return new Unavailable("DynamoDB refused the lookup: " + ex.awsErrorDetails().errorCode() + " "
					+ ex.awsErrorDetails().errorMessage());
		}
		catch (SdkException ex) {
			return new Unavailable(describe(ex));
		}
	}

	private static String describe(SdkException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.startsWith("Unable to load region")) {
			return "no AWS region: set AWS_REGION, a region in the AWS profile, or"
					+ " dynamodb.streams.sam.stream-lookup.region";
		}
		if (message.startsWith("Unable to load credentials")) {
			return "no AWS credentials in the environment, the system properties, the AWS profile or the instance";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private DynamoDbClient client() {
		DynamoDbClient client = this.client;
		if (client == null) {
			client = this.clientFactory.get();
			this.client = client;
		}
		return client;
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		DynamoDbClient client = this.client;
		if (client != null) {
			client.close();
		}
	}

	/**
	 * What a lookup found.
	 */
	public sealed interface Result {

	}

	/**
	 * The table has an enabled stream.
	 *
	 * @param streamArn the ARN of the latest stream
	 * @param streamViewType the stream view type, such as {@code NEW_IMAGE}
	 */
	public record Found(String streamArn, @Nullable String streamViewType) implements Result {

	}

	/**
	 * The table has no stream, or its stream is disabled.
	 */
	public record StreamDisabled() implements Result {

	}

	/**
	 * The table does not exist in the account and region.
	 *
	 * @param message the message of DynamoDB
	 */
	public record TableNotFound(String message) implements Result {

	}

	/**
	 * The lookup could not run.
	 *
	 * @param reason why, such as missing credentials or no answer in time
	 */
	public record Unavailable(String reason) implements Result {

	}

	/**
	 * The AWS SDK failed with a {@link LinkageError}, such as {@link NoSuchFieldError} or
	 * {@link NoSuchMethodError}: its modules on the class path are of versions that do
	 * not fit together.
	 *
	 * @param error the error, its class and message
	 */
	public record IncompatibleAwsSdk(String error) implements Result {

	}

}
