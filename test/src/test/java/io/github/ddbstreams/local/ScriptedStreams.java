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

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorResponse;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An in-process DynamoDB Streams API that serves a scripted shard topology, for what a
 * moto server cannot show: shards that close and have children, several open shards at
 * once, a stream disabled and enabled again under a new ARN, Time to Live deletions. Its
 * DynamoDB side answers {@code DescribeTable} only.
 * <p>
 * The table has one stream at a time, with one open shard when it is enabled. Records are
 * {@code INSERT}s of items with key {@code id} (or {@code REMOVE}s by Time to Live), with
 * strictly increasing sequence numbers, written to the shard the script names.
 */
final class ScriptedStreams implements DynamoDbStreamsClient {

	private static final String REGION = "us-east-1";

	private final String table;

	private final List<Stream> streams = new ArrayList<>();

	private long sequence = 1000;

	private int shards;

	ScriptedStreams(String table) {
		this.table = table;
		enable();
	}

	/**
	 * Return a DynamoDB client that describes the table.
	 * @return the client
	 */
	DynamoDbClient tables() {
		return new Tables();
	}

	/**
	 * Return the ARN of the latest stream.
	 * @return the ARN
	 */
	synchronized String streamArn() {
		return latest().arn;
	}

	/**
	 * Return the open shards of the latest stream.
	 * @return their identifiers, oldest first
	 */
	synchronized List<String> openShards() {
		return latest().shards.values().stream().filter((shard) -> !shard.closed).map((shard) -> shard.id).toList();
	}

	/**
	 * Insert an item in the first open shard.
	 * @param id the key of the item
	 * @return the sequence number of the record
	 */
	synchronized String put(String id) {
		return put(openShards().get(0), id);
	}

	/**
	 * Insert an item in a shard.
	 * @param shardId the shard, which must be open
	 * @param id the key of the item
	 * @return the sequence number of the record
	 */
	synchronized String put(String shardId, String id) {
		return append(shardId, OperationType.INSERT, id, null);
	}

	/**
	 * Delete an item by Time to Live, in the first open shard.
	 * @param id the key of the item
	 * @return the sequence number of the record
	 */
	synchronized String expire(String id) {
		return append(openShards().get(0), OperationType.REMOVE, id,
				Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build());
	}

