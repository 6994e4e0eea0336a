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

import java.io.ByteArrayInputStream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamEventFactory}.
 */
class StreamEventFactoryTests {

	@Test
	void largestBatchStaysUnderLambdasPayloadLimit() {
		assertThat(StreamEventFactory.event(10_000)).hasSizeLessThanOrEqualTo(StreamEventFactory.LAMBDA_PAYLOAD_LIMIT)
			.hasSizeGreaterThan(StreamEventFactory.LAMBDA_PAYLOAD_LIMIT * 9 / 10);
	}

	@Test
	void sameRecordCountGivesSameBytes() {
		assertThat(StreamEventFactory.event(100)).isEqualTo(StreamEventFactory.event(100));
	}

	@Test
	void lambdaSerializationDecodesEveryRecord() {
		DynamodbEvent event = LambdaEventSerializers.serializerFor(DynamodbEvent.class, getClass().getClassLoader())
			.fromJson(new ByteArrayInputStream(StreamEventFactory.event(50)));
		assertThat(event.getRecords()).hasSize(50).allSatisfy((record) -> {
			assertThat(record.getEventName()).isEqualTo("MODIFY");
			assertThat(record.getEventSourceARN()).isEqualTo(StreamEventFactory.STREAM_ARN);
			assertThat(record.getDynamodb().getNewImage()).containsKeys("id", "customerId", "status", "total",
					"quantity", "express", "tags");
			assertThat(record.getDynamodb().getStreamViewType()).isEqualTo("NEW_IMAGE");
		});
	}

}
