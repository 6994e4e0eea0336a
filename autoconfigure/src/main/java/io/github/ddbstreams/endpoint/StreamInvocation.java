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
 * The invocation that delivered a batch of records: what a listener method may receive
 * besides the records.
 *
 * @param requestId the Lambda request id of the invocation, or {@code null} when not
 * known (outside Lambda)
 * @param lambdaContext the Lambda {@code Context} of the invocation, or {@code null} when
 * there is none (outside Lambda, in priming)
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamInvocation(@Nullable String requestId, @Nullable Object lambdaContext) {

	/**
	 * An invocation of which nothing is known.
	 */
	public static final StreamInvocation NONE = new StreamInvocation(null, null);

	/**
	 * Return an invocation known by its request id only.
	 * @param requestId the request id, or {@code null}
	 * @return the invocation
	 */
	public static StreamInvocation ofRequestId(@Nullable String requestId) {
		return (requestId != null) ? new StreamInvocation(requestId, null) : NONE;
	}

}
