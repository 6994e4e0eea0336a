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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.amazonaws.services.dynamodbv2.streamsadapter.AmazonDynamoDBStreamsAdapterClient;
import com.amazonaws.services.dynamodbv2.streamsadapter.StreamsSchedulerFactory;
import com.amazonaws.services.dynamodbv2.streamsadapter.polling.DynamoDBStreamsPollingConfig;
import com.amazonaws.services.dynamodbv2.streamsadapter.util.KinesisMapperUtil;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.mapping.StartingPosition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.kinesis.common.ConfigsBuilder;
import software.amazon.kinesis.common.InitialPositionInStream;
import software.amazon.kinesis.common.InitialPositionInStreamExtended;
import software.amazon.kinesis.common.StreamIdentifier;
import software.amazon.kinesis.coordinator.CoordinatorConfig;
import software.amazon.kinesis.coordinator.Scheduler;
import software.amazon.kinesis.coordinator.WorkerStateChangeListener;
import software.amazon.kinesis.leases.LeaseManagementConfig;
import software.amazon.kinesis.metrics.MetricsConfig;
import software.amazon.kinesis.metrics.MetricsLevel;
import software.amazon.kinesis.metrics.NullMetricsFactory;
import software.amazon.kinesis.processor.FormerStreamsLeasesDeletionStrategy;
import software.amazon.kinesis.processor.ShardRecordProcessor;
import software.amazon.kinesis.processor.ShardRecordProcessorFactory;
import software.amazon.kinesis.processor.StreamTracker;
import software.amazon.kinesis.retrieval.RetrievalConfig;

import org.springframework.context.SmartLifecycle;

