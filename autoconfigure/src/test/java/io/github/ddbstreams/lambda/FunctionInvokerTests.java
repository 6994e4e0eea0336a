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

import io.github.ddbstreams.harness.events.StreamEventJson;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the default Lambda handler, Spring Cloud Function's {@code FunctionInvoker}.
 */
class FunctionInvokerTests extends LambdaHandlerContractTests {

	@Test
	void rejectsAnArrayOfEvents() throws Exception {
		this.handler = start();
		assertRejected("[{\"Records\":[]},{}]", "Lambda event is not shaped like a DynamoDB stream event: "
				+ "expected a JSON object {\"Records\":[...]}, found an array (line 1, column 1)");
	}

	@Test
	void consumerRejectsAnArrayOfEvents() throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer");
		assertRejected("[{\"Records\":[]},{}]", "Lambda event is not shaped like a DynamoDB stream event: "
				+ "expected a JSON object {\"Records\":[...]}, found an array (line 1, column 1)");
	}

	@Test
	void consumerRejectsEventsThatTheAdapterWouldTakeApart() throws Exception {
		this.handler = start("spring.cloud.function.definition=dynamodbStreamsConsumer");
		String records = StreamEventJson.event().insert("1", "a", "b").json();
		assertRejected(records.replace("{\"Records\"", "{\"payload\":{\"Records\":[]},\"Records\""),
				"Lambda event has a top-level 'payload' key, which Spring Cloud Function's AWS adapter takes as the "
						+ "message payload: a DynamoDB stream event has none");
		assertRejected(records.replace("{\"Records\"", "{\"headers\":5,\"Records\""),
				"Lambda event has a top-level 'headers' key, which Spring Cloud Function's AWS adapter takes as the "
						+ "message headers: a DynamoDB stream event has none");
	}

	@Test
	void leavesTheParsingOfEachEventToTheDecoderWithTheDefaultFunction() throws Exception {
		this.handler = start("test.counting-json-mapper=true");
		assertThat(this.handler.invoke(StreamEventJson.event().insert("1", "a", "b").bytes()))
			.isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(seen("everything")).hasSize(1);
		assertThat(RecordingApplication.jsonReads).hasValue(0);
	}

	@Test
	void parsesEachEventAgainWithTheConsumer() throws Exception {
		this.handler = start("test.counting-json-mapper=true",
				"spring.cloud.function.definition=dynamodbStreamsConsumer");
		assertThat(this.handler.invoke(StreamEventJson.event().insert("1", "a", "b").bytes())).isEqualTo("\"OK\"");
		assertThat(seen("everything")).hasSize(1);
		assertThat(RecordingApplication.jsonReads).hasPositiveValue();
	}

	@Test
	void doesNotLogTableDataByDefault(CapturedOutput output) throws Exception {
		this.handler = start("test.fail-on=2");
		this.handler
			.invoke(StreamEventJson.event().insert("1", "id-1", "very-secret-name").insert("2", "x", "y").bytes());
		assertThat(output).doesNotContain("very-secret-name");
		assertThat(output).contains("Record 2 of 2 (SequenceNumber 2");
	}

	@Test
	void logsNoEventWithTheDefaultFunctionEvenWhenTheAdapterLogsAtInfo(CapturedOutput output) throws Exception {
		this.handler = start("logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils=INFO");
		this.handler.invoke(StreamEventJson.event().insert("1", "id-1", "very-secret-name").bytes());
		assertThat(output).doesNotContain("very-secret-name");
	}

	@Test
	void logsEventsOfTheConsumerWhenTheUserOptsIn(CapturedOutput output) throws Exception {
		this.handler = start("logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils=INFO",
				"spring.cloud.function.definition=dynamodbStreamsConsumer");
		this.handler.invoke(StreamEventJson.event().insert("1", "id-1", "very-secret-name").bytes());
		assertThat(output).contains("very-secret-name");
	}

}
