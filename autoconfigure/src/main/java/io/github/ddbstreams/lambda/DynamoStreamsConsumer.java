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

import java.util.function.Consumer;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;

/**
 * A Lambda function for DynamoDB stream events as a {@code Consumer<DynamodbEvent>},
 * without partial batch responses: when a record fails, it throws, so Lambda retries the
 * whole batch.
 * <p>
 * Selected with {@code spring.cloud.function.definition=dynamodbStreamsConsumer}, it
 * receives the event through Spring Cloud Function's message conversion, where
 * {@link DynamodbEventMessageConverter} runs the same strict {@link StreamEventDecoder}
 * over the event bytes as {@link DynamoStreamsFunction} does. That path reads each event
 * more than once; {@link DynamoStreamsFunction}, the default, does the same job reading
 * it once.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsConsumer implements Consumer<DynamodbEvent> {

	/**
	 * The name of the bean, and the function definition that selects it.
	 */
	public static final String BEAN_NAME = "dynamodbStreamsConsumer";

	private final StreamEventDecoder decoder;

	private final StreamRecordDispatcher dispatcher;

	/**
	 * Create the consumer.
	 * @param decoder the decoder of the events, which checks events that it did not
	 * decode itself
	 * @param dispatcher the dispatcher of the records
	 */
	public DynamoStreamsConsumer(StreamEventDecoder decoder, StreamRecordDispatcher dispatcher) {
		this.decoder = decoder;
		this.dispatcher = dispatcher;
	}

	@Override
	public void accept(DynamodbEvent event) {
		if (event instanceof UndecodableStreamEvent undecodable) {
			throw undecodable.getFailure();
		}
		BatchOutcome outcome = this.dispatcher.dispatch(this.decoder.decode(event));
		if (!outcome.isSuccess()) {
			throw new StreamRecordFailedException(
					outcome.describeFailure() + "; failing the invocation so Lambda retries the whole batch", outcome);
		}
	}

}
