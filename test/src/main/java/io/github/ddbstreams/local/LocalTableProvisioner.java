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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.TableDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Makes sure a table exists and has a stream, and returns the ARN of that stream. When
 * allowed to, it creates a missing table with the configured key schema, stream view type
 * and Time to Live attribute, and enables the stream of a table that has none; otherwise
 * it fails with a {@link LocalLoopSetupException} that says how to fix the table, with
 * the AWS CLI command where there is one.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LocalTableProvisioner {

	private static final Log logger = LogFactory.getLog(LocalTableProvisioner.class);

	private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(2);

	private static final Duration ACTIVE_POLL = Duration.ofMillis(500);

	private final DynamoDbClient dynamoDb;

	private final boolean createTables;

	LocalTableProvisioner(DynamoDbClient dynamoDb, boolean createTables) {
		this.dynamoDb = dynamoDb;
		this.createTables = createTables;
	}

	/**
	 * Return the ARN of the latest stream of a table, creating the table or enabling its
	 * stream when allowed.
	 * @param table the table
	 * @param timeToLiveAttribute the Time to Live attribute of a table to create, or
	 * {@code null}
	 * @return the stream ARN
	 */
	String streamArnOf(StreamTable table, @Nullable String timeToLiveAttribute) {
		String name = table.tableName();
		RequiredImages images = table.images();
		StreamViewType viewType = StreamViewType.fromValue(table.definition().streamViewType().name());
		TableDescription description = describe(name);
		if (description == null) {
			description = create(name, table.property(), table.definition(), viewType, timeToLiveAttribute);
		}
		else if (!hasStream(description)) {
			description = enableStream(name, viewType);
		}
		String streamViewType = description.streamSpecification().streamViewTypeAsString();
		if (!images.isSatisfiedBy(streamViewType)) {
			throw new LocalLoopSetupException("The stream of " + name + " has view type " + streamViewType
					+ ", without the images its listeners read (" + images.minimalStreamViewType()
					+ " at least): listener methods with an image parameter would fail every record, and"
					+ " DynamoRecord.newImage() and oldImage() would return null.", fixOf(table, images));
		}
		return description.latestStreamArn();
	}

	private String fixOf(StreamTable table, RequiredImages images) {
		String deleteTable = "aws dynamodb delete-table" + this.dynamoDb.serviceClientConfiguration()
			.endpointOverride()
			.map((endpoint) -> " --endpoint-url " + endpoint)
			.orElse("") + " --table-name " + table.tableName();
		String recreate = "delete the table so that the loop creates it again (a stream's view type cannot change"
				+ " while it is enabled, and disabling a stream breaks a table on moto): " + deleteTable;
		if (images.isSatisfiedBy(table.definition().streamViewType().name())) {
			return "The loop would create it with " + table.definition().streamViewType() + ": " + recreate;
		}
		return "Set " + table.property() + ".stream-view-type to " + images.minimalStreamViewType()
				+ " or NEW_AND_OLD_IMAGES, and " + recreate;
	}

	/**
	 * Return the ARN of the latest stream of a table, when that stream is enabled.
	 * @param name the name of the table
	 * @return the ARN, or {@code null} when the table has no enabled stream
	 */
	@Nullable String enabledStreamArnOf(String name) {
		TableDescription description = describe(name);
		return (description != null && hasStream(description)) ? description.latestStreamArn() : null;
	}

	private @Nullable TableDescription describe(String name) {
		try {
			return this.dynamoDb.describeTable((request) -> request.tableName(name)).table();
		}
		catch (ResourceNotFoundException ex) {
			return null;
		}
	}

	private static boolean hasStream(TableDescription description) {
		return description.streamSpecification() != null
				&& Boolean.TRUE.equals(description.streamSpecification().streamEnabled())
				&& description.latestStreamArn() != null;
	}

	private TableDescription create(String name, String property, TableDefinition table, StreamViewType viewType,
			@Nullable String timeToLiveAttribute) {
		String partitionKey = table.partitionKey();
		if (!this.createTables) {
			throw new LocalLoopSetupException("Table " + name + " does not exist.",
					"Create it, or let the local stream loop create it with dynamodb.streams.local.create-tables=true.");
		}
		if (partitionKey == null) {
			throw new LocalLoopSetupException(
					"Table " + name + " does not exist, and the local stream loop cannot create it without its "
							+ "partition key.",
					"Set " + property + ".partition-key (and " + property + ".sort-key if the table has one), or "
							+ "create the table yourself.");
		}
		List<KeySchemaElement> keys = new ArrayList<>();
		List<AttributeDefinition> attributes = new ArrayList<>();
		keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
		attributes.add(attribute(partitionKey, table.partitionKeyType()));
		String sortKey = table.sortKey();
		if (sortKey != null) {
			keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
			attributes.add(attribute(sortKey, table.sortKeyType()));
		}
		this.dynamoDb.createTable((request) -> request.tableName(name)
			.keySchema(keys)
			.attributeDefinitions(attributes)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.streamSpecification(stream(viewType)));
		TableDescription created = awaitActive(name);
		if (timeToLiveAttribute != null) {
			this.dynamoDb.updateTimeToLive((request) -> request.tableName(name)
				.timeToLiveSpecification((ttl) -> ttl.enabled(true).attributeName(timeToLiveAttribute)));
		}
		if (logger.isInfoEnabled()) {
			logger.info("Created table " + name + " with partition key " + partitionKey + " ("
					+ table.partitionKeyType() + ")"
					+ ((sortKey != null) ? ", sort key " + sortKey + " (" + table.sortKeyType() + ")" : "") + ", a "
					+ viewType + " stream"
					+ ((timeToLiveAttribute != null) ? " and Time to Live on attribute " + timeToLiveAttribute : ""));
		}
		return created;
	}

	private TableDescription enableStream(String name, StreamViewType viewType) {
		if (!this.createTables) {
			throw new LocalLoopSetupException("Table " + name + " has no stream.",
					"Enable it with: aws dynamodb update-table --table-name " + name
							+ " --stream-specification StreamEnabled=true,StreamViewType=" + viewType);
		}
		this.dynamoDb.updateTable((request) -> request.tableName(name).streamSpecification(stream(viewType)));
		TableDescription updated = awaitActive(name);
		logger.info("Enabled the " + viewType + " stream of table " + name);
		return updated;
	}

	private TableDescription awaitActive(String name) {
		long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
		while (true) {
			TableDescription description = describe(name);
			if (description != null && description.tableStatus() == TableStatus.ACTIVE && hasStream(description)) {
				return description;
			}
			if (System.nanoTime() - deadline > 0) {
				throw new LocalLoopSetupException(
						"Table " + name + " is not active with a stream after " + ACTIVE_TIMEOUT.toMinutes()
								+ " minutes.",
						"Check the table with: aws dynamodb describe-table --table-name " + name);
			}
			try {
				Thread.sleep(ACTIVE_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for table " + name, ex);
			}
		}
	}

	private static StreamSpecification stream(StreamViewType viewType) {
		return StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build();
	}

	private static AttributeDefinition attribute(String name, io.github.ddbstreams.mapping.KeyType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type.name()).build();
	}

}
