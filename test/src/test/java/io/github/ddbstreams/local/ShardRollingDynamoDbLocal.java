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

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.local.shared.access.LocalDBClient;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * A DynamoDB Local whose stream shards can be rolled over on demand, as DynamoDB does
 * every few hours: the open shard of each stream closes and a child shard opens. It
 * reaches into DynamoDB Local's internals, which only a test may do.
 */
final class ShardRollingDynamoDbLocal implements AutoCloseable {

	private static final Duration ROLLOVER_AGE = Duration.ofHours(5);

	private final Server server;

	private final LocalDynamoDBRequestHandler requests;

	private final LocalDynamoDBServerHandler handler;

	private final URI endpoint;

	ShardRollingDynamoDbLocal() throws Exception {
		this.requests = new LocalDynamoDBRequestHandler(0, true, null, true, false);
		this.handler = new LocalDynamoDBServerHandler(this.requests, null);
		this.server = new Server();
		ServerConnector connector = new ServerConnector(this.server);
		connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
		connector.setPort(0);
		this.server.addConnector(connector);
		ContextHandler context = new ContextHandler();
		context.setHandler(this.handler);
		this.server.setHandler(new ContextHandlerCollection(context));
		this.server.start();
		this.endpoint = URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort());
	}

	URI endpoint() {
		return this.endpoint;
	}

	/**
	 * Close the open shard of every stream; the next write opens a child shard.
	 * @throws Exception if DynamoDB Local's internals cannot be reached
	 */
	void rollShards() throws Exception {
		Field handlers = LocalDynamoDBRequestHandler.class.getDeclaredField("dbRequestHandlers");
		handlers.setAccessible(true);
		for (Object database : ((Map<?, ?>) handlers.get(this.requests)).values()) {
			((LocalDBClient) database).dilateEventTimes(ROLLOVER_AGE.toMillis());
			((LocalDBClient) database).triggerShardRollovers();
		}
	}

	@Override
	public void close() throws Exception {
		this.server.stop();
		this.handler.close();
	}

}
