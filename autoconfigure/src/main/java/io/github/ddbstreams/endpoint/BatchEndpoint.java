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

import java.util.List;

import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoBatchListener;
import io.github.ddbstreams.listener.DynamoRecord;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint called once per invocation with the records it wants, in stream order.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public non-sealed interface BatchEndpoint extends ListenerEndpoint {

	/**
	 * Handle the records of an invocation that the listener wants.
	 * @param records the records, in stream order, not empty
	 * @param invocation the invocation that delivered them
	 * @throws BatchListenerFailedException to fail the record it names and the records
	 * after it
	 * @throws Exception to fail the first record
	 */
	void onBatch(List<DynamoRecord> records, StreamInvocation invocation) throws Exception;

	/**
	 * Return the endpoint of a {@link DynamoBatchListener} bean.
	 * @param beanName the name of the bean
	 * @param listener the listener
	 * @return the endpoint
	 */
	static BatchEndpoint of(String beanName, DynamoBatchListener listener) {
		return new BatchEndpoint() {

			@Override
			public void onBatch(List<DynamoRecord> records, StreamInvocation invocation) throws Exception {
				listener.onBatch(records);
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
