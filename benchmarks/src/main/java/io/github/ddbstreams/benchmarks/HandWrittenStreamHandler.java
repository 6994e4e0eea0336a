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

package io.github.ddbstreams.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The baseline: what a developer writes by hand without Spring. Decodes the event with
 * aws-lambda-java-serialization, converts keys and new image to SDK v2 values, and calls
 * the same {@link OrderAudit} logic for each record.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public class HandWrittenStreamHandler implements RequestStreamHandler {

	private static final PojoSerializer<DynamodbEvent> serializer = LambdaEventSerializers
		.serializerFor(DynamodbEvent.class, HandWrittenStreamHandler.class.getClassLoader());

	private static final byte[] NO_FAILURES = "{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8);

	private final OrderAudit audit = new OrderAudit();

	private final boolean typed;

	/**
	 * Create the handler Lambda instantiates, with untyped listener logic unless
	 * {@code BENCH_TYPED} says otherwise.
	 */
	public HandWrittenStreamHandler() {
		this(Boolean.parseBoolean(System.getenv("BENCH_TYPED")));
	}

	/**
	 * Create a handler.
	 * @param typed whether the listener logic maps the new image to an {@link Order}
	 */
	public HandWrittenStreamHandler(boolean typed) {
		this.typed = typed;
	}

	@Override
	public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
		DynamodbEvent event = serializer.fromJson(input);
		for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
			Map<String, AttributeValue> newImage = convert(record.getDynamodb().getNewImage());
			if (this.typed) {
				this.audit.typed(OrderAudit.ORDER_SCHEMA.mapToItem(newImage));
			}
			else {
				this.audit.untyped(convert(record.getDynamodb().getKeys()), newImage);
			}
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

	private static Map<String, AttributeValue> convert(
			Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		Map<String, AttributeValue> converted = new HashMap<>();
		attributes.forEach((name, value) -> converted.put(name, convert(value)));
		return converted;
	}

	private static AttributeValue convert(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
		if (value.getS() != null) {
			return AttributeValue.fromS(value.getS());
		}
		if (value.getN() != null) {
			return AttributeValue.fromN(value.getN());
		}
		if (value.getB() != null) {
			return AttributeValue.fromB(SdkBytes.fromByteBuffer(value.getB()));
		}
		if (value.getBOOL() != null) {
			return AttributeValue.fromBool(value.getBOOL());
		}
		if (value.getSS() != null) {
			return AttributeValue.fromSs(value.getSS());
		}
		if (value.getNS() != null) {
			return AttributeValue.fromNs(value.getNS());
		}
		if (value.getBS() != null) {
			return AttributeValue.fromBs(value.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
		}
		if (value.getM() != null) {
			return AttributeValue.fromM(convert(value.getM()));
		}
		if (value.getL() != null) {
			List<AttributeValue> list = new ArrayList<>();
			value.getL().forEach((item) -> list.add(convert(item)));
			return AttributeValue.fromL(list);
		}
		return AttributeValue.fromNul(true);
	}

}
