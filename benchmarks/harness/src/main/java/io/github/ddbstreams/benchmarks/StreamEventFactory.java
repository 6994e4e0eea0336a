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

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/**
 * Builds real-shaped DynamoDB stream events, in the exact JSON Lambda sends, for the
 * orders table {@code bench_orders} with a {@code NEW_IMAGE} stream: modifications whose
 * new image holds strings, exact numbers, a boolean and a string set. A record is about
 * 600 bytes of JSON, so that 10,000 records, the largest batch of a DynamoDB event source
 * mapping, stay just under Lambda's 6 MB payload limit. The same arguments always give
 * the same bytes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class StreamEventFactory {

	/**
	 * The largest payload of a synchronous invocation, which bounds the batch of an event
	 * source mapping: 6 MB.
	 */
	public static final int LAMBDA_PAYLOAD_LIMIT = 6 * 1024 * 1024;

	/**
	 * The stream the records come from.
	 */
	public static final String STREAM_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/bench_orders/stream/2026-11-21T00:00:00.000";

	private StreamEventFactory() {
	}

	/**
	 * Build an event.
	 * @param records the number of records
	 * @return the event JSON as UTF-8 bytes
	 */
	public static byte[] event(int records) {
		Random random = new Random(42);
		HexFormat hex = HexFormat.of();
		StringBuilder json = new StringBuilder(records * 640).append("{\"Records\":[");
		for (int i = 0; i < records; i++) {
			if (i > 0) {
				json.append(',');
			}
			String id = "order-" + (i % 997);
			json.append("{\"eventID\":\"")
				.append(hex.toHexDigits(random.nextLong()))
				.append(hex.toHexDigits(random.nextLong()))
				.append("\",\"eventName\":\"MODIFY\",\"eventVersion\":\"1.1\",\"eventSource\":\"aws:dynamodb\",")
				.append("\"awsRegion\":\"us-east-1\",\"dynamodb\":{\"ApproximateCreationDateTime\":")
				.append(1763726400 + i / 100)
				.append(",\"Keys\":{\"id\":{\"S\":\"")
				.append(id)
				.append("\"}},\"NewImage\":{\"id\":{\"S\":\"")
				.append(id)
				.append("\"},\"customerId\":{\"S\":\"customer-")
				.append(random.nextInt(5000))
				.append("\"},\"status\":{\"S\":\"SHIPPED\"},\"total\":{\"N\":\"")
				.append(random.nextInt(100000))
				.append('.')
				.append(10 + random.nextInt(90))
				.append("\"},\"quantity\":{\"N\":\"")
				.append(1 + random.nextInt(20))
				.append("\"},\"express\":{\"BOOL\":")
				.append(random.nextBoolean())
				.append("},\"tags\":{\"SS\":[\"gift\",\"priority\"]}},\"SequenceNumber\":\"")
				.append(100_000_000_000_000_000L + i)
				.append("\",\"SizeBytes\":")
				.append(120 + random.nextInt(40))
				.append(",\"StreamViewType\":\"NEW_IMAGE\"},\"eventSourceARN\":\"")
				.append(STREAM_ARN)
				.append("\"}");
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

}
