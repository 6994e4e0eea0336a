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

package io.github.ddbstreams.harness.moto;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.tools.InstalledTools;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A moto server (Apache-2.0) serving DynamoDB and DynamoDB Streams on a free loopback
 * port, started once per test JVM and shared by its tests, stopped when the JVM exits.
 * Tests keep apart by table names of their own.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class MotoServer {

	/**
	 * The region moto serves whatever the client asks for.
	 */
	public static final String REGION = "us-east-1";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

	private static @Nullable MotoServer shared;

	private final Process process;

	private final URI endpoint;

	private MotoServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/**
	 * Return the moto server of this JVM, starting it on first use.
	 * @return the server
	 * @throws IllegalStateException if moto is not installed or does not start
	 */
	public static synchronized MotoServer shared() {
		MotoServer server = shared;
		if (server == null || !server.process.isAlive()) {
			server = start();
			shared = server;
			Process process = server.process;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> destroy(process), "moto-server-stop"));
		}
		return server;
	}

	/**
	 * Return whether moto can be started on this machine.
	 * @return whether {@code moto_server} or the {@code moto} Python module is installed
	 */
	public static boolean isInstalled() {
		return command(0) != null;
	}

	/**
	 * Return the endpoint of the server.
	 * @return the endpoint, such as {@code http://127.0.0.1:40123}
	 */
	public URI endpoint() {
		return this.endpoint;
	}

	/**
	 * Create a DynamoDB client of the server.
	 * @return the client, to be closed by the caller
	 */
	public DynamoDbClient dynamoDb() {
		return DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(this.endpoint)
			.region(Region.of(REGION))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	/**
	 * Create a DynamoDB Streams client of the server.
	 * @return the client, to be closed by the caller
	 */
	public DynamoDbStreamsClient streams() {
		return DynamoDbStreamsClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(this.endpoint)
			.region(Region.of(REGION))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
	}

	private static MotoServer start() {
		int port = freePort();
		List<String> command = command(port);
		if (command == null) {
			throw new IllegalStateException("moto is not installed: install it with pipx install \"moto[server]\"");
		}
		try {
			Path log = Files.createTempFile("moto-server", ".log");
			log.toFile().deleteOnExit();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (!answers(port)) {
				if (!process.isAlive() || System.nanoTime() - deadline > 0) {
					destroy(process);
					throw new IllegalStateException("moto did not start on port " + port + ":" + System.lineSeparator()
							+ Files.readString(log));
				}
				Thread.sleep(50);
			}
			return new MotoServer(process, URI.create("http://127.0.0.1:" + port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting moto", ex);
		}
	}

	private static @Nullable List<String> command(int port) {
		String portText = String.valueOf(port);
		if (onPath("moto_server")) {
			return List.of("moto_server", "-H", "127.0.0.1", "-p", portText);
		}
		if (onPath("python3") && InstalledTools.succeeds(PROBE_TIMEOUT, "python3", "-c", "import moto.server")) {
			return List.of("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", portText);
		}
		return null;
	}

	private static boolean onPath(String executable) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, executable))) {
				return true;
			}
		}
		return false;
	}

	private static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void destroy(Process process) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
