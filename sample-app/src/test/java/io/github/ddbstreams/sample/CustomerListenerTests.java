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

import java.util.Map;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.ImageMappingException;
import io.github.ddbstreams.test.TestTableStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Unit tests of {@link CustomerListener}, with records built as the stream of
 * {@code test-table} carries them: no Spring, no JSON.
 */
@ExtendWith(OutputCaptureExtension.class)
class CustomerListenerTests {

	private final TestTableStream customers = TestTableStream.of("test-table").partitionKey("id");

	private final CustomerListener listener = new CustomerListener();

	@Test
	void logsTheNewNameOfACustomer(CapturedOutput output) {
		this.listener.onRecord(
				this.customers.modify(new Customer("id-1", "Ada"), new Customer("id-1", "Grace")).toDynamoRecord());
		assertThat(output).contains("Customer id-1 is now named Grace");
	}

	@Test
	void failsForACustomerWithABlankName() {
		DynamoRecord record = this.customers
			.insert(Map.of("id", AttributeValue.fromS("id-1"), "name", AttributeValue.fromS(" ")))
			.toDynamoRecord();
		assertThatExceptionOfType(ImageMappingException.class).isThrownBy(() -> this.listener.onRecord(record))
			.withMessageContaining("Cannot map NewImage of record " + record.sequenceNumber());
	}

}
