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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A moto server (Apache-2.0) that gives the local stream loop a DynamoDB and DynamoDB
 * Streams on the loopback interface, started as a child process and stopped with the
 * application.
 * <p>
 * It runs {@code moto_server -H 127.0.0.1 -p <port>} (or {@code python3 -m moto.server})
 * and, where {@code setsid} exists, in a process group of its own, so that Ctrl-C in a
 * terminal reaches the application alone and the application stops the loop before moto.
 * It waits until moto answers DynamoDB requests and sends moto's output to this class's
 * logger at {@code DEBUG}. {@link #close()} ends moto's whole process tree; a JVM
 * shutdown hook does the same when the JVM exits without the application closing it
 * within 10 seconds.
 * <p>
 * When the port already serves DynamoDB (the moto of an earlier run, or one started by
 * hand), that one is used as it is and left running.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class ManagedMotoServer implements AutoCloseable {

	/**
	 * The port of the managed moto server unless configured otherwise: the one the AWS
	 * CLI commands of the documentation use.
	 */
	public static final int DEFAULT_PORT = 8000;

	private static final Log logger = LogFactory.getLog(ManagedMotoServer.class);

	private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

	private static final int OUTPUT_LINES_KEPT = 20;

	private final URI endpoint;

	private final @Nullable Process process;

	private final @Nullable Thread shutdownHook;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private ManagedMotoServer(URI endpoint, @Nullable Process process) {
		this.endpoint = endpoint;
		this.process = process;
		if (process != null) {
			this.shutdownHook = new Thread(this::stopWhenTheJvmExits, "moto-server-stop");
			Runtime.getRuntime().addShutdownHook(this.shutdownHook);
		}
		else {
			this.shutdownHook = null;
		}
	}

	/**
	 * Start a moto server, or use the DynamoDB that already answers on the port.
	 * @param port the loopback port, or 0 for a free one
	 * @param executable the {@code moto_server} to run, or {@code null} to look for moto
	 * on the {@code PATH}
	 * @param startupTimeout how long moto has to answer
	 * @return the running server
	 * @throws LocalLoopSetupException if moto is not installed, the port is taken by
	 * something that is not DynamoDB, or moto does not start
	 */
	public static ManagedMotoServer start(int port, @Nullable Path executable, Duration startupTimeout) {
		return start(port, startupTimeout, System.getenv(), Path.of(System.getProperty("user.home")), executable);
	}

	static ManagedMotoServer start(int port, Duration startupTimeout, Map<String, String> environment, Path home,
			@Nullable Path executable) {
		if (port != 0 && !isFree(port)) {
			URI endpoint = endpoint(port);
			if (answersAsDynamoDb(endpoint)) {
				logger.info("DynamoDB already answers on " + endpoint + ": using it. It was not started by this "
						+ "application and keeps running when the application stops");
				return new ManagedMotoServer(endpoint, null);
			}
			throw new LocalLoopSetupException(
					"Port " + port + " of " + HOST + " is in use by something that is "
							+ "not DynamoDB, so the local stream loop cannot start moto there.",
					"Stop what listens on port " + port + ", set dynamodb.streams.local.moto.port to another port "
							+ "(0 for a free one), or set dynamodb.streams.local.endpoint to the DynamoDB you run.");
		}
		MotoCommand command = MotoCommand.find(executable, environment, home);
		if (command == null) {
			throw noDatabase(port);
		}
		int servingPort = (port != 0) ? port : freePort();
		return launch(command, servingPort, startupTimeout, MotoCommand.setsid(environment));
	}

	private static ManagedMotoServer launch(MotoCommand command, int port, Duration startupTimeout,
			@Nullable Path setsid) {
		List<String> arguments = new ArrayList<>();
		if (setsid != null) {
			arguments.add(setsid.toString());
		}
		arguments.addAll(command.serving(HOST, port));
		Process process;
		try {
			process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new LocalLoopSetupException(
					"The local stream loop could not run " + command.program() + ": " + ex.getMessage() + ".",
					"Check that moto is installed: pipx install \"moto[server]\".", ex);
		}
		Output output = new Output(process);
		URI endpoint = endpoint(port);
		long started = System.nanoTime();
		long deadline = started + startupTimeout.toNanos();
		try (DynamoDbClient probe = probe(endpoint)) {
			while (!answersAsDynamoDb(probe)) {
				if (!process.isAlive()) {
					output.awaitEnd();
					throw new LocalLoopSetupException(
							"moto (" + command.program() + ") exited with code " + process.exitValue()
									+ " before it answered on " + endpoint + ". Its last output:"
									+ System.lineSeparator() + output.lastLines(),
							"Check that '" + String.join(" ", command.serving(HOST, port)) + "' runs in a terminal, "
									+ "and reinstall moto with pipx install \"moto[server]\" if it does not.");
				}
				if (System.nanoTime() - deadline > 0) {
					destroyTree(process);
					throw new LocalLoopSetupException(
							"moto (" + command.program() + ") did not answer on " + endpoint + " within "
									+ startupTimeout.toSeconds() + " s. Its last output:" + System.lineSeparator()
									+ output.lastLines(),
							"Set dynamodb.streams.local.moto.startup-timeout to wait longer, or check that '"
									+ String.join(" ", command.serving(HOST, port)) + "' runs in a terminal.");
				}
				pause(Duration.ofMillis(100));
			}
		}
		catch (RuntimeException ex) {
			destroyTree(process);
			throw ex;
		}
		ManagedMotoServer server = new ManagedMotoServer(endpoint, process);
		output.onEnd(() -> {
			if (!server.closed.get()) {
				logger.warn("moto (pid " + process.pid() + ") on " + endpoint + " exited with code "
						+ process.exitValue() + " while the application runs: the local stream loop has no database");
			}
		});
		if (logger.isInfoEnabled()) {
			logger.info("Started moto (pid " + process.pid() + ", " + command.program() + ") on " + endpoint + " in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		}
		return server;
	}

	private static LocalLoopSetupException noDatabase(int port) {
		return new LocalLoopSetupException("The local stream loop has no DynamoDB to run on: "
				+ "dynamodb.streams.local.endpoint is not set, the application declares no DynamoDB container bean, "
				+ "and moto, which the loop would start otherwise, is not installed (no moto_server on the PATH or in "
				+ "~/.local/bin, and python3 has no moto module).",
				"Do one of these: install moto with pipx install \"moto[server]\" (the loop then starts it on port "
						+ ((port != 0) ? port : "a free port") + "); declare a container bean with @ServiceConnection "
						+ "(the motoserver/moto image, or LocalStack) through Spring Boot's Testcontainers support; or "
						+ "set dynamodb.streams.local.endpoint to a DynamoDB you run. To poll the streams on AWS "
						+ "instead, set dynamodb.streams.local.moto.enabled=false.");
	}

	/**
	 * Return the endpoint of DynamoDB and DynamoDB Streams.
	 * @return the endpoint, such as {@code http://127.0.0.1:8000}
	 */
	public URI endpoint() {
		return this.endpoint;
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.endpoint.getPort();
	}

	/**
	 * Return whether this application started the server, and stops it.
	 * @return {@code false} when a DynamoDB already answered on the port
	 */
	public boolean isManaged() {
		return this.process != null;
	}

	/**
	 * Return the moto process this application started.
	 * @return the process, or empty when a DynamoDB already answered on the port
	 */
	public Optional<ProcessHandle> process() {
		return Optional.ofNullable(this.process).map(Process::toHandle);
	}

	/**
	 * Stop moto and every process it started, unless this application did not start it.
	 * Closing again has no effect.
	 */
	@Override
	public void close() {
		Process process = this.process;
		if (process == null || !this.closed.compareAndSet(false, true)) {
			return;
		}
		Thread shutdownHook = this.shutdownHook;
		if (shutdownHook != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is exiting, and the hook ends moto
			}
		}
		destroyTree(process);
		this.stopped.countDown();
		logger.info("Stopped moto (pid " + process.pid() + ") on " + this.endpoint);
	}

	private void stopWhenTheJvmExits() {
		Process process = this.process;
		try {
			if (process == null || this.stopped.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.closed.compareAndSet(false, true)) {
			destroyTree(process);
		}
	}

	private static void destroyTree(Process process) {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(0, process.toHandle());
		tree.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
		for (ProcessHandle handle : tree) {
			long left = deadline - System.nanoTime();
			try {
				if (left > 0) {
					handle.onExit().get(left, TimeUnit.NANOSECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Exception ex) {
				// still alive: ended forcibly below
			}
		}
		tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	private static URI endpoint(int port) {
		return URI.create("http://" + HOST + ":" + port);
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(HOST, port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

	private static boolean answersAsDynamoDb(URI endpoint) {
		try (DynamoDbClient probe = probe(endpoint)) {
			return answersAsDynamoDb(probe);
		}
	}

	private static boolean answersAsDynamoDb(DynamoDbClient probe) {
		try {
			probe.listTables((request) -> request.limit(1));
			return true;
		}
		catch (SdkException ex) {
			return false;
		}
	}

	private static DynamoDbClient probe(URI endpoint) {
		return DynamoDbClient.builder()
			.httpClientBuilder(
					UrlConnectionHttpClient.builder().connectionTimeout(PROBE_TIMEOUT).socketTimeout(PROBE_TIMEOUT))
			.endpointOverride(endpoint)
			.region(Region.of(LocalStreamClients.DEFAULT_ENDPOINT_REGION))
			.credentialsProvider(LocalStreamClients.ENDPOINT_CREDENTIALS)
			.overrideConfiguration((configuration) -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry())
				.apiCallTimeout(PROBE_TIMEOUT))
			.build();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalLoopSetupException("Interrupted while waiting for moto to answer.",
					"Start the application again.", ex);
		}
	}

	/**
	 * The output of the moto process: each line goes to the log at {@code DEBUG}, and the
	 * last lines are kept for messages.
	 */
	private static final class Output {

		private final Deque<String> lastLines = new ArrayDeque<>();

		private final Thread reader;

		private volatile @Nullable Runnable onEnd;

		Output(Process process) {
			this.reader = new Thread(() -> read(process), "moto-server-output");
			this.reader.setDaemon(true);
			this.reader.start();
		}

		private void read(Process process) {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (logger.isDebugEnabled()) {
						logger.debug("moto: " + line);
					}
					synchronized (this.lastLines) {
						this.lastLines.addLast(line);
						if (this.lastLines.size() > OUTPUT_LINES_KEPT) {
							this.lastLines.removeFirst();
						}
					}
				}
			}
			catch (IOException ex) {
				// the stream closes when moto ends
			}
			try {
				process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			Runnable onEnd = this.onEnd;
			if (onEnd != null) {
				onEnd.run();
			}
		}

		void onEnd(Runnable onEnd) {
			this.onEnd = onEnd;
		}

		void awaitEnd() {
			try {
				this.reader.join(STOP_TIMEOUT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		String lastLines() {
			synchronized (this.lastLines) {
				return this.lastLines.isEmpty() ? "(none)" : String.join(System.lineSeparator(), this.lastLines);
			}
		}

	}

}