/**
 * Consumes the streams of the application's tables with the Kinesis Client Library and
 * the DynamoDB Streams Kinesis Adapter, and dispatches their records with the
 * application's {@link StreamRecordDispatcher}: starts KCL's scheduler with the
 * application context, and stops it gracefully: the batches in hand finish, their
 * checkpoints are written and the leases are released (KCL's
 * {@link Scheduler#startGracefulShutdown()}), within the shutdown grace period.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class KclStreamConsumer implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(KclStreamConsumer.class);

	private final KclConsumerSettings settings;

	private final KclClients clients;

	private final List<ConsumedStream> streams;

	private final StreamRecordDispatcher dispatcher;

	private final StreamRecordConverter converter;

	private final ConsumerActivity activity;

	private final Clock clock;

	private volatile boolean stopping;

	private @Nullable Scheduler scheduler;

	private @Nullable Thread thread;

	/**
	 * Create a consumer.
	 * @param settings the settings of the consumer
	 * @param clients the AWS clients
	 * @param streams the streams to read
	 * @param dispatcher the dispatcher of the records
	 * @param converter the converter of the adapter's records
	 * @param activity the activity to report leases and checkpoints to
	 * @param clock the clock of the maximum record age
	 */
	public KclStreamConsumer(KclConsumerSettings settings, KclClients clients, List<ConsumedStream> streams,
			StreamRecordDispatcher dispatcher, StreamRecordConverter converter, ConsumerActivity activity,
			Clock clock) {
		this.settings = settings;
		this.clients = clients;
		this.streams = List.copyOf(streams);
		this.dispatcher = dispatcher;
		this.converter = converter;
		this.activity = activity;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		if (this.scheduler != null) {
			return;
		}
		this.stopping = false;
		Scheduler scheduler = createScheduler();
		Thread thread = new Thread(scheduler, "kcl-scheduler-" + this.settings.applicationName());
		thread.setDaemon(false);
		this.scheduler = scheduler;
		this.thread = thread;
		thread.start();
		if (logger.isInfoEnabled()) {
			logger.info("KCL consumer " + this.settings.applicationName() + " (worker " + this.settings.workerId()
					+ ") started on " + this.streams.size() + ((this.streams.size() == 1) ? " stream" : " streams")
					+ "; leases in table " + this.settings.applicationName());
		}
	}

	/**
	 * Create KCL's scheduler as the adapter's {@link StreamsSchedulerFactory} does, with
	 * the shard sync interval set to 0 beforehand: the adapter (2.0.1) sets it to 0 only
	 * after its lease management factory has copied the default of 60 s, so that each
	 * shard sync of each stream would sleep a minute before the first lease is taken.
	 * @return the scheduler
	 */
	private Scheduler createScheduler() {
		AmazonDynamoDBStreamsAdapterClient adapter = new AmazonDynamoDBStreamsAdapterClient(this.clients.streams(),
				this.clients.region());
		StreamTracker tracker = StreamsSchedulerFactory.createMultiStreamTracker(
				this.streams.stream().map(ConsumedStream::streamArn).toList(),
				InitialPositionInStreamExtended.newInitialPosition(initialPosition()),
				new FormerStreamsLeasesDeletionStrategy.NoLeaseDeletionStrategy());
		ConfigsBuilder configs = new ConfigsBuilder(tracker, this.settings.applicationName(), adapter,
				this.clients.leases(), this.clients.cloudWatch(), this.settings.workerId(), new ProcessorFactory());
		DynamoDBStreamsPollingConfig polling = new DynamoDBStreamsPollingConfig(adapter)
			.idleTimeBetweenReadsInMillis(this.settings.idleTime().toMillis());
		polling.maxRecords(this.settings.batchSize());
		RetrievalConfig retrieval = configs.retrievalConfig().retrievalSpecificConfig(polling);
		LeaseManagementConfig leases = configs.leaseManagementConfig()
			.failoverTimeMillis(this.settings.failoverTime().toMillis())
			.shardSyncIntervalMillis(0);
		MetricsConfig metrics = configs.metricsConfig().metricsLevel(this.settings.metricsLevel());
		if (this.settings.metricsLevel() == MetricsLevel.NONE) {
			metrics.metricsFactory(new NullMetricsFactory());
		}
		CoordinatorConfig coordinator = configs.coordinatorConfig().workerStateChangeListener(new StateListener());
		return StreamsSchedulerFactory.createScheduler(configs.checkpointConfig(), coordinator, leases,
				configs.lifecycleConfig(), metrics, configs.processorConfig(), retrieval, adapter);
	}

	private InitialPositionInStream initialPosition() {
		return (this.settings.initialPosition() == StartingPosition.LATEST) ? InitialPositionInStream.LATEST
				: InitialPositionInStream.TRIM_HORIZON;
	}

	@Override
	public void stop() {
		Scheduler scheduler;
		Thread thread;
		synchronized (this) {
			scheduler = this.scheduler;
			thread = this.thread;
			this.scheduler = null;
			this.thread = null;
		}
		if (scheduler == null) {
			return;
		}
		this.stopping = true;
		long start = System.nanoTime();
		Future<Boolean> shutdown = scheduler.startGracefulShutdown();
		try {
			boolean graceful = shutdown.get(this.settings.shutdownGracePeriod().toMillis(), TimeUnit.MILLISECONDS);
			if (logger.isInfoEnabled()) {
				logger.info("KCL consumer " + this.settings.applicationName() + " stopped "
						+ (graceful ? "gracefully" : "early") + " in "
						+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms; leases released");
			}
		}
		catch (TimeoutException ex) {
			logger.warn("KCL consumer " + this.settings.applicationName() + " did not stop within the grace period of "
					+ this.settings.shutdownGracePeriod().toMillis()
					+ " ms; shutting down without waiting: its leases expire after the failover time");
			scheduler.shutdown();
		}
		catch (ExecutionException ex) {
			logger.warn("KCL consumer " + this.settings.applicationName() + " failed to stop gracefully", ex);
			scheduler.shutdown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			scheduler.shutdown();
		}
		if (thread != null) {
			try {
				thread.join(this.settings.shutdownGracePeriod().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.activity.running(false);
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

	private final class ProcessorFactory implements ShardRecordProcessorFactory {

		private final Map<String, ConsumedStream> byStreamName = new HashMap<>();

		ProcessorFactory() {
			for (ConsumedStream stream : KclStreamConsumer.this.streams) {
				this.byStreamName.put(KinesisMapperUtil
					.createKinesisStreamIdentifierFromDynamoDBStreamsArn(stream.streamArn(), false), stream);
			}
		}

		@Override
		public ShardRecordProcessor shardRecordProcessor() {
			return processor(KclStreamConsumer.this.streams.get(0));
		}

		@Override
		public ShardRecordProcessor shardRecordProcessor(StreamIdentifier streamIdentifier) {
			ConsumedStream stream = this.byStreamName.get(streamIdentifier.streamName());
			if (stream == null) {
				throw new IllegalStateException("KCL assigned a shard of stream " + streamIdentifier.streamName()
						+ ", which is none of the application's streams");
			}
			return processor(stream);
		}

		private ShardRecordProcessor processor(ConsumedStream stream) {
			KclStreamConsumer consumer = KclStreamConsumer.this;
			return new ShardRecordDispatch(stream, consumer.dispatcher, consumer.converter, consumer.activity,
					consumer.settings.idleTime(), () -> consumer.stopping, consumer.clock);
		}

	}

	private final class StateListener implements WorkerStateChangeListener {

		@Override
		public void onWorkerStateChange(WorkerState state) {
			KclStreamConsumer.this.activity.running(state == WorkerState.STARTED);
			if (logger.isDebugEnabled()) {
				logger.debug("KCL worker " + KclStreamConsumer.this.settings.workerId() + ": " + state);
			}
		}

		@Override
		public void onAllInitializationAttemptsFailed(Throwable ex) {
			logger.error("KCL consumer " + KclStreamConsumer.this.settings.applicationName()
					+ " failed to initialize; it reads nothing", ex);
		}

	}

}
