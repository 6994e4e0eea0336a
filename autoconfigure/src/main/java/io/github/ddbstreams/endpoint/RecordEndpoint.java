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

package io.github.ddbstreams.endpoint;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint called with one record at a time, in stream order per item.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public non-sealed interface RecordEndpoint extends ListenerEndpoint {

	/**
	 * Handle one record.
	 * @param record the record
	 * @param invocation the invocation that delivered it
	 * @throws Exception to fail the record
	 */
	void onRecord(DynamoRecord record, StreamInvocation invocation) throws Exception;

	/**
	 * Return the endpoint of a {@link DynamoRecordListener} bean.
	 * @param beanName the name of the bean
	 * @param listener the listener
	 * @return the endpoint
	 */
	static RecordEndpoint of(String beanName, DynamoRecordListener listener) {
		return new RecordEndpoint() {

			@Override
			public void onRecord(DynamoRecord record, StreamInvocation invocation) throws Exception {
				listener.onRecord(record);
			}

			@Override
			public String description() {
				return "bean '" + beanName + "'";
			}

			@Override
			public @Nullable ListenerEndpoint readingEndpoint() {
				return null;
			}

		};
	}

}
