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

package io.github.ddbstreams.local.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.github.ddbstreams.harness.moto.MotoServer;
import io.github.ddbstreams.listener.DynamoRecordListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link LocalLoopSetupFailureAnalyzer}: an application whose local stream loop
 * cannot be set up fails to start with a description and an action, as for an invalid
 * property, and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalLoopSetupFailureAnalyzerTests {

	@TempDir
	Path onFailure;

	@Test
	void reportsATableThatCannotBeCreatedWithoutItsPartitionKey(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run("--dynamodb.streams.local.endpoint=" + MotoServer.shared().endpoint(),
					"--dynamodb.streams.table-namespace=analyzer", "--dynamodb.streams.tables.ghost.batch-size=5"));
		assertReport(output,
				"Table analyzer_ghost does not exist, and the local stream loop cannot create it "
						+ "without its partition key.",
				"Set dynamodb.streams.tables.ghost.partition-key (and dynamodb.streams.tables.ghost.sort-key if the "
						+ "table has one), or create the table yourself.");
	}

	@Test
	void reportsAPortTakenBySomethingThatIsNotDynamoDb(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			assertThatException().isThrownBy(() -> run("--dynamodb.streams.local.moto.port=" + port));
			assertReport(output,
					"Port " + port + " of 127.0.0.1 is in use by something that is not DynamoDB, so the local "
							+ "stream loop cannot start moto there.",
					"Stop what listens on port " + port + ", set dynamodb.streams.local.moto.port to another port "
							+ "(0 for a free one), or set dynamodb.streams.local.endpoint to the DynamoDB you run.");
		}
	}

	@Test
	void reportsAnEndpointThatDoesNotAnswer(CapturedOutput output) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		String endpoint = "http://127.0.0.1:" + port;
		assertThatException().isThrownBy(() -> run("--dynamodb.streams.local.endpoint=" + endpoint,
				"--dynamodb.streams.tables.items.partition-key=id"));
		assertThat(output)
			.contains("Description:" + System.lineSeparator() + System.lineSeparator()
					+ "The local stream loop cannot reach DynamoDB at " + endpoint + ": ")
			.contains("Action:" + System.lineSeparator() + System.lineSeparator()
					+ "Start it, or point dynamodb.streams.local.endpoint at a DynamoDB that runs.")
			.doesNotContain("Caused by:");
	}

	private void run(String... arguments) {
		new SpringApplicationBuilder(LocalLoopApplication.class).web(WebApplicationType.NONE)
			.properties("dynamodb.streams.local.enabled=true",
					"dynamodb.streams.local.on-failure-directory=" + this.onFailure)
			.run(arguments)
			.close();
	}

	private static void assertReport(CapturedOutput output, String description, String action) {
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Description:" + System.lineSeparator() + System.lineSeparator() + description)
			.contains("Action:" + System.lineSeparator() + System.lineSeparator() + action)
			.doesNotContain("Caused by:")
			.doesNotContain("\tat ");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class LocalLoopApplication {

		@Bean
		DynamoRecordListener everyRecord() {
			return (record) -> {
			};
		}

	}

}
