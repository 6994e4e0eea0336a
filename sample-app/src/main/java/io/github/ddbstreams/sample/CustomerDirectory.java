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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.NewImage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A directory of the customers of {@code test-table}, kept up to date a batch at a time:
 * a batch listener, which fails the first customer without a name and with it the rest of
 * the batch (Lambda retries from that customer).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
public class CustomerDirectory {

	private static final Log logger = LogFactory.getLog(CustomerDirectory.class);

	private final Map<String, Customer> customers = new ConcurrentHashMap<>();

	/**
	 * Add or update the customers of a batch, in stream order.
	 * @param customers the customers after each insert or modification of the batch
	 * @throws BatchListenerFailedException naming the first customer without a name
	 */
	@Order(3)
	@DynamoStreamListener("test-table")
	void index(@NewImage List<Customer> customers) {
		for (int i = 0; i < customers.size(); i++) {
			Customer customer = customers.get(i);
			if (customer.name() == null) {
				throw new BatchListenerFailedException("Customer " + customer.id() + " has no name", i);
			}
			this.customers.put(customer.id(), customer);
		}
		logger.info("Indexed " + customers.size() + " customers");
	}

	/**
	 * Find a customer by id.
	 * @param id the id
	 * @return the customer, if the directory has it
	 */
	public Optional<Customer> find(String id) {
		return Optional.ofNullable(this.customers.get(id));
	}

}
