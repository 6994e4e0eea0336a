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

import java.net.URI;

import io.github.ddbstreams.local.EmbeddedDynamoDbLocal;
import io.github.ddbstreams.local.LocalStreamClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local, embedded and in memory, on a free loopback port (other builds on the
 * machine run their own), with a client of it.
 */
final class DynamoDbLocal implements AutoCloseable {

	private final EmbeddedDynamoDbLocal server;

	private final LocalStreamClients clients;

	private DynamoDbLocal(EmbeddedDynamoDbLocal server) {
		this.server = server;
		this.clients = LocalStreamClients.forEndpoint(server.endpoint(), null, "DynamoDB Local");
	}

	static DynamoDbLocal start() {
		return new DynamoDbLocal(EmbeddedDynamoDbLocal.start(0, null));
	}

	URI endpoint() {
		return this.server.endpoint();
	}

	DynamoDbClient client() {
		return this.clients.dynamoDb();
	}

	@Override
	public void close() {
		this.clients.close();
		this.server.close();
	}

}
