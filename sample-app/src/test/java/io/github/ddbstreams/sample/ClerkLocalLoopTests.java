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

package io.github.ddbstreams.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ddbstreams.local.ManagedMotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the clerk's local run, as the README describes it: the {@code local}
 * profile of {@link TestClerkApplication} starts a managed moto server (here on a free
 * port rather than 8000) and creates {@code demo-dev_test-table}; changes made through
 * the DynamoDB API reach the clerk's listeners; moto stops with the application.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClerkLocalLoopTests {

	private static final String TABLE = "demo-dev_test-table";

	@TempDir
	Path onFailure;

	private ConfigurableApplicationContext context;

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void logsKeysAndNewImageOfChangesMadeWithTheDynamoDbApi(CapturedOutput output) {
		this.context = SpringApplication.from(ClerkApplication::main)
			.withAdditionalProfiles("local")
			.run("--dynamodb.streams.local.moto.port=0",
					"--dynamodb.streams.local.on-failure-directory=" + this.onFailure)
			.getApplicationContext();
		ManagedMotoServer moto = this.context.getBean(ManagedMotoServer.class);
		assertThat(moto.isManaged()).isTrue();
		try (DynamoDbClient client = DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(moto.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build()) {
			Map<String, AttributeValue> item = new LinkedHashMap<>();
			item.put("id", AttributeValue.fromS("id-1"));
			item.put("name", AttributeValue.fromS("name-1"));
			client.putItem((put) -> put.tableName(TABLE).item(item));
			client.updateItem((update) -> update.tableName(TABLE)
				.key(Map.of("id", AttributeValue.fromS("id-1")))
				.updateExpression("SET #name = :name")
				.expressionAttributeNames(Map.of("#name", "name"))
				.expressionAttributeValues(Map.of(":name", AttributeValue.fromS("name-2"))));
			client.deleteItem((delete) -> delete.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("id-1"))));
			assertThat(client.describeTimeToLive((ttl) -> ttl.tableName(TABLE)).timeToLiveDescription())
				.satisfies((ttl) -> assertThat(ttl.attributeName()).isEqualTo("expires"));
		}
		awaitOutput(output, "REMOVE test-table Keys: {id=AttributeValue(S=id-1)} NewImage: null");
		assertThat(output).contains(
				"INSERT test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-1)}",
				"Customer id-1 is now named name-1",
				"MODIFY test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-2)}",
				"Customer id-1 is now named name-2", "Started moto (pid " + moto.process().orElseThrow().pid());
		assertThat(output).contains("Created table demo-dev_test-table with partition key id (S), a NEW_AND_OLD_IMAGES "
				+ "stream and Time to Live on attribute expires");
		assertThat(output).doesNotContain("accessKey");
		ProcessHandle process = moto.process().orElseThrow();
		this.context.close();
		assertThat(process.isAlive()).isFalse();
	}

	private static void awaitOutput(CapturedOutput output, String line) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!output.toString().contains(line) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(output).contains(line);
	}

}
