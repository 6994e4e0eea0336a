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

package io.github.ddbstreams.it.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.harness.events.ItemChanges;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Error;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@code dynamodb.streams.concurrency} under the Lambda runtime interface
 * client: a planted failure in the middle of one item, among 200 records of 20 items run
 * 20 at a time, gets exactly the answer of the failure rule.
 */
class KeyOrderedConcurrencyIT {

	private static final int RECORDS = 200;

	private static final int ITEMS = 20;

	private static final int FAILED = 4 * ITEMS + 7;

	@Test
	void answersThePlantedFailureInTheMiddleOfOneItemWithPartialBatchResponses() throws Exception {
		try (ItemsFunction function = start("partial", Map.of())) {
			Result result = function.invoke(ItemChanges.event(ItemsFunction.STREAM_ARN, RECORDS, ITEMS));
			assertThat(result).isInstanceOf(Response.class);
			assertThat(result.body()).isEqualTo(
					"{\"batchItemFailures\":[{\"itemIdentifier\":\"" + ItemChanges.sequenceNumber(FAILED) + "\"}]}");
			assertRuleHeld(function.output());
		}
	}

	@Test
	void failsTheInvocationAtThePlantedFailureWithoutPartialBatchResponses() throws Exception {
		try (ItemsFunction function = start("whole", Map.of("DYNAMODB_STREAMS_REPORTBATCHITEMFAILURES", "false"))) {
			Result result = function.invoke(ItemChanges.event(ItemsFunction.STREAM_ARN, RECORDS, ITEMS));
			assertThat(result).isInstanceOf(Error.class);
			assertThat(result.body()).contains("\"errorType\":\"" + StreamRecordFailedException.class.getName() + "\"");
			assertThat(result.body()).contains("Record " + (FAILED + 1) + " of " + RECORDS + " (SequenceNumber "
					+ ItemChanges.sequenceNumber(FAILED) + ", event source " + ItemsFunction.STREAM_ARN + ") failed");
			assertRuleHeld(function.output());
		}
	}

	private static ItemsFunction start(String name, Map<String, String> variables) throws Exception {
		Map<String, String> environment = new LinkedHashMap<>(variables);
		environment.put("DYNAMODB_STREAMS_CONCURRENCY", "20");
		environment.put("ITEMS_LATENCY", "10ms");
		environment.put("ITEMS_FAILSEQUENCENUMBERS", ItemChanges.sequenceNumber(FAILED));
		return ItemsFunction.start(Path.of("target", "key-ordered-concurrency-it", name).toAbsolutePath(), environment);
	}

	private static void assertRuleHeld(String output) {
		for (int i = 0; i < FAILED; i++) {
			assertThat(output).as("record %d before the failure ran", i).contains(logLine(i));
		}
		assertThat(output).doesNotContain(logLine(FAILED));
		for (int i = FAILED + ITEMS; i < RECORDS; i += ITEMS) {
			assertThat(output).as("later record %d of the failed item", i).doesNotContain(logLine(i));
		}
	}

	private static String logLine(int i) {
		return "Item " + ItemChanges.id(i, ITEMS) + " " + ItemChanges.eventName(i, ITEMS) + " named "
				+ ItemChanges.name(i) + "\n";
	}

}
