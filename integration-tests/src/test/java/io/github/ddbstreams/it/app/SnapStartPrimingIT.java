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
import java.util.concurrent.TimeUnit;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi;
import io.github.ddbstreams.harness.lambda.LocalRuntimeApi.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SnapStart life cycle of the Lambda Java runtime, played under the real runtime
 * interface client: with {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, the client
 * runs the CRaC {@code beforeCheckpoint} hooks after the function's initialization, asks
 * the Runtime API to be restored (where Lambda takes and later restores the snapshot),
 * then runs the {@code afterRestore} hooks; the CRaC API reaches the client's
 * implementation through {@code org.crac.Core.Compat}, as on Lambda. No snapshot is
 * taken: the JVM goes on.
 */
class SnapStartPrimingIT {

	private static final Map<String, String> SNAP_START = Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start",
			"JAVA_TOOL_OPTIONS", "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");

	@Test
	void primesBeforeTheCheckpointWithoutCallingTheListenerAndServesAfterTheRestore() throws Exception {
		try (ItemsFunction function = ItemsFunction.start(Path.of("target", "snap-start-it").toAbsolutePath(),
				SNAP_START)) {
			LocalRuntimeApi api = function.runtimeApi();
			api.restored().get(2, TimeUnit.MINUTES);
			Result result = function.invoke(StreamEventJson.event()
				.from(ItemsFunction.STREAM_ARN)
				.insert("100000000000000000001", "id-1", "first")
				.json());
			assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
			assertThat(api.restoreError()).isNotDone();
			String output = function.output();
			assertThat(output).contains("Primed the DynamoDB stream function: ",
					"(listeners not called), item types [" + Item.class.getName() + "]");
			assertThat(output.indexOf("Primed the DynamoDB stream function"))
				.isLessThan(output.indexOf("Restarting Spring-managed lifecycle beans after JVM restore"));
			assertThat(output).contains("Item id-1 INSERT named first").doesNotContain("named 0");
		}
	}

	@Test
	void primesNothingWithoutASnapStartInitialization() throws Exception {
		try (ItemsFunction function = ItemsFunction.start(Path.of("target", "no-snap-start-it").toAbsolutePath(),
				Map.of())) {
			Result result = function
				.invoke(StreamEventJson.event().from(ItemsFunction.STREAM_ARN).insert("1", "id-1", "first").json());
			assertThat(result.body()).isEqualTo("{\"batchItemFailures\":[]}");
			assertThat(function.runtimeApi().restored()).isNotDone();
			assertThat(function.output()).doesNotContain("Primed the DynamoDB stream function");
		}
	}

}
