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

package io.github.ddbstreams.sample;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the clerk on the Lambda handler path: Spring Cloud Function's
 * {@link FunctionInvoker}, started as the Lambda Java runtime starts it, with a real
 * DynamoDB stream event of {@code demo-dev_test-table}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClerkApplicationTests {

	@BeforeEach
	void selectTheClerk() {
		System.setProperty("MAIN_CLASS", ClerkApplication.class.getName());
	}

	@AfterEach
	void clear() {
		System.clearProperty("MAIN_CLASS");
	}

	@Test
	void logsKeysAndNewImageOfEveryChangeOfTheTestTable(CapturedOutput output) throws Exception {
		FunctionInvoker handler = new FunctionInvoker();
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		try (InputStream event = new ClassPathResource("events/test-table-changes.json").getInputStream()) {
			handler.handleRequest(event, response, null);
		}
		assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(output).contains(
				"INSERT test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-1)}",
				"MODIFY test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-2)}",
				"REMOVE test-table Keys: {id=AttributeValue(S=id-1)} NewImage: null (expired by Time to Live)",
				"Customer id-1 is now named name-1", "Customer id-1 is now named name-2");
		assertThat(output).doesNotContain("Customer id-1 is now named null");
	}

}
