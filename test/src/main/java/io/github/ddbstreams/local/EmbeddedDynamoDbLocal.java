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
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.jspecify.annotations.Nullable;

/**
 * DynamoDB Local embedded in the application, listening on the loopback interface only.
 * <p>
 * It serves a single database to every client, whatever its credentials and region (like
 * DynamoDB Local's {@code -sharedDb}), so that the AWS CLI sees the tables the
 * application created. It sends no telemetry.
 * <p>
 * DynamoDB Local runs its background jobs on non-daemon threads, and its shard rollover
 * job sleeps 7.5 minutes at a time without noticing a shutdown: a JVM that stopped
 * DynamoDB Local the documented way lingers that long before it exits. This class
 * therefore starts DynamoDB Local from a thread group of its own and, once DynamoDB Local
 * has shut down, interrupts whatever is left in that group.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class EmbeddedDynamoDbLocal implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedDynamoDbLocal.class);

	private static final String SHARED_DATABASE_FILE = "shared-local-instance.db";

	private static final Duration THREAD_EXIT_TIMEOUT = Duration.ofSeconds(5);

	private final ThreadGroup threads;

	private final Server server;

	private final LocalDynamoDBServerHandler handler;

	private final URI endpoint;

	private final @Nullable Path databaseDirectory;

	private volatile boolean closed;

	private EmbeddedDynamoDbLocal(ThreadGroup threads, Server server, LocalDynamoDBServerHandler handler, int port,
			@Nullable Path databaseDirectory) {
		this.threads = threads;
		this.server = server;
		this.handler = handler;
		this.endpoint = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
		this.databaseDirectory = databaseDirectory;
	}

	/**
	 * Start DynamoDB Local.
	 * @param port the loopback port, or 0 for a free one
	 * @param databaseDirectory the directory of the database file that keeps tables and
	 * items across restarts, or {@code null} to keep them in memory
	 * @return the running DynamoDB Local
	 * @throws IllegalStateException if DynamoDB Local cannot start, for example because
	 * the port is in use
	 */
	public static EmbeddedDynamoDbLocal start(int port, @Nullable Path databaseDirectory) {
		ThreadGroup threads = new ThreadGroup("dynamodb-local");
		AtomicReference<Object> outcome = new AtomicReference<>();
		Thread starter = new Thread(threads, () -> {
			try {
				outcome.set(startServer(threads, port, databaseDirectory));
			}
			catch (Exception ex) {
				outcome.set(ex);
			}
		}, "dynamodb-local-start");
		starter.start();
		try {
			starter.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting DynamoDB Local", ex);
		}
		if (outcome.get() instanceof EmbeddedDynamoDbLocal started) {
			logger.info("Started DynamoDB Local on " + started.endpoint() + ((databaseDirectory != null)
					? " with database file " + databaseDirectory.resolve(SHARED_DATABASE_FILE) : " in memory"));
			return started;
		}
		Exception failure = (Exception) outcome.get();
		if (hasCause(failure, BindException.class)) {
			throw new IllegalStateException("DynamoDB Local cannot listen on port " + port
					+ " of the loopback interface, which is in use (by another DynamoDB Local?): stop what uses it, "
					+ "choose another port with dynamodb.streams.local.embedded.port (0 for a free one), "
					+ "or connect to a running DynamoDB Local with dynamodb.streams.local.endpoint", failure);
		}
		throw new IllegalStateException("DynamoDB Local failed to start: " + failure.getMessage(), failure);
	}

	private static EmbeddedDynamoDbLocal startServer(ThreadGroup threads, int port, @Nullable Path databaseDirectory)
			throws Exception {
		if (databaseDirectory != null) {
			createDirectories(databaseDirectory);
		}
		LocalDynamoDBRequestHandler requests = new LocalDynamoDBRequestHandler(0, databaseDirectory == null,
				(databaseDirectory != null) ? databaseDirectory.toString() : null, true, false);
		LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(requests, null);
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
		connector.setPort(port);
		server.addConnector(connector);
		ContextHandler context = new ContextHandler();
		context.setHandler(handler);
		server.setHandler(new ContextHandlerCollection(context));
		try {
			server.start();
		}
		catch (Exception ex) {
			stop(server);
			handler.close();
			throw ex;
		}
		return new EmbeddedDynamoDbLocal(threads, server, handler, connector.getLocalPort(), databaseDirectory);
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the DynamoDB Local database directory " + directory, ex);
		}
	}

	/**
	 * Return the endpoint that DynamoDB and DynamoDB Streams clients use.
	 * @return the endpoint, such as {@code http://127.0.0.1:8000}
	 */
	public URI endpoint() {
		return this.endpoint;
	}

	/**
	 * Return the port DynamoDB Local listens on.
	 * @return the port
	 */
	public int port() {
		return this.endpoint.getPort();
	}

	/**
	 * Return the directory of the database file.
	 * @return the directory, or {@code null} when the database is in memory
	 */
	public @Nullable Path databaseDirectory() {
		return this.databaseDirectory;
	}

	/**
	 * Stop DynamoDB Local and end its threads. Closing again has no effect.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		stop(this.server);
		this.handler.close();
		endRemainingThreads();
		logger.info("Stopped DynamoDB Local on " + this.endpoint);
	}

	private void endRemainingThreads() {
		this.threads.interrupt();
		long deadline = System.nanoTime() + THREAD_EXIT_TIMEOUT.toNanos();
		Thread[] remaining = new Thread[this.threads.activeCount() + 8];
		int count = this.threads.enumerate(remaining);
		for (int i = 0; i < count; i++) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			try {
				remaining[i].join(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		int alive = this.threads.activeCount();
		if (alive > 0 && logger.isWarnEnabled()) {
			logger.warn(alive + " DynamoDB Local threads still run " + THREAD_EXIT_TIMEOUT.toSeconds()
					+ " seconds after it stopped");
		}
	}

	private static void stop(Server server) {
		try {
			server.stop();
		}
		catch (Exception ex) {
			logger.warn("DynamoDB Local did not stop cleanly", ex);
		}
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
