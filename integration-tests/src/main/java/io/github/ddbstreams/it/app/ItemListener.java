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

package io.github.ddbstreams.it.app;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Logs every record of the table {@code items} as {@code Item <id> <eventName> named
 * <name>}, and fails for an item named {@code fail}. Takes
 * {@link ItemsSettings#latency()} per record, and fails the records of
 * {@link ItemsSettings#failSequenceNumbers()}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
@DynamoStreamListener(tables = "items", itemTypes = Item.class)
class ItemListener implements DynamoRecordListener {

	private static final Log logger = LogFactory.getLog(ItemListener.class);

	private final ItemsSettings settings;

	ItemListener(ItemsSettings settings) {
		this.settings = settings;
	}

	@Override
	public void onRecord(DynamoRecord record) throws InterruptedException {
		Item item = (record.newImage() != null) ? record.newImage(Item.class) : record.oldImage(Item.class);
		if (item == null) {
			throw new IllegalStateException("Record " + record.sequenceNumber() + " has no image");
		}
		if (!this.settings.latency().isZero()) {
			Thread.sleep(this.settings.latency().toMillis());
		}
		if ("fail".equals(item.name())) {
			throw new IllegalStateException("Item " + item.id() + " is named fail");
		}
		if (this.settings.failSequenceNumbers().contains(record.sequenceNumber())) {
			throw new IllegalStateException("Record " + record.sequenceNumber() + " is planted to fail");
		}
		logger.info("Item " + item.id() + " " + record.eventName() + " named " + item.name());
	}

}
