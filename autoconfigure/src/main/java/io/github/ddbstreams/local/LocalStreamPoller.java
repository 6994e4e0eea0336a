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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.autoconfigure.EventFilterPatterns;
import io.github.ddbstreams.autoconfigure.EventSourceMappingSettings;
import io.github.ddbstreams.dispatch.StreamSubscriptions;
import io.github.ddbstreams.dispatch.TableNamespace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private final DynamoStreamsProperties properties;

	private final StreamSubscriptions subscriptions;

	private final LambdaFunctionInvoker function;

	private final OnFailureDestination onFailure;

	private final Clock clock;

	private final LambdaEventBuilder events = new LambdaEventBuilder();

	private final Object lifecycleMonitor = new Object();

	private volatile boolean running;

	private StopSignal stop = new StopSignal();

	private ShardThreads threads = new ShardThreads();

	/**
	 * Create a poller.
	 * @param clients the clients of the DynamoDB and DynamoDB Streams to poll
	 * @param properties the configuration of the tables and of the loop
	 * @param subscriptions the listeners and the tables and events they want
	 * @param function the function to invoke
	 * @param onFailure where discarded records go
	 */
	public LocalStreamPoller(LocalStreamClients clients, DynamoStreamsProperties properties,
			StreamSubscriptions subscriptions, LambdaFunctionInvoker function, OnFailureDestination onFailure) {
		this(clients, properties, subscriptions, function, onFailure, Clock.systemUTC());
	}

	LocalStreamPoller(LocalStreamClients clients, DynamoStreamsProperties properties, StreamSubscriptions subscriptions,
			LambdaFunctionInvoker function, OnFailureDestination onFailure, Clock clock) {
		this.clients = clients;
		this.properties = properties;
		this.subscriptions = subscriptions;
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
			List<StreamSource> sources = prepareStreams();
			this.stop = new StopSignal();
			this.threads = new ShardThreads();
			for (StreamSource source : sources) {
				StreamFollower follower = new StreamFollower(source, this.clients.streams(),
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

	private List<StreamSource> prepareStreams() {
		Set<String> tables = new LinkedHashSet<>(this.properties.getTables().keySet());
		tables.addAll(this.subscriptions.declaredTables());
		DynamoStreamsProperties.Local local = this.properties.getLocal();
		boolean createTables = (local.getCreateTables() != null) ? local.getCreateTables() : !this.clients.isAws();
		LocalTableProvisioner provisioner = new LocalTableProvisioner(this.clients.dynamoDb(), createTables);
		TableNamespace namespace = this.properties.toTableNamespace();
		List<StreamSource> sources = new ArrayList<>();
		for (String table : tables) {
			EventSourceMappingSettings settings = this.properties.mappingSettings(table);
			if (!settings.enabled()) {
				logger.info("Not polling " + table + ": its event source mapping is disabled");
				continue;
			}
			String name = TableNamespace.isArn(table) ? TableNamespace.tableNameOf(table)
					: namespace.physicalName(table);
			if (name == null) {
				throw new IllegalStateException("'" + table + "' is neither a table name nor a DynamoDB table ARN");
			}
			String streamArn = streamArnOf(table, name, settings, provisioner, local);
			List<String> problems = new ArrayList<>();
			List<String> patterns = EventFilterPatterns.of(this.subscriptions.eventsOf(table),
					settings.filterPatterns(), "Filter patterns of table " + name, problems);
			if (!problems.isEmpty()) {
				throw new IllegalStateException(String.join(System.lineSeparator(), problems));
			}
			FilterCriteria filter = FilterCriteria.of(patterns);
			StreamSource source = new StreamSource(name, streamArn, settings, filter);
			logStart(source);
			sources.add(source);
		}
		if (sources.isEmpty()) {
			logger.warn("The local stream loop has no table to poll: configure dynamodb.streams.tables.<name>, or name "
					+ "tables in @DynamoStreamListener");
		}
		return sources;
	}

	private String streamArnOf(String table, String name, EventSourceMappingSettings settings,
			LocalTableProvisioner provisioner, DynamoStreamsProperties.Local local) {
		if (settings.streamArn() != null) {
			return settings.streamArn();
		}
		if (TableNamespace.isArn(table) && !TableNamespace.tableArnOf(table).equals(table)) {
			return table;
		}
		return provisioner.streamArnOf(name, "dynamodb.streams.tables." + table, this.properties.getTables().get(table),
				local.getTimeToLiveAttributes().get(table), this.subscriptions.imagesOf(table));
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
		return this.properties.getLocal().getPollInterval();
	}

}
