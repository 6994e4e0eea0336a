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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LocalTableProvisioner} on a real moto server.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalTableProvisionerTests {

	private static TestTables tables;

	@BeforeAll
	static void connectToMoto() {
		tables = TestTables.onMoto();
	}

	@AfterAll
	static void disconnect() {
		tables.close();
	}

	@Test
	void createsAMissingTableWithItsKeySchemaStreamAndTimeToLive(CapturedOutput output) {
		TableDefinition table = new TableDefinition("customer", KeyType.S, "order", KeyType.N, StreamViewType.NEW_IMAGE,
				false);
		String streamArn = provisioner(true)
			.streamArnOf(table("orders", "provisioner_orders", table, RequiredImages.NEW), "expires");
		TableDescription created = describe("provisioner_orders");
		assertThat(streamArn).isEqualTo(created.latestStreamArn()).contains(":table/provisioner_orders/stream/");
		assertThat(created.keySchema()).extracting((key) -> key.attributeName() + " " + key.keyTypeAsString())
			.containsExactly("customer HASH", "order RANGE");
		assertThat(created.attributeDefinitions()).extracting((attribute) -> attribute.attributeType())
			.containsExactly(ScalarAttributeType.S, ScalarAttributeType.N);
		assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(created.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_IMAGE");
		assertThat(tables.client()
			.describeTimeToLive((request) -> request.tableName("provisioner_orders"))
			.timeToLiveDescription()).satisfies((ttl) -> {
				assertThat(ttl.attributeName()).isEqualTo("expires");
				assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
			});
		assertThat(output)
			.contains("Created table provisioner_orders with partition key customer (S), sort key order (N), "
					+ "a NEW_IMAGE stream and Time to Live on attribute expires");
	}

	@Test
	void returnsTheStreamOfAnExistingTable() {
		tables.create("provisioner_existing");
		String streamArn = provisioner(false).streamArnOf(
				table("existing", "provisioner_existing", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null);
		assertThat(streamArn).isEqualTo(describe("provisioner_existing").latestStreamArn());
	}

	@Test
	void enablesTheStreamOfATableThatHasNone() {
		createWithoutStream("provisioner_quiet");
		String streamArn = provisioner(true).streamArnOf(
				table("quiet", "provisioner_quiet", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null);
		TableDescription table = describe("provisioner_quiet");
		assertThat(streamArn).isEqualTo(table.latestStreamArn()).isNotNull();
		assertThat(table.streamSpecification().streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
	}

	@Test
	void printsTheCommandThatEnablesTheStreamWhenNotAllowedTo() {
		createWithoutStream("provisioner_untouched");
		assertThatExceptionOfType(LocalLoopSetupException.class).isThrownBy(() -> provisioner(false).streamArnOf(
				table("untouched", "provisioner_untouched", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD),
				null))
			.satisfies((ex) -> {
				assertThat(ex.getDescription()).isEqualTo("Table provisioner_untouched has no stream.");
				assertThat(ex.getAction()).isEqualTo("Enable it with: aws dynamodb update-table --table-name "
						+ "provisioner_untouched --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES");
			});
		assertThat(describe("provisioner_untouched").streamSpecification()).isNull();
	}

	@Test
	void asksForThePartitionKeyOfAMissingTable() {
		assertThatExceptionOfType(LocalLoopSetupException.class).isThrownBy(() -> provisioner(true).streamArnOf(
				table("unknown", "provisioner_unknown", TableDefinition.UNDEFINED, RequiredImages.NEW_AND_OLD), null))
			.satisfies((ex) -> {
				assertThat(ex.getDescription()).isEqualTo("Table provisioner_unknown does not exist, and the local "
						+ "stream loop cannot create it without its partition key.");
				assertThat(ex.getAction()).isEqualTo("Set dynamodb.streams.tables.unknown.partition-key (and "
						+ "dynamodb.streams.tables.unknown.sort-key if the table has one), or create the table yourself.");
			});
	}

	@Test
	void doesNotCreateAMissingTableWhenNotAllowedTo() {
		TableDefinition table = new TableDefinition("id", KeyType.S, null, KeyType.S, StreamViewType.NEW_AND_OLD_IMAGES,
				false);
		assertThatExceptionOfType(LocalLoopSetupException.class)
			.isThrownBy(() -> provisioner(false)
				.streamArnOf(table("absent", "provisioner_absent", table, RequiredImages.NEW_AND_OLD), null))
			.withMessage("Table provisioner_absent does not exist. Create it, or let the local stream loop create it "
					+ "with dynamodb.streams.local.create-tables=true.");
		assertThat(tables.client().listTables().tableNames()).doesNotContain("provisioner_absent");
	}

	@Test
	void refusesAStreamWithoutTheImagesTheListenersReadNamingTheFix() {
		TableDefinition table = new TableDefinition("id", KeyType.S, null, KeyType.S, StreamViewType.KEYS_ONLY, false);
		assertThatExceptionOfType(LocalLoopSetupException.class).isThrownBy(
				() -> provisioner(true).streamArnOf(table("keys", "provisioner_keys", table, RequiredImages.OLD), null))
			.satisfies((ex) -> {
				assertThat(ex.getDescription()).isEqualTo("The stream of provisioner_keys has view type KEYS_ONLY,"
						+ " without the images its listeners read (OLD_IMAGE at least): listener methods with an"
						+ " image parameter would fail every record, and DynamoRecord.newImage() and oldImage() would"
						+ " return null.");
				assertThat(ex.getAction()).isEqualTo("Set dynamodb.streams.tables.keys.stream-view-type to OLD_IMAGE"
						+ " or NEW_AND_OLD_IMAGES, and delete the table so that the loop creates it again (a stream's"
						+ " view type cannot change while it is enabled, and disabling a stream breaks a table on"
						+ " moto): aws dynamodb delete-table --endpoint-url "
						+ tables.client().serviceClientConfiguration().endpointOverride().orElseThrow()
						+ " --table-name provisioner_keys");
			});
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
