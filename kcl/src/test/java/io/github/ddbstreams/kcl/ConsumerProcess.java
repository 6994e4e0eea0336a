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

package io.github.ddbstreams.kcl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.kcl.app.KclConsumerApplication;

/**
 * A {@link KclConsumerApplication} in a JVM of its own, on the test class path, logging
 * its deliveries to a file and its output to another.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ConsumerProcess implements AutoCloseable {

	private final Process process;

	private final Path deliveries;

	private final Path output;

	private ConsumerProcess(Process process, Path deliveries, Path output) {
		this.process = process;
		this.deliveries = deliveries;
		this.output = output;
	}

	static ConsumerProcess start(Path directory, String name, URI endpoint, String namespace, double failureRate,
			String... extraArguments) {
		Path deliveries = directory.resolve(name + "-deliveries.log");
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", classPath, KclConsumerApplication.class.getName(),
				"--spring.main.web-application-type=none", "--spring.application.name=kcl-it-" + namespace,
				"--dynamodb.streams.table-namespace=" + namespace, "--dynamodb.streams.consumer.endpoint=" + endpoint,
				"--dynamodb.streams.consumer.worker-id=" + name, "--dynamodb.streams.consumer.idle-time=200ms",
				"--dynamodb.streams.consumer.failover-time=3s", "--dynamodb.streams.consumer.shutdown-grace-period=15s",
				"--kcl-it.deliveries=" + deliveries, "--kcl-it.failure-rate=" + failureRate));
		command.addAll(List.of(extraArguments));
		Path output = directory.resolve(name + "-output.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().remove("AWS_LAMBDA_FUNCTION_NAME");
		try {
			return new ConsumerProcess(builder.start(), deliveries, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path deliveries() {
		return this.deliveries;
	}

	String output() {
		try {
			return Files.readString(this.output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	int stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			stop();
		}
	}

}
