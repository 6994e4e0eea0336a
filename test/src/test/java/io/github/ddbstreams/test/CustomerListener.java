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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.test.Items.Customer;

/**
 * A listener of table {@code customers} that keeps what it read and fails for customers
 * named {@value #POISON}.
 */
@DynamoStreamListener(tables = "customers")
class CustomerListener implements DynamoRecordListener {

	static final String POISON = "poison";

	private final List<String> received = new CopyOnWriteArrayList<>();

	@Override
	public void onRecord(DynamoRecord record) {
		Customer customer = (record.hasNewImage()) ? record.newImage(Customer.class) : record.oldImage(Customer.class);
		this.received
			.add(record.eventName() + " " + customer.name() + (record.isTimeToLiveDelete() ? " (expired)" : ""));
		if (POISON.equals(customer.name())) {
			throw new IllegalStateException("Customer " + customer.id() + " is poisoned");
		}
	}

	List<String> received() {
		return this.received;
	}

}
