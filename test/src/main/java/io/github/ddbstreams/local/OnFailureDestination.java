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

package io.github.ddbstreams.local;

/**
 * Receives the records that the local stream loop discards, like the on-failure
 * destination of a Lambda event source mapping: a batch whose retry attempts are
 * exhausted, or records older than the maximum record age.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DirectoryOnFailureDestination
 */
@FunctionalInterface
public interface OnFailureDestination {

	/**
	 * Take a discarded batch. The stream moves on whatever this method does.
	 * @param batch the discarded records and why they were discarded
	 */
	void send(DiscardedBatch batch);

}
