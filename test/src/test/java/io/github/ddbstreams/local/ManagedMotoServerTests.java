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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.moto.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Tests for {@link ManagedMotoServer}: the real moto of this machine on free ports, and
 * scripts that stand in for a moto that misbehaves.
 */
class ManagedMotoServerTests {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path directory;

	@Test
	void startsMotoOnAFreeLoopbackPortAndEndsItsProcessTreeWhenClosed() {
		ManagedMotoServer moto = ManagedMotoServer.start(0, null, STARTUP_TIMEOUT);
		ProcessHandle process = moto.process().orElseThrow();
		try (TestTables tables = TestTables
			.of(LocalStreamClients.forEndpoint(moto.endpoint(), null, "moto").dynamoDb())) {
			assertThat(moto.isManaged()).isTrue();
			assertThat(moto.endpoint().getHost()).isEqualTo("127.0.0.1");
			assertThat(moto.port()).isPositive().isNotEqualTo(ManagedMotoServer.DEFAULT_PORT);
			assertThat(process.isAlive()).isTrue();
			tables.create("managed-table");
			assertThat(tables.client().listTables().tableNames()).containsExactly("managed-table");
		}
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process);
		moto.close();
		assertThat(tree).noneMatch(ProcessHandle::isAlive);
		assertThatException().isThrownBy(() -> connect(moto.port())).isInstanceOf(IOException.class);
		moto.close();
	}

	@Test
	void runsMotoInAProcessGroupOfItsOwnSoThatCtrlCReachesTheApplicationFirst() throws IOException {
		Path self = Path.of("/proc/self/stat");
		assumeThat(Files.isReadable(self)).as("a /proc file system").isTrue();
		assumeThat(MotoCommand.setsid(System.getenv())).as("setsid on the PATH").isNotNull();
		try (ManagedMotoServer moto = ManagedMotoServer.start(0, null, STARTUP_TIMEOUT)) {
			long pid = moto.process().orElseThrow().pid();
			assertThat(processGroup(Path.of("/proc/" + pid + "/stat"))).isEqualTo(pid).isNotEqualTo(processGroup(self));
		}
	}

	@Test
	void usesTheDynamoDbThatAlreadyAnswersOnThePortAndLeavesItRunning() {
		MotoServer shared = MotoServer.shared();
		ManagedMotoServer moto = ManagedMotoServer.start(shared.endpoint().getPort(), null, STARTUP_TIMEOUT);
		assertThat(moto.isManaged()).isFalse();
		assertThat(moto.process()).isEmpty();
		assertThat(moto.endpoint()).isEqualTo(shared.endpoint());
		moto.close();
		try (TestTables tables = TestTables.onMoto()) {
			assertThat(tables.client().listTables().tableNames()).isNotNull();
		}
	}

	@Test
	void failsWithTheWayOutWhenThePortIsTakenBySomethingThatIsNotDynamoDb() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatExceptionOfType(LocalLoopSetupException.class)
				.isThrownBy(() -> ManagedMotoServer.start(port, null, STARTUP_TIMEOUT))
				.satisfies((ex) -> {
					assertThat(ex.getDescription()).isEqualTo("Port " + port + " of 127.0.0.1 is in use by something "
							+ "that is not DynamoDB, so the local stream loop cannot start moto there.");
					assertThat(ex.getAction()).isEqualTo("Stop what listens on port " + port
							+ ", set dynamodb.streams.local.moto.port to another port (0 for a free one), or set "
							+ "dynamodb.streams.local.endpoint to the DynamoDB you run.");
				});
		}
	}

	@Test
	void namesTheThreeWaysToGetADatabaseWhenMotoIsNotInstalled() {
		assertThatExceptionOfType(LocalLoopSetupException.class)
			.isThrownBy(() -> ManagedMotoServer.start(ManagedMotoServer.DEFAULT_PORT, STARTUP_TIMEOUT,
					Map.of("PATH", this.directory.toString()), this.directory, null))
			.satisfies((ex) -> {
				assertThat(ex.getDescription()).isEqualTo("The local stream loop has no DynamoDB to run on: "
						+ "dynamodb.streams.local.endpoint is not set, the application declares no DynamoDB "
						+ "container bean, and moto, which the loop would start otherwise, is not installed (no "
						+ "moto_server on the PATH or in ~/.local/bin, and python3 has no moto module).");
				assertThat(ex.getAction()).isEqualTo("Do one of these: install moto with pipx install "
						+ "\"moto[server]\" (the loop then starts it on port 8000); declare a container bean with "
						+ "@ServiceConnection (the motoserver/moto image, or LocalStack) through Spring Boot's "
						+ "Testcontainers support; or set dynamodb.streams.local.endpoint to a DynamoDB you run. To "
						+ "poll the streams on AWS instead, set dynamodb.streams.local.moto.enabled=false.");
			});
	}

	@Test
	void findsMotoServerWherePipxInstallsIt() throws IOException {
		Path bin = Files.createDirectories(this.directory.resolve(".local/bin"));
		Path motoServer = script(bin.resolve("moto_server"), "exit 0");
		MotoCommand command = MotoCommand.find(null, Map.of("PATH", ""), this.directory);
		assertThat(command).isNotNull();
		assertThat(command.serving("127.0.0.1", 8000)).containsExactly(motoServer.toString(), "-H", "127.0.0.1", "-p",
				"8000");
	}

	@Test
	void reportsMotosLastOutputWhenItExitsBeforeAnswering() throws IOException {
		Path broken = script(this.directory.resolve("moto_server"), "echo \"moto cannot start: $*\"", "exit 3");
		assertThatExceptionOfType(LocalLoopSetupException.class)
			.isThrownBy(() -> ManagedMotoServer.start(0, broken, STARTUP_TIMEOUT))
			.satisfies((ex) -> {
				assertThat(ex.getDescription())
					.startsWith("moto (" + broken + ") exited with code 3 before it " + "answered on http://127.0.0.1:")
					.contains("moto cannot start: -H 127.0.0.1 -p ");
				assertThat(ex.getAction()).contains("runs in a terminal", "pipx install \"moto[server]\"");
			});
	}

	@Test
	void endsAMotoThatDoesNotAnswerInTimeWithItsChildren() throws IOException {
		Path pidFile = this.directory.resolve("child.pid");
		Path silent = script(this.directory.resolve("moto_server"), "sleep 300 &", "echo $! > " + pidFile,
				"echo started", "wait");
		assertThatExceptionOfType(LocalLoopSetupException.class)
			.isThrownBy(() -> ManagedMotoServer.start(0, silent, Duration.ofSeconds(2)))
			.satisfies((ex) -> {
				assertThat(ex.getDescription()).contains("did not answer on http://127.0.0.1:", "within 2 s",
						"started");
				assertThat(ex.getAction()).contains("dynamodb.streams.local.moto.startup-timeout");
			});
		long child = Long.parseLong(Files.readString(pidFile).trim());
		assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	@Timeout(120)
	void stopsMotoWhenTheApplicationGetsCtrlC() throws Exception {
		assumeThat(Path.of("/bin/kill")).as("kill").isExecutable();
		Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), LoopApplication.class.getName(),
				"--dynamodb.streams.local.enabled=true", "--dynamodb.streams.local.moto.port=0",
				"--spring.main.web-application-type=none", "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.start();
		List<String> output = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = application.inputReader()) {
				lines.lines().forEach(output::add);
			}
			catch (IOException ex) {
				// the application ended
			}
		});
		reader.start();
		try {
			String started = awaitLine(output, "Started moto (pid ");
			long motoPid = Long.parseLong(started.replaceAll(".*Started moto \\(pid (\\d+),.*", "$1"));
			int port = Integer.parseInt(started.replaceAll(".* on http://127\\.0\\.0\\.1:(\\d+) in .*", "$1"));
			awaitLine(output, "Started LoopApplication");
			new ProcessBuilder("/bin/kill", "-INT", Long.toString(application.pid())).start().waitFor();
			assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("the application ended").isTrue();
			reader.join(10_000);
			assertThat(output).anyMatch((line) -> line.contains("Stopped moto (pid " + motoPid + ")"));
			assertThat(ProcessHandle.of(motoPid).filter(ProcessHandle::isAlive)).isEmpty();
			assertThatException().isThrownBy(() -> connect(port)).isInstanceOf(IOException.class);
		}
		finally {
			application.destroyForcibly();
		}
	}

	private static String awaitLine(List<String> output, String text) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			for (String line : output) {
				if (line.contains(text)) {
					return line;
				}
			}
			RecordingListener.sleep(Duration.ofMillis(50));
		}
		throw new AssertionError("No line with '" + text + "' in:" + System.lineSeparator()
				+ String.join(System.lineSeparator(), output));
	}

	private static Path script(Path file, String... lines) throws IOException {
		Files.writeString(file, "#!/bin/sh\n" + String.join("\n", lines) + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	private static long processGroup(Path stat) throws IOException {
		String content = Files.readString(stat);
		String[] fields = content.substring(content.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[2]);
	}

	private static void connect(int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
		}
	}

}
