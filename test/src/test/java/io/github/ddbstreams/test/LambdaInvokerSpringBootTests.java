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

package io.github.ddbstreams.test;

import io.github.ddbstreams.test.Items.Customer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link SpringBootTest} of an application's function, as a user writes it: the invoker
 * and the table streams are beans of the application's context.
 */
@SpringBootTest(classes = LambdaInvokerSpringBootTests.CustomerApplication.class, properties = {
		"dynamodb.streams.table-namespace=demo-dev", "dynamodb.streams.tables.customers.partition-key=id" })
class LambdaInvokerSpringBootTests {

	@Autowired
	private LambdaInvoker lambdaInvoker;

	@Autowired
	private TestTableStreams streams;

	@Autowired
	private CustomerListener listener;

	@Test
	void invokesTheFunctionOfTheApplication() {
		Customer ada = new Customer("id-1", "Ada", null);
		Customer poison = new Customer("id-1", CustomerListener.POISON, null);
		StreamEventBuilder event = this.streams.table("customers").event().insert(ada).modify(ada, poison);
		assertThat(this.lambdaInvoker.invoke(event)).hasBatchItemFailures(event.sequenceNumbers().get(1));
		assertThat(this.listener.received()).containsExactly("INSERT Ada", "MODIFY poison");
	}

	/**
	 * An application with the customer listener.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(CustomerListener.class)
	static class CustomerApplication {

	}

}
