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
import org.jspecify.annotations.Nullable;

/**
 * The endpoint of a listener method that receives one record at a time: resolves each
 * parameter from the record, then calls the method.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class MethodRecordEndpoint implements RecordEndpoint {

	private final String description;

	private final ArgumentResolver[] arguments;

	private final @Nullable ListenerMethodInvoker invoker;

	/**
	 * Create the endpoint.
	 * @param description the method, for messages
	 * @param arguments the resolvers of its parameters, in order
	 * @param invoker calls the method, or {@code null} for an endpoint that only resolves
	 * the arguments
	 */
	MethodRecordEndpoint(String description, ArgumentResolver[] arguments, @Nullable ListenerMethodInvoker invoker) {
		this.description = description;
		this.arguments = arguments;
		this.invoker = invoker;
	}

	@Override
	public void onRecord(DynamoRecord record, StreamInvocation invocation) throws Exception {
		@Nullable Object[] values = new Object[this.arguments.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = this.arguments[i].resolve(record, invocation);
		}
		ListenerMethodInvoker invoker = this.invoker;
		if (invoker != null) {
			invoker.invoke(values);
		}
	}

	@Override
	public String description() {
		return this.description;
	}

	@Override
	public @Nullable ListenerEndpoint readingEndpoint() {
		return (this.invoker != null) ? new MethodRecordEndpoint(this.description, this.arguments, null) : this;
	}

}
