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

package io.github.ddbstreams.kcl.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Logs every record it receives of both tables to a file, one line each: outcome, table,
 * key, version, sequence number, time of the write and time received; fails the share of
 * records it is told to, at random, before logging them as delivered.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
class DeliveryLog {

	private final Path file;

	private final double failureRate;

	DeliveryLog(@Value("${kcl-it.deliveries}") Path file, @Value("${kcl-it.failure-rate:0}") double failureRate) {
		this.file = file;
		this.failureRate = failureRate;
	}

	@DynamoStreamListener(tables = { "orders", "customers" })
	void onRecord(DynamoRecord record) {
		boolean fail = ThreadLocalRandom.current().nextDouble() < this.failureRate;
		write(record, fail ? "F" : "D");
		if (fail) {
			throw new IllegalStateException("Failure injected by the test");
		}
	}

	private synchronized void write(DynamoRecord record, String outcome) {
		Instant created = record.approximateCreationTime();
		String line = String.join("|", outcome, String.valueOf(record.tableName()), record.keys().get("id").s(),
				record.newImage().get("version").n(), record.sequenceNumber(),
				String.valueOf((created != null) ? created.toEpochMilli() : 0),
				String.valueOf(System.currentTimeMillis())) + "\n";
		try {
			Files.writeString(this.file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