	/**
	 * Close a shard and open children of it.
	 * @param shardId the shard to close
	 * @param children how many children to open
	 * @return the identifiers of the children
	 */
	synchronized List<String> split(String shardId, int children) {
		Stream stream = latest();
		ScriptedShard parent = shard(stream, shardId);
		parent.closed = true;
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < children; i++) {
			ids.add(stream.open(parent.id, nextShardId()).id);
		}
		return ids;
	}

	/**
	 * Disable the stream: its shards close, and the table has no stream.
	 */
	synchronized void disable() {
		Stream stream = latest();
		stream.shards.values().forEach((shard) -> shard.closed = true);
		stream.status = StreamStatus.DISABLED;
	}

	/**
	 * Enable a stream, which gets a new ARN and one open shard.
	 * @return the ARN of the new stream
	 */
	synchronized String enable() {
		Stream stream = new Stream("arn:aws:dynamodb:" + REGION + ":123456789012:table/" + this.table
				+ "/stream/2026-01-01T00:00:0" + this.streams.size() + ".000");
		stream.open(null, nextShardId());
		this.streams.add(stream);
		return stream.arn;
	}

	@Override
	public synchronized DescribeStreamResponse describeStream(DescribeStreamRequest request) {
		Stream stream = stream(request.streamArn());
		List<Shard> shards = new ArrayList<>();
		boolean after = request.exclusiveStartShardId() == null;
		for (ScriptedShard shard : stream.shards.values()) {
			if (after) {
				shards.add(shard.describe());
			}
			after = after || shard.id.equals(request.exclusiveStartShardId());
		}
		return DescribeStreamResponse.builder()
			.streamDescription((description) -> description.streamArn(stream.arn)
				.streamStatus(stream.status)
				.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
				.tableName(this.table)
				.shards(shards))
			.build();
	}

	@Override
	public synchronized GetShardIteratorResponse getShardIterator(GetShardIteratorRequest request) {
		ScriptedShard shard = shard(stream(request.streamArn()), request.shardId());
		int position = switch (request.shardIteratorType()) {
			case TRIM_HORIZON -> 0;
			case LATEST -> shard.records.size();
			case AT_SEQUENCE_NUMBER -> shard.indexOf(request.sequenceNumber());
			case AFTER_SEQUENCE_NUMBER -> shard.indexOf(request.sequenceNumber()) + 1;
			default -> throw new IllegalArgumentException("Unknown iterator type " + request.shardIteratorType());
		};
		return GetShardIteratorResponse.builder().shardIterator(iterator(request.streamArn(), shard, position)).build();
	}

	@Override
	public synchronized GetRecordsResponse getRecords(GetRecordsRequest request) {
		String[] iterator = request.shardIterator().split("\\|");
		ScriptedShard shard = shard(stream(iterator[0]), iterator[1]);
		int position = Integer.parseInt(iterator[2]);
		int limit = (request.limit() != null) ? request.limit() : 1000;
		int end = Math.min(shard.records.size(), position + limit);
		List<Record> records = List.copyOf(shard.records.subList(position, end));
		String next = (shard.closed && end == shard.records.size()) ? null : iterator(iterator[0], shard, end);
		return GetRecordsResponse.builder().records(records).nextShardIterator(next).build();
	}

	@Override
	public String serviceName() {
		return SERVICE_NAME;
	}

	@Override
	public void close() {
	}

	private String append(String shardId, OperationType operation, String id, @Nullable Identity identity) {
		ScriptedShard shard = shard(latest(), shardId);
		if (shard.closed) {
			throw new IllegalStateException("Shard " + shardId + " is closed");
		}
		String sequenceNumber = String.format("%021d", ++this.sequence);
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS(id));
		StreamRecord.Builder change = StreamRecord.builder()
			.approximateCreationDateTime(Instant.now().truncatedTo(ChronoUnit.SECONDS))
			.keys(item)
			.sequenceNumber(sequenceNumber)
			.sizeBytes(20L)
			.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES);
		if (operation == OperationType.INSERT) {
			change.newImage(item);
		}
		else {
			change.oldImage(item);
		}
		shard.records.add(Record.builder()
			.eventID(UUID.randomUUID().toString().replace("-", ""))
			.eventName(operation)
			.eventVersion("1.1")
			.eventSource("aws:dynamodb")
			.awsRegion(REGION)
			.dynamodb(change.build())
			.userIdentity(identity)
			.build());
		return sequenceNumber;
	}

	private String nextShardId() {
		return String.format("shardId-%020d-%08d", ++this.shards, this.shards);
	}

	private Stream latest() {
		return this.streams.get(this.streams.size() - 1);
	}

	private Stream stream(String arn) {
		return this.streams.stream()
			.filter((stream) -> stream.arn.equals(arn))
			.findFirst()
			.orElseThrow(() -> ResourceNotFoundException.builder().message("No stream " + arn).build());
	}

	private static ScriptedShard shard(Stream stream, String shardId) {
		ScriptedShard shard = stream.shards.get(shardId);
		if (shard == null) {
			throw ResourceNotFoundException.builder().message("No shard " + shardId).build();
		}
		return shard;
	}

	private static String iterator(String streamArn, ScriptedShard shard, int position) {
		return streamArn + "|" + shard.id + "|" + position;
	}

	/**
	 * A stream of the table.
	 */
	private static final class Stream {

		private final String arn;

		private final Map<String, ScriptedShard> shards = new LinkedHashMap<>();

		private StreamStatus status = StreamStatus.ENABLED;

		Stream(String arn) {
			this.arn = arn;
		}

		ScriptedShard open(@Nullable String parent, String id) {
			ScriptedShard shard = new ScriptedShard(id, parent);
			this.shards.put(id, shard);
			return shard;
		}

	}

	/**
	 * A shard of a stream.
	 */
	private static final class ScriptedShard {

		private final String id;

		private final @Nullable String parent;

		private final List<Record> records = new ArrayList<>();

		private boolean closed;

		ScriptedShard(String id, @Nullable String parent) {
			this.id = id;
			this.parent = parent;
		}

		int indexOf(String sequenceNumber) {
			for (int i = 0; i < this.records.size(); i++) {
				if (this.records.get(i).dynamodb().sequenceNumber().equals(sequenceNumber)) {
					return i;
				}
			}
			throw new IllegalArgumentException("No record " + sequenceNumber + " in " + this.id);
		}

		Shard describe() {
			String first = this.records.isEmpty() ? null : this.records.get(0).dynamodb().sequenceNumber();
			String last = (this.closed && !this.records.isEmpty())
					? this.records.get(this.records.size() - 1).dynamodb().sequenceNumber() : null;
			return Shard.builder()
				.shardId(this.id)
				.parentShardId(this.parent)
				.sequenceNumberRange(SequenceNumberRange.builder()
					.startingSequenceNumber(first)
					.endingSequenceNumber(this.closed ? ((last != null) ? last : "0") : null)
					.build())
				.build();
		}

	}

	/**
	 * The DynamoDB side: describes the table and its latest stream.
	 */
	private final class Tables implements DynamoDbClient {

		@Override
		public DescribeTableResponse describeTable(DescribeTableRequest request) {
			synchronized (ScriptedStreams.this) {
				if (!ScriptedStreams.this.table.equals(request.tableName())) {
					throw ResourceNotFoundException.builder().message("No table " + request.tableName()).build();
				}
				Stream stream = latest();
				boolean enabled = stream.status == StreamStatus.ENABLED;
				return DescribeTableResponse.builder()
					.table((table) -> table.tableName(ScriptedStreams.this.table)
						.tableStatus(TableStatus.ACTIVE)
						.latestStreamArn(stream.arn)
						.streamSpecification((specification) -> specification.streamEnabled(enabled)
							.streamViewType(enabled ? StreamViewType.NEW_AND_OLD_IMAGES : null)))
					.build();
			}
		}

		@Override
		public String serviceName() {
			return SERVICE_NAME;
		}

		@Override
		public void close() {
		}

	}

}
