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

package io.github.ddbstreams.harness.lambda;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The Lambda Runtime API (version 2018-06-01) on a loopback port, serving the events it
 * is given to a runtime that polls it, such as the Lambda Java runtime interface client
 * started with {@code AWS_LAMBDA_RUNTIME_API} set to {@link #address()}.
 * <p>
 * Each invocation is handed out once by {@code /runtime/invocation/next}, with every
 * {@code Lambda-Runtime-*} header that Lambda sends (the runtime interface client's
 * native code crashes the JVM when one is missing), and completes when the runtime posts
 * its response or error. An initialization error is kept for {@link #initError()}.
 * <p>
 * The server answers without Nagle's delay ({@code sun.net.httpserver.nodelay}, unless
 * set otherwise before the first server of the JVM starts): the JDK's server writes the
 * headers and the body of a response apart, and with the delay each answer would wait for
 * the client's delayed acknowledgement (some 40 ms), far longer than a warm invocation
 * takes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class LocalRuntimeApi implements AutoCloseable {

	private static final String PREFIX = "/2018-06-01/runtime/";

	static {
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final HttpServer server;

	private final ExecutorService executor;

	private final String functionArn;

	private final Duration timeout;

	private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();

	private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();

	private final CompletableFuture<String> initError = new CompletableFuture<>();

	private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();

	private final CompletableFuture<Long> restored = new CompletableFuture<>();

	private final CompletableFuture<String> restoreError = new CompletableFuture<>();

	private volatile boolean closed;

	private LocalRuntimeApi(String functionName, Duration timeout) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "local-runtime-api");
			thread.setDaemon(true);
			return thread;
		});
		this.functionArn = "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
		this.timeout = timeout;
		this.server.setExecutor(this.executor);
		this.server.createContext(PREFIX, this::handle);
		this.server.start();
	}

	/**
	 * Start the API on a free loopback port.
	 * @param functionName the name of the function, in the ARN of each invocation
	 * @param timeout the time each invocation may take, for its deadline
	 * @return the running API
	 * @throws IOException if the server cannot start
	 */
	public static LocalRuntimeApi start(String functionName, Duration timeout) throws IOException {
		return new LocalRuntimeApi(functionName, timeout);
	}

	/**
	 * Return the address for {@code AWS_LAMBDA_RUNTIME_API}.
	 * @return the host and port, such as {@code 127.0.0.1:49152}
	 */
	public String address() {
		InetSocketAddress address = this.server.getAddress();
		return address.getAddress().getHostAddress() + ":" + address.getPort();
	}

	/**
	 * Queue an invocation for the runtime to fetch.
	 * @param event the event, usually JSON
	 * @return completes with the response or the error that the runtime posts
	 */
	public CompletableFuture<Result> invoke(String event) {
		return invoke(event.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Queue an invocation for the runtime to fetch, with a body of any bytes (such as
	 * JSON that is not valid UTF-8).
	 * @param event the bytes of the event
	 * @return completes with the response or the error that the runtime posts
	 */
	public CompletableFuture<Result> invoke(byte[] event) {
		Invocation invocation = new Invocation(UUID.randomUUID().toString(), event.clone(), new CompletableFuture<>());
		this.pending.add(invocation);
		return invocation.result();
	}

	/**
	 * Return the initialization error that the runtime reports, if it does.
	 * @return completes with the body of the error
	 */
	public CompletableFuture<String> initError() {
		return this.initError;
	}

	/**
	 * Return when the runtime first asked for an invocation: the end of its
	 * initialization.
	 * @return completes with {@link System#nanoTime()} of the first request for an
	 * invocation
	 */
	public CompletableFuture<Long> firstPoll() {
		return this.firstPoll;
	}

	/**
	 * Return when the runtime of a SnapStart function
	 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) asked to be restored: after its
	 * initialization and its CRaC {@code beforeCheckpoint} hooks, where Lambda takes the
	 * snapshot. This API answers at once, as if restoring the snapshot it never took, and
	 * the runtime runs its {@code afterRestore} hooks.
	 * @return completes with {@link System#nanoTime()} of the request
	 */
	public CompletableFuture<Long> restored() {
		return this.restored;
	}

	/**
	 * Return the restore error that the runtime reports, if it does: an
	 * {@code afterRestore} hook failed.
	 * @return completes with the body of the error
	 */
	public CompletableFuture<String> restoreError() {
		return this.restoreError;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
			String[] segments = path.split("/");
			if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
				this.firstPoll.complete(System.nanoTime());
				next(exchange);
			}
			else if (path.equals("restore/next") && exchange.getRequestMethod().equals("GET")) {
				this.restored.complete(System.nanoTime());
				send(exchange, 200, "");
			}
			else if (path.equals("restore/error")) {
				this.restoreError.complete(body(exchange));
				send(exchange, 202, "{\"status\":\"OK\"}");
			}
			else if (segments.length == 3 && segments[0].equals("invocation") && segments[2].equals("response")) {
				complete(exchange, segments[1], (body) -> new Response(segments[1], body));
			}
			else if (segments.length == 3 && segments[0].equals("invocation") && segments[2].equals("error")) {
				String errorType = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
				complete(exchange, segments[1], (body) -> new Error(segments[1], errorType, body));
			}
			else if (path.equals("init/error")) {
				this.initError.complete(body(exchange));
				send(exchange, 202, "{\"status\":\"OK\"}");
			}
			else {
				send(exchange, 404, "{\"errorMessage\":\"Unknown resource " + path + "\"}");
			}
		}
	}

	private void next(HttpExchange exchange) throws IOException {
		Invocation invocation = null;
		try {
			while (invocation == null && !this.closed) {
				invocation = this.pending.poll(100, TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (invocation == null) {
			send(exchange, 500, "{\"errorMessage\":\"Runtime API closed\"}");
			return;
		}
		this.inFlight.put(invocation.requestId(), invocation);
		Headers headers = exchange.getResponseHeaders();
		headers.set("Content-Type", "application/json");
		headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
		headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + this.timeout.toMillis()));
		headers.set("Lambda-Runtime-Invoked-Function-Arn", this.functionArn);
		headers.set("Lambda-Runtime-Trace-Id", traceId());
		headers.set("Lambda-Runtime-Client-Context", "");
		headers.set("Lambda-Runtime-Cognito-Identity", "");
		headers.set("Lambda-Runtime-Aws-Tenant-Id", "");
		exchange.sendResponseHeaders(200, invocation.event().length);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(invocation.event());
		}
	}

	private void complete(HttpExchange exchange, String requestId, Function<String, Result> result) throws IOException {
		Invocation invocation = this.inFlight.remove(requestId);
		if (invocation == null) {
			send(exchange, 400, "{\"errorMessage\":\"Unknown request id " + requestId + "\"}");
			return;
		}
		invocation.result().complete(result.apply(body(exchange)));
		send(exchange, 202, "{\"status\":\"OK\"}");
	}

	private static String traceId() {
		HexFormat hex = HexFormat.of();
		byte[] random = new byte[20];
		ThreadLocalRandom.current().nextBytes(random);
		return "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + hex.formatHex(random, 0, 12)
				+ ";Parent=" + hex.formatHex(random, 12, 20) + ";Sampled=0";
	}

	private static String body(HttpExchange exchange) throws IOException {
		return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (bytes.length > 0) ? bytes.length : -1);
		try (OutputStream output = exchange.getResponseBody()) {
			output.write(bytes);
		}
	}

	@Override
	public void close() {
		this.closed = true;
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private record Invocation(String requestId, byte[] event, CompletableFuture<Result> result) {

	}

	/**
	 * What the runtime posted for an invocation.
	 */
	public sealed interface Result {

		/**
		 * Return the id of the invocation.
		 * @return the request id
		 */
		String requestId();

		/**
		 * Return the body the runtime posted.
		 * @return the body
		 */
		String body();

	}

	/**
	 * The response of a successful invocation.
	 *
	 * @param requestId the id of the invocation
	 * @param body the response
	 */
	public record Response(String requestId, String body) implements Result {

	}

	/**
	 * The error of a failed invocation.
	 *
	 * @param requestId the id of the invocation
	 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header
	 * @param body the error document, with {@code errorMessage} and {@code errorType}
	 */
	public record Error(String requestId, @Nullable String errorType, String body) implements Result {

	}

}
