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
import java.util.Random;

/**
 * Builds real-shaped DynamoDB stream events, in the exact JSON Lambda sends, for an
 * orders table: modifications with new and old images of items holding every common
 * attribute type (about 600 bytes of JSON per record, so 10,000 records come close to
 * Lambda's 6 MB payload limit). The same seed always gives the same bytes.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class StreamEventFactory {

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
		StringBuilder json = new StringBuilder(records * 700).append("{\"Records\":[");
		for (int i = 0; i < records; i++) {
			if (i > 0) {
				json.append(',');
			}
			String id = "order-" + (i % 997);
			long sequence = 100_000_000_000_000_000L + i;
			json.append("{\"eventID\":\"")
				.append(Long.toHexString(random.nextLong()))
				.append("\",\"eventName\":\"MODIFY\",\"eventVersion\":\"1.1\",\"eventSource\":\"aws:dynamodb\",")
				.append("\"awsRegion\":\"us-east-1\",\"dynamodb\":{\"ApproximateCreationDateTime\":")
				.append(1763726400 + i / 100)
				.append(",\"Keys\":{\"id\":{\"S\":\"")
				.append(id)
				.append("\"}},\"NewImage\":");
			item(json, id, random, "SHIPPED");
			json.append(",\"OldImage\":");
			item(json, id, random, "PAID");
			json.append(",\"SequenceNumber\":\"")
				.append(sequence)
				.append("\",\"SizeBytes\":512,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"},\"eventSourceARN\":\"")
				.append(STREAM_ARN)
				.append("\"}");
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void item(StringBuilder json, String id, Random random, String status) {
		json.append("{\"id\":{\"S\":\"")
			.append(id)
			.append("\"},\"customerId\":{\"S\":\"customer-")
			.append(random.nextInt(5000))
			.append("\"},\"status\":{\"S\":\"")
			.append(status)
			.append("\"},\"total\":{\"N\":\"")
			.append(random.nextInt(100000))
			.append('.')
			.append(10 + random.nextInt(90))
			.append("\"},\"quantity\":{\"N\":\"")
			.append(1 + random.nextInt(20))
			.append("\"},\"express\":{\"BOOL\":")
			.append(random.nextBoolean())
			.append("},\"tags\":{\"SS\":[\"gift\",\"priority\"]},\"lines\":{\"L\":[{\"M\":{\"sku\":{\"S\":\"sku-")
			.append(random.nextInt(10000))
			.append("\"},\"price\":{\"N\":\"19.99\"}}},{\"M\":{\"sku\":{\"S\":\"sku-")
			.append(random.nextInt(10000))
			.append("\"},\"price\":{\"N\":\"5.25\"}}}]},\"note\":{\"NULL\":true}}");
	}

}
