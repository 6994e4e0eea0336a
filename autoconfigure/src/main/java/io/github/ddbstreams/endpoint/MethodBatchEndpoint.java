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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.ddbstreams.listener.BatchListenerFailedException;
import io.github.ddbstreams.listener.DynamoRecord;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint of a listener method that receives a list: the records themselves, or what
 * an {@link ArgumentResolver} makes of each of them (mapped items, images, keys).
 * <p>
 * When the element of a record cannot be made (its image is missing or does not map), the
 * method is called with the elements before it, and that record fails with a
 * {@link BatchListenerFailedException}: the records before it are processed, as if the
 * method had failed it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class MethodBatchEndpoint implements BatchEndpoint {

	private final String description;

	private final @Nullable ArgumentResolver element;

	private final int listIndex;

	private final int contextIndex;

	private final int parameterCount;

	private final @Nullable ListenerMethodInvoker invoker;

	/**
	 * Create the endpoint.
	 * @param description the method, for messages
	 * @param element makes the element of each record, or {@code null} for a list of the
	 * records themselves
	 * @param listIndex the index of the list parameter
	 * @param contextIndex the index of the Lambda {@code Context} parameter, or -1
	 * @param parameterCount the number of parameters
	 * @param invoker calls the method, or {@code null} for an endpoint that only makes
	 * the elements
	 */
	MethodBatchEndpoint(String description, @Nullable ArgumentResolver element, int listIndex, int contextIndex,
			int parameterCount, @Nullable ListenerMethodInvoker invoker) {
		this.description = description;
		this.element = element;
		this.listIndex = listIndex;
		this.contextIndex = contextIndex;
		this.parameterCount = parameterCount;
		this.invoker = invoker;
	}

	@Override
	public void onBatch(List<DynamoRecord> records, StreamInvocation invocation) throws Exception {
		ArgumentResolver element = this.element;
		if (element == null) {
			call(Collections.unmodifiableList(records), invocation);
			return;
		}
		List<@Nullable Object> elements = new ArrayList<>(records.size());
		for (DynamoRecord record : records) {
			try {
				elements.add(element.resolve(record, invocation));
			}
			catch (RuntimeException ex) {
				if (!elements.isEmpty()) {
					call(Collections.unmodifiableList(elements), invocation);
				}
				throw new BatchListenerFailedException(
						"The element of a record for " + this.description + " could not be made", ex, record);
			}
		}
		call(Collections.unmodifiableList(elements), invocation);
	}

	private void call(List<?> list, StreamInvocation invocation) throws Exception {
		ListenerMethodInvoker invoker = this.invoker;
		if (invoker == null) {
			return;
		}
		@Nullable Object[] values = new Object[this.parameterCount];
		values[this.listIndex] = list;
		if (this.contextIndex >= 0) {
			values[this.contextIndex] = invocation.lambdaContext();
		}
		invoker.invoke(values);
	}

	@Override
	public String description() {
		return this.description;
	}

	@Override
	public @Nullable ListenerEndpoint readingEndpoint() {
		return (this.invoker != null) ? new MethodBatchEndpoint(this.description, this.element, this.listIndex,
				this.contextIndex, this.parameterCount, null) : this;
	}

}
