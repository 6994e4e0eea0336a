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

}
