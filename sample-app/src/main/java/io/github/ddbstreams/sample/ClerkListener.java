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
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Logs the keys and the new image of every change of {@code test-table}, like the clerk
 * of Jets and Sparta.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@Component
@Order(1)
@DynamoStreamListener(tables = "test-table", images = RequiredImages.NEW)
class ClerkListener implements DynamoRecordListener {

	private static final Log logger = LogFactory.getLog(ClerkListener.class);

	@Override
	public void onRecord(DynamoRecord record) {
		logger.info(record.eventName() + " " + record.tableName() + " Keys: " + record.keys() + " NewImage: "
				+ record.newImage() + (record.isTimeToLiveDelete() ? " (expired by Time to Live)" : ""));
	}

}
