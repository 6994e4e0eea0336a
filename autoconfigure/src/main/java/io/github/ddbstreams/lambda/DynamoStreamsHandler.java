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

package io.github.ddbstreams.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.listener.DynamoRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.function.utils.FunctionClassUtils;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Lambda handler for DynamoDB stream events that reads the event once and calls the
 * stream function directly:
 * {@code io.github.ddbstreams.lambda.DynamoStreamsHandler::handleRequest}.
 * <p>
 * It starts the application like Spring Cloud Function's {@code FunctionInvoker} (the
 * class named by the {@code MAIN_CLASS} environment variable or the jar manifest's
 * {@code Start-Class}), and invokes the same {@link DynamoStreamsFunction} (or
 * {@link DynamoStreamsConsumer} when
 * {@code dynamodb.streams.report-batch-item-failures=false}) with the same results. What
 * it leaves out is Spring Cloud Function's generic message conversion, which parses every
 * event three times (into a map, into a JSON tree to check for a collection, and into the
 * event): for batches of thousands of records, that is most of the time spent.
 * {@code FunctionInvoker} stays the default handler; choose this one when batches are
 * large.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsHandler implements RequestStreamHandler {

	private static final byte[] OK = "\"OK\"".getBytes(StandardCharsets.UTF_8);

	private final ConfigurableApplicationContext context;

	private final StreamEventDecoder decoder;

	private final @Nullable DynamoStreamsFunction function;

	private final @Nullable DynamoStreamsConsumer consumer;

	/**
	 * Create the handler the Lambda runtime instantiates: starts the application found
	 * like {@code FunctionInvoker} finds it.
	 */
	public DynamoStreamsHandler() {
		this(FunctionClassUtils.getStartClass());
	}

	/**
	 * Create a handler for an application.
	 * @param applicationClass the Spring Boot application class
	 */
	public DynamoStreamsHandler(Class<?> applicationClass) {
		this.context = new SpringApplicationBuilder(applicationClass).main(applicationClass)
			.web(WebApplicationType.NONE)
			.run("--spring.cloud.function.web.export.enabled=false");
		this.decoder = this.context.getBean(StreamEventDecoder.class);
		String definition = this.context.getEnvironment()
			.getProperty("spring.cloud.function.definition", DynamoStreamsFunction.BEAN_NAME);
		Object function = this.context.getBean(definition);
		this.function = (function instanceof DynamoStreamsFunction streamsFunction) ? streamsFunction : null;
		this.consumer = (function instanceof DynamoStreamsConsumer streamsConsumer) ? streamsConsumer : null;
		if (this.function == null && this.consumer == null) {
			throw new IllegalStateException("spring.cloud.function.definition names '" + definition
					+ "', which DynamoStreamsHandler cannot call: leave it unset, or name dynamodbStreamsFunction or"
					+ " dynamodbStreamsConsumer");
		}
	}

	@Override
	public void handleRequest(InputStream input, OutputStream output, @Nullable Context context) throws IOException {
		List<DynamoRecord> records = this.decoder.decode(input);
		if (this.function != null) {
			output.write(toJson(this.function.handle(records, (context != null) ? context.getAwsRequestId() : null)));
		}
		else if (this.consumer != null) {
			this.consumer.accept(new DecodedStreamEvent(records));
			output.write(OK);
		}
	}

	/**
	 * Return the application context the handler started.
	 * @return the application context
	 */
	public ConfigurableApplicationContext getApplicationContext() {
		return this.context;
	}

	private static byte[] toJson(StreamsEventResponse response) {
		StringBuilder json = new StringBuilder("{\"batchItemFailures\":[");
		List<BatchItemFailure> failures = response.getBatchItemFailures();
		for (int i = 0; i < failures.size(); i++) {
			json.append((i > 0) ? ",{\"itemIdentifier\":\"" : "{\"itemIdentifier\":\"");
			appendEscaped(json, failures.get(i).getItemIdentifier());
			json.append("\"}");
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void appendEscaped(StringBuilder json, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
	}

}
