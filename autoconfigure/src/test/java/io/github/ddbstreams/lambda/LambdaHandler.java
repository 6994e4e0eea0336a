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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@link RecordingApplication} behind the Lambda handler, Spring Cloud Function's
 * {@link FunctionInvoker}, created as the Lambda Java runtime creates it, and feeds it
 * event bytes.
 */
final class LambdaHandler implements AutoCloseable {

	private final RequestStreamHandler handler;

	private final ConfigurableApplicationContext context;

	private LambdaHandler(RequestStreamHandler handler, ConfigurableApplicationContext context) {
		this.handler = handler;
		this.context = context;
	}

	/**
	 * Start the application the way the Lambda runtime does, with extra properties.
	 * @param properties {@code name=value} pairs
	 * @return the running handler
	 */
	static LambdaHandler start(String... properties) {
		Map<String, String> json = new LinkedHashMap<>();
		for (String property : properties) {
			int equals = property.indexOf('=');
			json.put(property.substring(0, equals), property.substring(equals + 1));
		}
		StringBuilder applicationJson = new StringBuilder("{");
		json.forEach((name, value) -> applicationJson.append((applicationJson.length() > 1) ? "," : "")
			.append('"')
			.append(name)
			.append("\":\"")
			.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
			.append('"'));
		applicationJson.append('}');
		System.setProperty("MAIN_CLASS", RecordingApplication.class.getName());
		System.setProperty("spring.application.json", applicationJson.toString());
		try {
			return new LambdaHandler(new FunctionInvoker(), RecordingApplication.context);
		}
		finally {
			System.clearProperty("MAIN_CLASS");
			System.clearProperty("spring.application.json");
		}
	}

	/**
	 * Invoke the handler with an event.
	 * @param event the event bytes
	 * @return the response, as UTF-8 text
	 * @throws IOException as the handler does
	 */
	String invoke(byte[] event) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		this.handler.handleRequest(new ByteArrayInputStream(event), output, null);
		return output.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Invoke the handler with an event.
	 * @param event the event JSON
	 * @return the response
	 * @throws IOException as the handler does
	 */
	String invoke(String event) throws IOException {
		return invoke(event.getBytes(StandardCharsets.UTF_8));
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
