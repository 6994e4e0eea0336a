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

import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.harness.events.StreamEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamEventDecoder}.
 */
class StreamEventDecoderTests {

	private final StreamEventDecoder decoder = new StreamEventDecoder();

	@Test
	void decodesEveryFixtureLikeTheLambdaRuntime() {
		for (String fixture : StreamEvents.EVENT_FIXTURES) {
			DynamodbEvent decoded = this.decoder.decode(StreamEvents.bytes(fixture));
			DynamodbEvent expected = StreamEvents.fixture(fixture);
			assertThat(decoded.getRecords()).as(fixture).hasSameSizeAs(expected.getRecords());
			assertThat(decoded).as(fixture).isEqualTo(expected);
		}
	}

	@Test
	void saysWhenTheInputIsNotJson() {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode("not json"))
			.withMessageStartingWith("Input is not valid JSON: Unrecognized token 'not'")
			.withMessageEndingWith("(line 1, column 5)");
	}

	@Test
	void saysWhenTheJsonEndsEarly() {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode("{\"Records\":["))
			.withMessageStartingWith("Input is not valid JSON: Unexpected end-of-input")
			.withMessageEndingWith("(line 1, column 13)");
	}

	@Test
	void saysWhenTheJsonIsNotShapedLikeAStreamEvent() {
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> decode("{\"Records\":5}"))
			.withMessageStartingWith("Lambda event is not shaped like a DynamoDB stream event: Cannot construct "
					+ "instance of `com.amazonaws.services.lambda.runtime.events.DynamodbEvent$DynamodbStreamRecord`")
			.withMessageEndingWith("(line 1, column 12)");
	}

	private DynamodbEvent decode(String json) {
		return this.decoder.decode(json.getBytes(StandardCharsets.UTF_8));
	}

}
