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

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.RequiredImages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The clerk of Jets and Sparta: logs the keys and new image of every change of
 * {@code test-table}, and the new name of each customer.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
class Clerk {

	private static final Log logger = LogFactory.getLog(Clerk.class);

	/**
	 * Log a change as the clerk of Jets and Sparta does: its event name, table, keys and
	 * new image.
	 * @param record the record of the change
	 */
	@Order(1)
	@DynamoStreamListener(tables = "test-table", images = RequiredImages.NEW)
	void logChange(DynamoRecord record) {
		logger.info(record.eventName() + " " + record.tableName() + " Keys: " + record.keys() + " NewImage: "
				+ record.newImage() + (record.isTimeToLiveDelete() ? " (expired by Time to Live)" : ""));
	}

	/**
	 * Log the new name of a customer that was added or changed: a {@code @NewImage}
	 * parameter receives inserts and modifications, and the customer mapped from the new
	 * image.
	 * @param customer the customer after the change
	 */
	@Order(2)
	@DynamoStreamListener("test-table")
	void onCustomer(@NewImage Customer customer) {
		logger.info("Customer " + customer.id() + " is now named " + customer.name());
	}

}
