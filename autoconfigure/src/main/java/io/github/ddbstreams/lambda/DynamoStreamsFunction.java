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

import java.util.List;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The Lambda function for DynamoDB stream events with partial batch responses
 * ({@code FunctionResponseTypes: [ReportBatchItemFailures]}).
 * <p>
 * When a record fails, the response names its sequence number, so Lambda retries from
 * that record: the records before it are done, the record and those after it are
 * delivered again. When every record is processed, the response has no failures. A
 * malformed event throws, failing the whole invocation.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsFunction implements Function<DynamodbEvent, StreamsEventResponse> {

	private static final Log logger = LogFactory.getLog(DynamoStreamsFunction.class);

	/**
	 * The name of the bean, and the function definition that selects it.
	 */
	public static final String BEAN_NAME = "dynamodbStreamsFunction";

	private final StreamRecordDispatcher dispatcher;

	/**
	 * Create the function.
	 * @param dispatcher the dispatcher of the records
	 */
	public DynamoStreamsFunction(StreamRecordDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Override
	public StreamsEventResponse apply(DynamodbEvent event) {
		BatchOutcome outcome = this.dispatcher.dispatch(StreamEventValidator.validate(event));
		if (outcome.isSuccess()) {
			return new StreamsEventResponse(List.of());
		}
		if (logger.isErrorEnabled()) {
			logger.error(outcome.describeFailure() + "; reporting it as batch item failure so Lambda retries from it",
					outcome.failure());
		}
		return new StreamsEventResponse(List.of(new BatchItemFailure(outcome.failedSequenceNumber())));
	}

}
