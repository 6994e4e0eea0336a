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
import java.net.URI;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local, embedded and in memory, on a free loopback port (other builds on the
 * machine run their own).
 */
final class DynamoDbLocal implements AutoCloseable {

	private final DynamoDBProxyServer server;

	private final int port;

	private DynamoDbLocal(DynamoDBProxyServer server, int port) {
		this.server = server;
		this.port = port;
	}

	static DynamoDbLocal start() throws Exception {
		Exception failure = null;
		for (int attempt = 0; attempt < 5; attempt++) {
			int port = freePort();
			DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
					new String[] { "-inMemory", "-disableTelemetry", "-port", Integer.toString(port) });
			try {
				server.start();
				return new DynamoDbLocal(server, port);
			}
			catch (Exception ex) {
				failure = ex;
			}
		}
		throw failure;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	URI endpoint() {
		return URI.create("http://localhost:" + this.port);
	}

	DynamoDbClient client() {
		return DynamoDbClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build();
	}

	@Override
	public void close() throws Exception {
		this.server.stop();
	}

}
