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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.amazonaws.services.dynamodbv2.streamsadapter.adapter.DynamoDBStreamsClientRecord;
import com.amazonaws.services.dynamodbv2.streamsadapter.model.DynamoDBStreamsProcessRecordsInput;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StartingPosition;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.retrieval.kpl.ExtendedSequenceNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ShardRecordDispatch}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class ShardRecordDispatchTests {

	private static final String STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000";

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final List<String> delivered = new ArrayList<>();

	private final RecordingCheckpointer checkpointer = new RecordingCheckpointer();

	private final ConsumerActivity activity = new ConsumerActivity(Clock.fixed(NOW, ZoneOffset.UTC));

	private final AtomicBoolean stopping = new AtomicBoolean();

	@Test
	void aBatchThatSucceedsIsCheckpointedAtItsLastRecord() {
		dispatch(settings(-1, -1), this.delivered::add, records(3));
		assertThat(this.delivered).containsExactly("1", "2", "3");
		assertThat(this.checkpointer.checkpoints()).containsExactly("3");
		assertThat(this.activity.lastCheckpoint()).isEqualTo(NOW);
	}

	@Test
	void aFailedRecordIsRetriedFromItAfterTheRecordsBeforeItAreCheckpointed() {
		List<String> attempts = new ArrayList<>();
		dispatch(settings(-1, -1), (sequenceNumber) -> {
			attempts.add(sequenceNumber);
			if (sequenceNumber.equals("3") && attempts.stream().filter("3"::equals).count() < 3) {
				throw new IllegalStateException("fails twice");
			}
			this.delivered.add(sequenceNumber);
		}, records(4));
		assertThat(attempts).containsExactly("1", "2", "3", "3", "3", "4");
		assertThat(this.delivered).containsExactly("1", "2", "3", "4");
		assertThat(this.checkpointer.checkpoints()).containsExactly("2", "4");
	}

	@Test
	void aRecordThatExhaustsItsRetriesIsDiscardedAndTheRecordsAfterItRun() {
		List<String> attempts = new ArrayList<>();
		dispatch(settings(2, -1), (sequenceNumber) -> {
			attempts.add(sequenceNumber);
			if (sequenceNumber.equals("2")) {
				throw new IllegalStateException("always fails");
			}
			this.delivered.add(sequenceNumber);
		}, records(3));
		assertThat(attempts).containsExactly("1", "2", "2", "2", "3");
		assertThat(this.delivered).containsExactly("1", "3");
		assertThat(this.checkpointer.checkpoints()).containsExactly("1", "3");
	}

	@Test
	void recordsOlderThanTheMaximumRecordAgeAreDiscardedBeforeTheDispatch() {
		List<DynamoDBStreamsClientRecord> records = List.of(record(1, NOW.minusSeconds(120)),
				record(2, NOW.minusSeconds(30)), record(3, NOW.minusSeconds(10)));
		dispatch(settings(-1, 60), this.delivered::add, records);
		assertThat(this.delivered).containsExactly("2", "3");
		assertThat(this.checkpointer.checkpoints()).containsExactly("3");
	}

	@Test
	void aStopRequestEndsTheRetriesWithoutCheckpointingTheFailedRecord() {
		dispatch(settings(-1, -1), (sequenceNumber) -> {
			if (sequenceNumber.equals("2")) {
				this.stopping.set(true);
				throw new IllegalStateException("fails until the stop");
			}
			this.delivered.add(sequenceNumber);
		}, records(3));
		assertThat(this.delivered).containsExactly("1");
		assertThat(this.checkpointer.checkpoints()).containsExactly("1");
	}

	@Test
	void theRecordsOfTheShardCarryTheStreamArnAsEventSource() {
		List<String> sources = new ArrayList<>();
		StreamRecordDispatcher dispatcher = dispatcher((record) -> sources.add(record.eventSourceArn()));
		ShardRecordDispatch dispatch = new ShardRecordDispatch(stream(settings(-1, -1)), dispatcher,
				new StreamRecordConverter(new DefaultTableSchemaResolver()), this.activity, Duration.ofMillis(1),
				this.stopping::get, Clock.fixed(NOW, ZoneOffset.UTC));
		dispatch.initialize(InitializationInput.builder()
			.shardId("shardId-1")
			.extendedSequenceNumber(ExtendedSequenceNumber.TRIM_HORIZON)
			.build());
		dispatch.processRecords(DynamoDBStreamsProcessRecordsInput.builder()
			.records(records(2))
			.checkpointer(this.checkpointer)
			.build());
		assertThat(sources).containsExactly(STREAM_ARN, STREAM_ARN);
		assertThat(this.activity.shards()).containsExactly("orders/shardId-1");
	}

	private void dispatch(EventSourceMappingSettings settings, SequenceListener listener,
			List<DynamoDBStreamsClientRecord> records) {
		StreamRecordDispatcher dispatcher = dispatcher((record) -> listener.onRecord(record.sequenceNumber()));
		ShardRecordDispatch dispatch = new ShardRecordDispatch(stream(settings), dispatcher,
				new StreamRecordConverter(new DefaultTableSchemaResolver()), this.activity, Duration.ofMillis(1),
				this.stopping::get, Clock.fixed(NOW, ZoneOffset.UTC));
		dispatch.initialize(InitializationInput.builder()
			.shardId("shardId-1")
			.extendedSequenceNumber(ExtendedSequenceNumber.TRIM_HORIZON)
			.build());
		dispatch.processRecords(
				DynamoDBStreamsProcessRecordsInput.builder().records(records).checkpointer(this.checkpointer).build());
	}

	private static StreamRecordDispatcher dispatcher(DynamoRecordListener listener) {
		return new StreamRecordDispatcher(new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", listener, null, List.of()))),
				TableNamespace.NONE), List.of(), null);
	}

	private static ConsumedStream stream(EventSourceMappingSettings settings) {
		return new ConsumedStream(STREAM_ARN, "orders", "orders", settings);
	}

	private static EventSourceMappingSettings settings(int maximumRetryAttempts, int maximumRecordAgeSeconds) {
		return new EventSourceMappingSettings("orders", null, true, StartingPosition.TRIM_HORIZON, 100, Duration.ZERO,
				false, maximumRetryAttempts, Duration.ofSeconds(maximumRecordAgeSeconds), 1, Duration.ZERO, null,
				List.of(), true);
	}

	private static List<DynamoDBStreamsClientRecord> records(int count) {
		List<DynamoDBStreamsClientRecord> records = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			records.add(record(i, NOW));
		}
		return records;
	}

	private static DynamoDBStreamsClientRecord record(int sequenceNumber, Instant created) {
		return DynamoDBStreamsClientRecord.fromRecord(Record.builder()
			.eventID("event-" + sequenceNumber)
			.eventName(OperationType.INSERT)
			.eventSource("aws:dynamodb")
			.awsRegion("us-east-1")
			.dynamodb((change) -> change.sequenceNumber(Integer.toString(sequenceNumber))
				.approximateCreationDateTime(created)
				.keys(Map.of("id", AttributeValue.fromS("order-" + sequenceNumber)))
				.newImage(Map.of("id", AttributeValue.fromS("order-" + sequenceNumber)))
				.streamViewType("NEW_AND_OLD_IMAGES")
				.sizeBytes(10L))
			.build());
	}

	@FunctionalInterface
	private interface SequenceListener {

		void onRecord(String sequenceNumber);

	}

}
