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

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads new and changed customers as {@link Customer} records.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
@Order(2)
@DynamoStreamListener(tables = "test-table", events = { DynamoEventName.INSERT, DynamoEventName.MODIFY },
		images = RequiredImages.NEW)
class CustomerListener implements DynamoRecordListener {

	private static final Log logger = LogFactory.getLog(CustomerListener.class);

	@Override
	public void onRecord(DynamoRecord record) {
		Customer customer = record.newImage(Customer.class);
		logger.info("Customer " + customer.id() + " is now named " + customer.name());
	}

}
