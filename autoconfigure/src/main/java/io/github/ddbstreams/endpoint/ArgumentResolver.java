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
 * Supplies one argument of a listener method from a record and its invocation.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@FunctionalInterface
interface ArgumentResolver {

	/**
	 * Return the argument for a record.
	 * @param record the record
	 * @param invocation the invocation that delivered it
	 * @return the argument
	 */
	@Nullable Object resolve(DynamoRecord record, StreamInvocation invocation);

}
