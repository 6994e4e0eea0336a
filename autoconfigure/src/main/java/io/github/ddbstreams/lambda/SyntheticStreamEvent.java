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

package io.github.ddbstreams.lambda;

import java.io.ByteArrayInputStream;

import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import org.jspecify.annotations.Nullable;

/**
 * The body of a synthetic DynamoDB stream event that priming hands to the Lambda
 * handler's path, with the dispatcher its records go to. Only this package can create
 * one, so no input from outside can select another dispatcher:
 * {@link DynamoStreamsFunction} recognizes it by its type.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class SyntheticStreamEvent extends ByteArrayInputStream {

	private final StreamRecordDispatcher dispatcher;

	private volatile @Nullable BatchOutcome outcome;

	SyntheticStreamEvent(byte[] json, StreamRecordDispatcher dispatcher) {
		super(json);
		this.dispatcher = dispatcher;
	}

	StreamRecordDispatcher dispatcher() {
		return this.dispatcher;
	}

	void complete(BatchOutcome outcome) {
		this.outcome = outcome;
	}

	@Nullable BatchOutcome outcome() {
		return this.outcome;
	}

}
