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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The on-failure destination of the local stream loop: logs each discarded batch and
 * writes it to a JSON file in a directory, shaped like the record Lambda sends to the
 * on-failure destination of a DynamoDB stream ({@code requestContext},
 * {@code responseContext}, {@code version}, {@code timestamp} and
 * {@code DDBStreamBatchInfo}), with the event itself under {@code payload}, as Lambda
 * adds it for an S3 destination.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DirectoryOnFailureDestination implements OnFailureDestination {

	private static final Log logger = LogFactory.getLog(DirectoryOnFailureDestination.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final JsonMapper json = JsonMapper.builder().build();

	private final Path directory;

	private final String functionName;

	private final Clock clock;

	/**
	 * Create a destination.
	 * @param directory the directory of the files, created when needed
	 * @param functionName the name of the function in the records
	 */
	public DirectoryOnFailureDestination(Path directory, String functionName) {
		this(directory, functionName, Clock.systemUTC());
	}

	DirectoryOnFailureDestination(Path directory, String functionName, Clock clock) {
		this.directory = directory;
		this.functionName = functionName;
		this.clock = clock;
	}

	/**
	 * Return the directory of the files.
	 * @return the directory
	 */
	public Path directory() {
		return this.directory;
	}

	@Override
	public void send(DiscardedBatch batch) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Path file = this.directory.resolve(FILE_TIME.format(now) + "_" + batch.table() + "_" + batch.shardId() + "_"
				+ batch.startSequenceNumber() + ".json");
		try {
			Files.createDirectories(this.directory);
			Files.write(file, this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(record(batch, now)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the on-failure record " + file, ex);
		}
		if (logger.isErrorEnabled()) {
			logger.error("Discarded " + batch.batchSize() + ((batch.batchSize() == 1) ? " record" : " records") + " of "
					+ batch.table() + " " + batch.shardId() + " (SequenceNumber " + batch.startSequenceNumber() + " to "
					+ batch.endSequenceNumber() + "), " + batch.condition() + " after " + batch.approximateInvokeCount()
					+ " invocations; on-failure record: " + file);
		}
	}

	/**
	 * Return the on-failure record of a discarded batch.
	 * @param batch the batch
	 * @param timestamp when the batch was discarded
	 * @return the record
	 */
	ObjectNode record(DiscardedBatch batch, Instant timestamp) {
		ObjectNode record = this.json.createObjectNode();
		ObjectNode request = record.putObject("requestContext");
		request.put("requestId", UUID.randomUUID().toString());
		request.put("functionArn", functionArn(batch.streamArn()));
		request.put("condition", batch.condition());
		request.put("approximateInvokeCount", batch.approximateInvokeCount());
		if (batch.approximateInvokeCount() > 0) {
			ObjectNode response = record.putObject("responseContext");
			response.put("statusCode", 200);
			response.put("executedVersion", "$LATEST");
			if (batch.functionError() != null) {
				response.put("functionError", batch.functionError());
			}
		}
		record.put("version", "1.0");
		record.put("timestamp", timestamp.toString());
		ObjectNode info = record.putObject("DDBStreamBatchInfo");
		info.put("shardId", batch.shardId());
		info.put("startSequenceNumber", batch.startSequenceNumber());
		info.put("endSequenceNumber", batch.endSequenceNumber());
		putTime(info, "approximateArrivalOfFirstRecord", batch.approximateArrivalOfFirstRecord());
		putTime(info, "approximateArrivalOfLastRecord", batch.approximateArrivalOfLastRecord());
		info.put("batchSize", batch.batchSize());
		info.put("streamArn", batch.streamArn());
		record.set("payload", this.json.readTree(batch.event()));
		return record;
	}

	private String functionArn(String streamArn) {
		String[] parts = streamArn.split(":", 6);
		String region = (parts.length == 6) ? parts[3] : "local";
		String account = (parts.length == 6) ? parts[4] : "000000000000";
		return "arn:aws:lambda:" + region + ":" + account + ":function:" + this.functionName;
	}

	private static void putTime(ObjectNode node, String name, @Nullable Instant time) {
		if (time != null) {
			node.put(name, time.truncatedTo(ChronoUnit.SECONDS).toString());
		}
	}

}
