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

import java.time.Instant;
import java.util.Map;

import io.github.ddbstreams.test.LambdaInvoker;
import io.github.ddbstreams.test.LambdaResponse;
import io.github.ddbstreams.test.StreamEventBuilder;
import io.github.ddbstreams.test.TestTableStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the clerk's Lambda function: events of {@code test-table} as Lambda sends
 * them, handed to the function as Spring Cloud Function's {@code FunctionInvoker} hands
 * them on Lambda.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class ClerkApplicationTests {

	@Autowired
	private LambdaInvoker lambda;

	@Autowired
	private TestTableStreams streams;

	@Autowired
	private CustomerDirectory directory;

	@Test
	void logsKeysAndNewImageOfEveryChangeOfTheTestTable(CapturedOutput output) {
		Customer first = new Customer("id-1", "name-1");
		Customer second = new Customer("id-1", "name-2");
		StreamEventBuilder event = this.streams.table("test-table")
			.event()
			.insert(first)
			.modify(first, second)
			.timeToLiveDelete(second);
		assertThat(this.lambda.invoke(event)).hasNoBatchItemFailures();
		assertThat(output).contains(
				"INSERT test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-1)}",
				"MODIFY test-table Keys: {id=AttributeValue(S=id-1)} NewImage: {id=AttributeValue(S=id-1), name=AttributeValue(S=name-2)}",
				"REMOVE test-table Keys: {id=AttributeValue(S=id-1)} NewImage: null (expired by Time to Live)",
				"Customer id-1 is now named name-1", "Customer id-1 is now named name-2");
		assertThat(output).doesNotContain("Customer id-1 is now named null");
	}

	@Test
	void retriesFromTheFirstCustomerTheDirectoryCannotIndex() {
		StreamEventBuilder event = this.streams.table("test-table")
			.event()
			.insert(new Customer("id-4", "name-4"))
			.insert(new Customer("id-5", null))
			.insert(new Customer("id-6", "name-6"));
		assertThat(this.lambda.invoke(event)).hasBatchItemFailures(event.sequenceNumbers().get(1));
		assertThat(this.directory.find("id-4")).isPresent();
		assertThat(this.directory.find("id-6")).isEmpty();
	}

	@Test
	void retriesFromACustomerWithABlankName() {
		StreamEventBuilder event = this.streams.table("test-table")
			.event()
			.insert(new Customer("id-1", "name-1"))
			.insert(Map.of("id", AttributeValue.fromS("id-2"), "name", AttributeValue.fromS(" ")))
			.insert(new Customer("id-3", "name-3"));
		assertThat(this.lambda.invoke(event)).hasBatchItemFailures(event.sequenceNumbers().get(1));
	}

	@Test
	void countsTheChangesOfAMinuteAcrossInvocationsAndLogsThemAtItsEnd(CapturedOutput output) {
		Instant start = Instant.parse("2026-12-07T10:00:00Z");
		Instant end = start.plusSeconds(60);
		Customer ada = new Customer("id-7", "Ada");
		LambdaResponse first = this.lambda.invoke(this.streams.table("test-table")
			.event()
			.insert(ada)
			.modify(ada, new Customer("id-7", "Ada L."))
			.window(start, end, Map.of()));
		assertThat(first).hasNoBatchItemFailures();
		assertThat(first).hasWindowState()
			.containsEntry("changesPerMinute", "{\"added\":1,\"changed\":1,\"removed\":0}");
		LambdaResponse last = this.lambda.invoke(this.streams.table("test-table")
			.event()
			.remove(new Customer("id-7", "Ada L."))
			.window(start, end, first.windowState(), true, false));
		assertThat(last).hasNoBatchItemFailures();
		assertThat(output)
			.contains("Customers from 2026-12-07T10:00:00Z to 2026-12-07T10:01:00Z: 1 added, 1 changed, 1 removed");
	}

}
