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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link EmbeddedDynamoDbLocal}.
 */
class EmbeddedDynamoDbLocalTests {

	@Test
	void servesTheDynamoDbApiOnAFreeLoopbackPort() {
		try (EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, null);
				TestTables tables = new TestTables(dynamoDbLocal.endpoint(), "eu-west-1")) {
			assertThat(dynamoDbLocal.endpoint().getHost()).isEqualTo(InetAddress.getLoopbackAddress().getHostAddress());
			assertThat(dynamoDbLocal.port()).isPositive();
			assertThat(dynamoDbLocal.databaseDirectory()).isNull();
			tables.create("embedded-table");
			assertThat(tables.client().listTables().tableNames()).containsExactly("embedded-table");
		}
	}

	@Test
	void servesOneDatabaseWhateverTheCredentialsAndRegionOfTheClient() {
		try (EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, null);
				TestTables ireland = new TestTables(dynamoDbLocal.endpoint(), "eu-west-1");
				TestTables virginia = new TestTables(dynamoDbLocal.endpoint(), "us-east-1")) {
			ireland.create("shared-table");
			assertThat(virginia.client().listTables().tableNames()).containsExactly("shared-table");
		}
	}

	@Test
	void listensOnTheLoopbackInterfaceOnly() throws IOException {
		Optional<InetAddress> external = externalAddress();
		try (EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, null)) {
			try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), dynamoDbLocal.port())) {
				assertThat(loopback.isConnected()).isTrue();
			}
			external.ifPresent((address) -> assertThatException().isThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(address, dynamoDbLocal.port()), 1000);
				}
			}).isInstanceOf(IOException.class));
		}
	}

	@Test
	void keepsTablesInTheDatabaseDirectoryAcrossRestarts(@TempDir Path directory) {
		try (EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, directory.resolve("db"));
				TestTables tables = new TestTables(dynamoDbLocal.endpoint(), "us-east-1")) {
			tables.create("kept-table");
			tables.put("kept-table", "id-1", "name", "name-1");
		}
		try (EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, directory.resolve("db"));
				TestTables tables = new TestTables(dynamoDbLocal.endpoint(), "us-east-1")) {
			assertThat(dynamoDbLocal.databaseDirectory()).isEqualTo(directory.resolve("db"));
			assertThat(tables.client().scan((scan) -> scan.tableName("kept-table")).items()).singleElement()
				.satisfies((item) -> assertThat(item.get("name").s()).isEqualTo("name-1"));
		}
	}

	@Test
	void failsWithTheWayOutWhenThePortIsInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedDynamoDbLocal.start(taken.getLocalPort(), null))
				.withMessageStartingWith("DynamoDB Local cannot listen on port " + taken.getLocalPort()
						+ " of the loopback interface, which is in use")
				.withMessageContaining("dynamodb.streams.local.embedded.port")
				.withMessageContaining("dynamodb.streams.local.endpoint");
		}
		assertThat(dynamoDbLocalThreads()).isEmpty();
	}

	@Test
	@Timeout(60)
	void endsEveryThreadOfDynamoDbLocalWhenClosed() {
		EmbeddedDynamoDbLocal dynamoDbLocal = EmbeddedDynamoDbLocal.start(0, null);
		try (TestTables tables = new TestTables(dynamoDbLocal.endpoint(), "us-east-1")) {
			tables.create("threads-table");
			tables.put("threads-table", "id-1");
		}
		assertThat(dynamoDbLocalThreads()).isNotEmpty();
		dynamoDbLocal.close();
		assertThat(dynamoDbLocalThreads()).isEmpty();
		dynamoDbLocal.close();
	}

	private static List<Thread> dynamoDbLocalThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && thread.getThreadGroup() != null
					&& "dynamodb-local".equals(thread.getThreadGroup().getName()))
			.toList();
	}

	private static Optional<InetAddress> externalAddress() throws IOException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				Optional<InetAddress> address = Collections.list(network.getInetAddresses())
					.stream()
					.filter((candidate) -> candidate.getAddress().length == 4)
					.findFirst();
				if (address.isPresent()) {
					return address;
				}
			}
		}
		return Optional.empty();
	}

}
