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

package io.github.ddbstreams.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.LambdaResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.function.context.FunctionCatalog;

/**
 * The real {@link LambdaInvoker}, which also records the events it was invoked with, so
 * that tests can see the batches.
 */
class RecordingFunctionInvoker extends LambdaInvoker {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<Invocation> invocations = new ArrayList<>();

	RecordingFunctionInvoker(FunctionCatalog functionCatalog,
			org.springframework.cloud.function.json.JsonMapper jsonMapper, String functionDefinition) {
		super(functionCatalog, jsonMapper, functionDefinition);
	}

	@Override
	public LambdaResponse invoke(byte[] event) {
		JsonNode records = json.readTree(event).get("Records");
		List<JsonNode> batch = new ArrayList<>();
		records.forEach(batch::add);
		synchronized (this.invocations) {
			this.invocations.add(new Invocation(Instant.now(), batch));
		}
		return super.invoke(event);
	}

	void reset() {
		synchronized (this.invocations) {
			this.invocations.clear();
		}
	}

	List<Invocation> invocations() {
		synchronized (this.invocations) {
			return List.copyOf(this.invocations);
		}
	}

	List<Integer> batchSizes() {
		return invocations().stream().map((invocation) -> invocation.records().size()).toList();
	}

	/**
	 * One invocation of the function.
	 *
	 * @param time when the function was invoked
	 * @param records the records of the event
	 */
	record Invocation(Instant time, List<JsonNode> records) {

	}

}
