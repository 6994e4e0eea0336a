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

import java.util.List;
import java.util.Set;

import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.KeyType;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.StreamViewType;
import io.github.ddbstreams.mapping.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link LocalTableProvisioner} on DynamoDB Local.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalTableProvisionerTests {

	private static EmbeddedDynamoDbLocal dynamoDbLocal;

	private static TestTables tables;

	@BeforeAll
	static void startDynamoDbLocal() {
		dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, null);
		tables = new TestTables(dynamoDbLocal.endpoint(), "us-east-1");
	}

	@AfterAll
	static void stopDynamoDbLocal() {
		tables.close();
		dynamoDbLocal.close();
	}

	@Test
	void createsAMissingTableWithItsKeySchemaStreamAndTimeToLive(CapturedOutput output) {
		TableDefinition table = new TableDefinition("customer", KeyType.S, "order", KeyType.N, StreamViewType.NEW_IMAGE,
				false);
		String streamArn = provisioner(true).streamArnOf(table("orders", "demo_orders", table, RequiredImages.NEW),
				"expires");
		TableDescription created = describe("demo_orders");
		assertThat(streamArn).isEqualTo(created.latestStreamArn()).contains(":table/demo_orders/stream/");
		assertThat(created.keySchema()).extracting((key) -> key.attributeName() + " " + key.keyTypeAsString())
			.containsExactly("customer HASH", "order RANGE");
		assertThat(created.attributeDefinitions()).extracting((attribute) -> attribute.attributeType())
			.containsExactly(ScalarAttributeType.S, ScalarAttributeType.N);
		assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(created.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_IMAGE");
		assertThat(tables.client()
			.describeTimeToLive((request) -> request.tableName("demo_orders"))
			.timeToLiveDescription()).satisfies((ttl) -> {
				assertThat(ttl.attributeName()).isEqualTo("expires");
				assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
			});
		assertThat(output).contains("Created table demo_orders with partition key customer (S), sort key order (N), "
				+ "a NEW_IMAGE stream and Time to Live on attribute expires");
	}

	@Test
	void returnsTheStreamOfAnExistingTable() {
		tables.create("demo_existing");
		String streamArn = provisioner(false).streamArnOf(
				table("existing", "demo_existing", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null);
		assertThat(streamArn).isEqualTo(describe("demo_existing").latestStreamArn());
	}

	@Test
	void enablesTheStreamOfATableThatHasNone() {
		createWithoutStream("demo_quiet");
		String streamArn = provisioner(true)
			.streamArnOf(table("quiet", "demo_quiet", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null);
		TableDescription table = describe("demo_quiet");
		assertThat(streamArn).isEqualTo(table.latestStreamArn()).isNotNull();
		assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
	}

	@Test
	void printsTheCommandThatEnablesTheStreamWhenNotAllowedTo() {
		createWithoutStream("demo_untouched");
		assertThatIllegalStateException()
			.isThrownBy(() -> provisioner(false).streamArnOf(
					table("untouched", "demo_untouched", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null))
			.withMessage("Table demo_untouched has no stream; enable it with: aws dynamodb update-table --table-name "
					+ "demo_untouched --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
		assertThat(describe("demo_untouched").streamSpecification()).isNull();
	}

	@Test
	void asksForThePartitionKeyOfAMissingTable() {
		assertThatIllegalStateException()
			.isThrownBy(() -> provisioner(true).streamArnOf(
					table("unknown", "demo_unknown", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null))
			.withMessage("Table demo_unknown does not exist: set dynamodb.streams.tables.unknown.partition-key so that "
					+ "the local stream loop creates it");
	}

	@Test
	void doesNotCreateAMissingTableWhenNotAllowedTo() {
		TableDefinition table = new TableDefinition("id", KeyType.S, null, KeyType.S, StreamViewType.NEW_AND_OLD_IMAGES,
				false);
		assertThatIllegalStateException()
			.isThrownBy(() -> provisioner(false)
				.streamArnOf(table("absent", "demo_absent", table, RequiredImages.NEW_AND_OLD), null))
			.withMessage("Table demo_absent does not exist; create it, or let the local stream loop create it with "
					+ "dynamodb.streams.local.create-tables=true");
		assertThat(tables.client().listTables().tableNames()).doesNotContain("demo_absent");
	}

	@Test
	void warnsWhenTheStreamLacksTheImagesTheListenersRead(CapturedOutput output) {
		TableDefinition table = new TableDefinition("id", KeyType.S, null, KeyType.S, StreamViewType.KEYS_ONLY, false);
		provisioner(true).streamArnOf(table("keys", "demo_keys", table, RequiredImages.OLD), null);
		assertThat(output).contains("The stream of demo_keys has view type KEYS_ONLY, without the images the "
				+ "listeners read (OLD_IMAGE at least): they will see null images");
	}

	private static LocalTableProvisioner provisioner(boolean createTables) {
		return new LocalTableProvisioner(tables.client(), createTables);
	}

	private static TableDescription describe(String name) {
		return tables.client().describeTable((request) -> request.tableName(name)).table();
	}

	private static void createWithoutStream(String name) {
		tables.client()
			.createTable((request) -> request.tableName(name)
				.keySchema((key) -> key.attributeName("id")
					.keyType(software.amazon.awssdk.services.dynamodb.model.KeyType.HASH))
				.attributeDefinitions((attribute) -> attribute.attributeName("id").attributeType(ScalarAttributeType.S))
				.billingMode(BillingMode.PAY_PER_REQUEST));
	}

	private static StreamTable table(String reference, String tableName, TableDefinition definition,
			RequiredImages images) {
		return new StreamTable(reference, tableName, new DynamoStreamsProperties().toMappingSettings(reference),
				definition, List.of(), Set.of(DynamoEventName.INSERT), images);
	}

}
