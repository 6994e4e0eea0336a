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

package io.github.ddbstreams.benchmarks.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import org.jspecify.annotations.Nullable;

/**
 * The floor of every hand-written handler,
 * {@code io.github.ddbstreams.benchmarks.plain.EmptyStreamHandler::handleRequest}: reads
 * the event without decoding it and answers that nothing failed. What it costs is what
 * the Lambda Java runtime itself costs before a handler's own work.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public class EmptyStreamHandler implements RequestStreamHandler {

	private static final byte[] NO_FAILURES = "{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8);

	@Override
	public void handleRequest(InputStream input, OutputStream output, @Nullable Context context) throws IOException {
		input.transferTo(OutputStream.nullOutputStream());
		output.write(NO_FAILURES);
	}

}
