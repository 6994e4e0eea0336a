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

import io.github.ddbstreams.test.TestTableStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests of the {@link Clerk}'s listener methods, called as plain methods: a typed
 * parameter needs no record at all, and a record is built as the stream of
 * {@code test-table} carries it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClerkTests {

	private final TestTableStream testTable = TestTableStream.of("test-table").partitionKey("id");

	private final Clerk clerk = new Clerk();

	@Test
	void logsTheNewNameOfACustomer(CapturedOutput output) {
		this.clerk.onCustomer(new Customer("id-1", "Grace"));
		assertThat(output).contains("Customer id-1 is now named Grace");
	}

	@Test
	void logsTheKeysOfAnItemThatExpired(CapturedOutput output) {
		this.clerk.logChange(this.testTable.timeToLiveDelete(new Customer("id-1", "name-1")).toDynamoRecord());
		assertThat(output)
			.contains("REMOVE test-table Keys: {id=AttributeValue(S=id-1)} NewImage: null (expired by Time to Live)");
	}

}
