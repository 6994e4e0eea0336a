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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.sam.StreamArnResolver.Found;
import io.github.ddbstreams.sam.StreamArnResolver.IncompatibleAwsSdk;
import io.github.ddbstreams.sam.StreamArnResolver.StreamDisabled;
import io.github.ddbstreams.sam.StreamArnResolver.TableNotFound;
import io.github.ddbstreams.sam.StreamArnResolver.Unavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamArnResolver} against a moto server, and against endpoints that
 * refuse or never answer.
 */
class StreamArnResolverTests {

	private static MotoServer moto;

	private static DynamoDbClient client;

	@BeforeAll
	static void startMoto() throws Exception {
		moto = MotoServer.shared();
		client = moto.dynamoDb();
		createTable(client, "with-stream", StreamViewType.NEW_AND_OLD_IMAGES);
		createTable(client, "keys-only", StreamViewType.KEYS_ONLY);
		createTable(client, "without-stream", null);
	}

	static void createTable(DynamoDbClient client, String name, StreamViewType viewType) {
		client.createTable((table) -> {
			table.tableName(name)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
				.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build());
			if (viewType != null) {
				table.streamSpecification((stream) -> stream.streamEnabled(true).streamViewType(viewType));
			}
		});
	}

	@AfterAll
	static void closeClient() throws Exception {
		client.close();
	}

	private StreamArnResolver resolver() {
		return new StreamArnResolver(moto::dynamoDb, Duration.ofSeconds(10));
	}

	@Test
	void findsTheLatestStreamAndItsViewType() {
		try (StreamArnResolver resolver = resolver()) {
			assertThat(resolver.lookUp("with-stream")).isEqualTo(
					new Found(client.describeTable((table) -> table.tableName("with-stream")).table().latestStreamArn(),
							"NEW_AND_OLD_IMAGES"));
			assertThat(resolver.lookUp("keys-only")).isInstanceOfSatisfying(Found.class,
					(found) -> assertThat(found.streamViewType()).isEqualTo("KEYS_ONLY"));
		}
	}

	@Test
	void findsThatATableHasNoStream() {
		try (StreamArnResolver resolver = resolver()) {
			assertThat(resolver.lookUp("without-stream")).isEqualTo(new StreamDisabled());
		}
	}

	@Test
	void findsThatATableDoesNotExist() {
		try (StreamArnResolver resolver = resolver()) {
			assertThat(resolver.lookUp("missing")).isInstanceOf(TableNotFound.class);
		}
	}

	@Test
	void isUnavailableWithoutCredentialsAndStopsTrying() {
		AtomicInteger clients = new AtomicInteger();
		StreamArnResolver resolver = new StreamArnResolver(() -> {
			clients.incrementAndGet();
			return DynamoDbClient.builder()
				.httpClient(UrlConnectionHttpClient.create())
				.endpointOverride(moto.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(() -> {
					throw SdkClientException
						.create("Unable to load credentials from any of the providers in the chain");
				})
				.build();
		}, Duration.ofSeconds(10));
		try (resolver) {
			assertThat(resolver.lookUp("with-stream")).isInstanceOfSatisfying(Unavailable.class,
					(unavailable) -> assertThat(unavailable.reason()).startsWith("no AWS credentials"));
			assertThat(resolver.lookUp("keys-only")).isInstanceOf(Unavailable.class);
			assertThat(clients).hasValue(1);
		}
	}

	@Test
	void reportsALinkageErrorOfTheAwsSdkAsIncompatibleVersionsAndStopsTrying() {
		AtomicInteger clients = new AtomicInteger();
		StreamArnResolver resolver = new StreamArnResolver(() -> {
			clients.incrementAndGet();
			throw new NoSuchFieldError("SDK_HTTP_SERVICE_NAME");
		}, Duration.ofSeconds(10));
		try (resolver) {
			assertThat(resolver.lookUp("with-stream"))
				.isEqualTo(new IncompatibleAwsSdk("java.lang.NoSuchFieldError: SDK_HTTP_SERVICE_NAME"));
			assertThat(resolver.lookUp("keys-only")).isInstanceOf(IncompatibleAwsSdk.class);
			assertThat(clients).hasValue(1);
		}
	}

	@Test
	@Timeout(60)
	void isUnavailableWhenTheEndpointRefusesConnections() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		try (StreamArnResolver resolver = new StreamArnResolver(() -> client("http://127.0.0.1:" + port),
				Duration.ofSeconds(10))) {
			assertThat(resolver.lookUp("with-stream")).isInstanceOfSatisfying(Unavailable.class,
					(unavailable) -> assertThat(unavailable.reason()).doesNotStartWith("no answer within"));
		}
	}

	@Test
	@Timeout(60)
	void givesUpAfterTheTimeoutWhenTheEndpointNeverAnswers() throws Exception {
		List<Socket> accepted = new ArrayList<>();
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				try {
					while (!silent.isClosed()) {
						accepted.add(silent.accept());
					}
				}
				catch (IOException ex) {
					// closed
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			try (StreamArnResolver resolver = new StreamArnResolver(
					() -> client("http://127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(500))) {
				assertThat(resolver.lookUp("with-stream")).isInstanceOfSatisfying(Unavailable.class,
						(unavailable) -> assertThat(unavailable.reason()).isEqualTo("no answer within 500 ms"));
			}
		}
		finally {
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	private static DynamoDbClient client(String endpoint) {
		return DynamoDbClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(URI.create(endpoint))
			.overrideConfiguration((configuration) -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

}
