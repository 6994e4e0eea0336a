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
 * Tests of the starter's own Lambda handler, {@link DynamoStreamsHandler}.
 */
class DynamoStreamsHandlerTests extends LambdaHandlerContractTests {

	@Override
	LambdaHandler.Kind kind() {
		return LambdaHandler.Kind.DYNAMO_STREAMS_HANDLER;
	}

	@Test
	void rejectsAnArrayOfEvents() throws Exception {
		this.handler = start();
		assertRejected("[{\"Records\":[]},{}]", "Lambda event is not shaped like a DynamoDB stream event: "
				+ "expected a JSON object {\"Records\":[...]}, found an array (line 1, column 1)");
	}

	@Test
	void neverLogsTableData(CapturedOutput output) throws Exception {
		this.handler = start("logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils=INFO",
				"test.fail-on=2");
		this.handler
			.invoke(StreamEventJson.event().insert("1", "id-1", "very-secret-name").insert("2", "x", "y").bytes());
		assertThat(output).doesNotContain("very-secret-name");
		assertThat(output).contains("Record 2 of 2 (SequenceNumber 2");
	}

}
