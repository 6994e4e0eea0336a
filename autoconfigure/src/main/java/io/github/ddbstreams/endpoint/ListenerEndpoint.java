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

import org.jspecify.annotations.Nullable;

/**
 * What the dispatcher invokes for one listener: a {@link RecordEndpoint} with one record
 * at a time, a {@link BatchEndpoint} with the records of an invocation it wants, or a
 * {@link WindowEndpoint} that folds the records of a tumbling window into a state.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public sealed interface ListenerEndpoint permits RecordEndpoint, BatchEndpoint, WindowEndpoint {

	/**
	 * Describe the listener for messages, such as {@code bean 'clerk'} or
	 * {@code method ClerkListener.onCustomer(Customer)}.
	 * @return the description
	 */
	String description();

	/**
	 * Return an endpoint that reads of each record what this one reads (its keys, images
	 * and mapped items) without calling the listener: what priming runs when it does not
	 * call listeners.
	 * @return the reading endpoint, or {@code null} when what the listener reads is not
	 * known before it runs (a {@code DynamoRecordListener} bean)
	 */
	@Nullable ListenerEndpoint readingEndpoint();

}
