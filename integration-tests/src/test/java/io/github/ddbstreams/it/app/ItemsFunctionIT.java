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
import java.util.Map;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Response;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link ItemsFunction}, the test application under the Lambda runtime interface
 * client that this module's other ITs build on.
 */
class ItemsFunctionIT {

	private static ItemsFunction function;

	@BeforeAll
	static void start() throws Exception {
		function = ItemsFunction.start(Path.of("target", "items-function-it").toAbsolutePath(), Map.of());
	}

	@AfterAll
	static void stop() throws Exception {
		if (function != null) {
			function.close();
		}
	}

	@Test
	void mapsEveryRecordOfTheItemsTableAndReportsNoFailure() {
		Result result = function.invoke(StreamEventJson.event()
			.from(ItemsFunction.STREAM_ARN)
			.insert("100000000000000000001", "id-1", "first")
			.modify("100000000000000000002", "id-1", "first", "second")
			.json());
		assertThat(result).isInstanceOf(Response.class);
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(function.output()).contains("Item id-1 INSERT named first", "Item id-1 MODIFY named second");
	}

	@Test
	void reportsTheRecordWhoseListenerFails() {
		Result result = function.invoke(StreamEventJson.event()
			.from(ItemsFunction.STREAM_ARN)
			.insert("200000000000000000001", "id-2", "fail")
			.insert("200000000000000000002", "id-3", "never")
			.json());
		assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"200000000000000000001\"}]}");
		assertThat(function.output()).doesNotContain("Item id-3");
	}

	@Test
	void answersTheInvocationsOfATumblingWindowWithItsStateAndLogsTheTotalsAtItsEnd() {
		String tallies = ItemsFunction.STREAM_ARN.replace("table/it_items/", "table/it_tallies/");
		Result first = function.invoke(StreamEventJson.event()
			.from(tallies)
			.insert("300000000000000000001", "id-4", "first")
			.insert("300000000000000000002", "id-5", "first")
			.window("2026-12-07T10:00:00Z", "2026-12-07T10:01:00Z", "{}", false, false)
			.json());
		assertThat(first.body()).isEqualTo("{\"state\":{\"tallyWindow\":\"{\\\"inserts\\\":2,\\\"modifies\\\":0,"
				+ "\\\"removes\\\":0}\"},\"batchItemFailures\":[]}");
		Result failed = function.invoke(StreamEventJson.event()
			.from(tallies)
			.modify("300000000000000000003", "id-4", "first", "second")
			.insert("300000000000000000004", "id-6", "fail")
			.window("2026-12-07T10:00:00Z", "2026-12-07T10:01:00Z", stateOf(first), true, false)
			.json());
		assertThat(failed.body()).isEqualTo("{\"state\":{\"tallyWindow\":\"{\\\"inserts\\\":2,\\\"modifies\\\":1,"
				+ "\\\"removes\\\":0}\"},\"batchItemFailures\":[{\"itemIdentifier\":\"300000000000000000004\"}]}");
		assertThat(function.output()).doesNotContain("Window 2026-12-07T10:00:00Z");
		Result last = function.invoke(StreamEventJson.event()
			.from(tallies)
			.remove("300000000000000000005", "id-5", "first")
			.window("2026-12-07T10:00:00Z", "2026-12-07T10:01:00Z", stateOf(failed), true, false)
			.json());
		assertThat(last.body()).contains("\"batchItemFailures\":[]");
		assertThat(function.output())
			.contains("Window 2026-12-07T10:00:00Z to 2026-12-07T10:01:00Z: 2 inserts, 1 modifies, 1 removes");
	}

	private static String stateOf(Result result) {
		String body = result.body();
		return body.substring("{\"state\":".length(), body.indexOf(",\"batchItemFailures\""));
	}

}
