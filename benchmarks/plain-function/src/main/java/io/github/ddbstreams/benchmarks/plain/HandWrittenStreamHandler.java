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
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import io.github.ddbstreams.benchmarks.orders.Order;
import io.github.ddbstreams.benchmarks.orders.OrderAudit;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The baseline: what a developer writes by hand without Spring,
 * {@code io.github.ddbstreams.benchmarks.plain.HandWrittenStreamHandler::handleRequest}.
 * Decodes the event with aws-lambda-java-serialization, converts keys and new image to
 * SDK v2 values, calls the same {@link OrderAudit} logic for each record, and answers
 * with an empty partial batch response, as the starter's function does.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public class HandWrittenStreamHandler implements RequestStreamHandler {

	private static final PojoSerializer<DynamodbEvent> serializer = LambdaEventSerializers
		.serializerFor(DynamodbEvent.class, HandWrittenStreamHandler.class.getClassLoader());

	private static final byte[] NO_FAILURES = "{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8);

	private final OrderAudit audit = new OrderAudit();

	private final @Nullable TableSchema<Order> schema;

	/**
	 * Create the handler Lambda instantiates, with typed listener logic unless the
	 * environment variable {@code BENCH_TYPED} is {@code false}.
	 */
	public HandWrittenStreamHandler() {
		this(!"false".equalsIgnoreCase(System.getenv("BENCH_TYPED")));
	}

	/**
	 * Create a handler.
	 * @param typed whether the listener logic maps the new image to an {@link Order}
	 */
	public HandWrittenStreamHandler(boolean typed) {
		this.schema = typed ? TableSchema.fromBean(Order.class) : null;
	}

	@Override
	public void handleRequest(InputStream input, OutputStream output, @Nullable Context context) throws IOException {
		DynamodbEvent event = serializer.fromJson(input);
		for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
			this.audit.handWritten(record, this.schema);
		}
		output.write(NO_FAILURES);
	}

	/**
	 * Return the audit the handler feeds.
	 * @return the audit
	 */
	public OrderAudit audit() {
		return this.audit;
	}

}
