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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.test.LambdaEventJson;
import io.github.ddbstreams.test.LambdaInvoker;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;

import org.springframework.context.SmartLifecycle;

/**
 * The local stream loop: polls the streams of the tables like Lambda's event source
 * mapping and invokes the application's function with the events Lambda would send.
 * <p>
 * The tables are those configured under {@code dynamodb.streams.tables} and those the
 * listeners name. On start, each table is made ready (created, or its stream enabled,
 * when allowed; see {@code dynamodb.streams.local.create-tables}) and its stream is
 * followed with the table's event source mapping settings: starting position, batch size,
 * batching window, filter criteria, partial batch responses, retries, bisection, maximum
 * record age. Batches of one shard are processed one at a time, in order; shards are
 * processed in parallel. Delivery is at least once.
 * <p>
 * On stop, polling stops, the batch being processed finishes, and no further retry
 * starts.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class LocalStreamPoller implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(LocalStreamPoller.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final LocalStreamClients clients;

	private final StreamTables tables;

	private final LocalLoopSettings settings;

	private final LambdaInvoker function;

	private final OnFailureDestination onFailure;

	private final Clock clock;

	private final LambdaEventJson events = new LambdaEventJson();

	private final Object lifecycleMonitor = new Object();

	private volatile boolean running;

	private StopSignal stop = new StopSignal();

	private ShardThreads threads = new ShardThreads();

	/**
	 * Create a poller.
	 * @param clients the clients of the DynamoDB and DynamoDB Streams to poll
	 * @param tables the tables to poll, with their event source mapping settings
	 * @param settings the settings of the loop
	 * @param function the function to invoke
	 * @param onFailure where discarded records go
	 */
	public LocalStreamPoller(LocalStreamClients clients, StreamTables tables, LocalLoopSettings settings,
			LambdaInvoker function, OnFailureDestination onFailure) {
		this(clients, tables, settings, function, onFailure, Clock.systemUTC());
	}

	LocalStreamPoller(LocalStreamClients clients, StreamTables tables, LocalLoopSettings settings,
			LambdaInvoker function, OnFailureDestination onFailure, Clock clock) {
		this.clients = clients;
		this.tables = tables;
		this.settings = settings;
		this.function = function;
		this.onFailure = onFailure;
		this.clock = clock;
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.running) {
				return;
			}
			this.function.resolve();
			List<FollowedStream> streams = prepareStreams();
			this.stop = new StopSignal();
			this.threads = new ShardThreads();
			for (FollowedStream stream : streams) {
				StreamSource source = stream.source();
				StreamFollower follower = new StreamFollower(source, this.clients.streams(), stream.enabledStreamArn(),
						(start) -> reader(source, start), this.threads, this.stop, pollInterval());
				this.threads.start(source, follower);
			}
			this.running = true;
		}
	}

	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			if (!this.running) {
				return;
			}
			this.running = false;
			this.stop.request();
			if (!this.threads.awaitTermination(STOP_TIMEOUT)) {
				logger.warn("The local stream loop did not stop within " + STOP_TIMEOUT.toSeconds() + " seconds");
			}
			else {
				logger.info("Stopped polling " + this.clients.description());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private List<FollowedStream> prepareStreams() {
		if (!this.tables.problems().isEmpty()) {
			throw new LocalLoopSetupException(
					"The tables of the local stream loop are not valid:" + System.lineSeparator()
							+ String.join(System.lineSeparator(), this.tables.problems()),
					"Fix the tables under dynamodb.streams.tables and in the listeners' @DynamoStreamListener.");
		}
		boolean createTables = (this.settings.createTables() != null) ? this.settings.createTables()
				: !this.clients.isAws();
		LocalTableProvisioner provisioner = new LocalTableProvisioner(this.clients.dynamoDb(), createTables);
		List<FollowedStream> streams = new ArrayList<>();
		for (StreamTable table : this.tables.tables()) {
			if (!table.settings().enabled()) {
				logger.info("Not polling " + table.reference() + ": its event source mapping is disabled");
				continue;
			}
			String streamArn = table.streamArn();
			Supplier<@Nullable String> enabledStreamArn = null;
			if (streamArn == null) {
				streamArn = streamArnOf(provisioner, table);
				enabledStreamArn = () -> provisioner.enabledStreamArnOf(table.tableName());
			}
			StreamSource source = new StreamSource(table.tableName(), streamArn, table.settings(),
					FilterCriteria.of(table.filterPatterns()));
			logStart(source);
			streams.add(new FollowedStream(source, enabledStreamArn));
		}
		if (streams.isEmpty()) {
			logger.warn("The local stream loop has no table to poll: configure dynamodb.streams.tables.<name>, or name "
					+ "tables in @DynamoStreamListener");
		}
		return streams;
	}

	private String streamArnOf(LocalTableProvisioner provisioner, StreamTable table) {
		try {
			return provisioner.streamArnOf(table, this.settings.timeToLiveAttributes().get(table.reference()));
		}
		catch (SdkClientException ex) {
			throw new LocalLoopSetupException(
					"The local stream loop cannot reach " + this.clients.description() + ": " + ex.getMessage(),
					this.clients.isAws() ? "Check the AWS credentials and region of the application."
							: "Start it, or point dynamodb.streams.local.endpoint at a DynamoDB that runs.",
					ex);
		}
	}

	private void logStart(StreamSource source) {
		if (logger.isInfoEnabled()) {
			EventSourceMappingSettings settings = source.settings();
			logger.info("Polling the stream of " + source.table() + " on " + this.clients.description() + " for "
					+ this.function.functionDefinition() + ": " + settings.startingPosition() + ", batch size "
					+ settings.batchSize() + ", batching window " + settings.maximumBatchingWindow().toSeconds()
					+ " s, " + source.filter() + ", "
					+ (settings.reportBatchItemFailures() ? "partial batch responses, " : "")
					+ (settings.isRetryUnlimited() ? "unlimited retries"
							: "at most " + settings.maximumRetryAttempts() + " retries")
					+ (settings.bisectBatchOnFunctionError() ? ", bisect on error" : "")
					+ (settings.isRecordAgeUnlimited() ? ""
							: ", maximum record age " + settings.maximumRecordAge().toSeconds() + " s"));
		}
	}

	private ShardReader reader(StreamSource source, StreamFollower.ShardStart start) {
		ShardBatchProcessor processor = new ShardBatchProcessor(start.shard(), source.settings(), this.function,
				this.events, this.onFailure, pollInterval(), this.stop, this.clock);
		return new ShardReader(start.shard(), start.position(), source, this.clients.streams(), this.events, processor,
				pollInterval(), this.stop, this.clock);
	}

	private Duration pollInterval() {
		return this.settings.pollInterval();
	}

	/**
	 * A stream to follow.
	 *
	 * @param source the stream, with the settings it is read with
	 * @param enabledStreamArn what returns the ARN of the enabled stream of its table, or
	 * {@code null} when the stream was given by its ARN
	 */
	private record FollowedStream(StreamSource source, @Nullable Supplier<@Nullable String> enabledStreamArn) {

	}

}
