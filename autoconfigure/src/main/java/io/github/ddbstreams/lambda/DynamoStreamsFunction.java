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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbTimeWindowEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.dispatch.WindowOutcome;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.LogText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.messaging.Message;

/**
 * The Lambda function for DynamoDB stream events, which the default handler (Spring Cloud
 * Function's {@code FunctionInvoker}) calls with the raw event: an input of
 * {@code Message<InputStream>} is passed through unparsed, with the Lambda
 * {@link Context} as header {@code aws-context}, so each event is read once, by the
 * {@link StreamEventDecoder}.
 * <p>
 * With partial batch responses ({@code FunctionResponseTypes: [ReportBatchItemFailures]},
 * the default), when a record fails, the response names its sequence number, so Lambda
 * retries from that record: the records before it are done, the record and those after it
 * are delivered again. Without them, a failed record throws a
 * {@link StreamRecordFailedException}, so Lambda retries the whole batch. When every
 * record is processed, the response has no failures. A malformed event throws, failing
 * the whole invocation before any listener runs.
 * <p>
 * A synthetic event of {@link StreamFunctionPrimer} takes the same path, but its records
 * go to the dispatcher the primer chose, and its outcome is returned to the primer rather
 * than logged.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsFunction implements Function<Message<InputStream>, StreamsEventResponse> {

	private static final Log logger = LogFactory.getLog(DynamoStreamsFunction.class);

	/**
	 * The name of the bean, and the function definition that selects it.
	 */
	public static final String BEAN_NAME = "dynamodbStreamsFunction";

	/**
	 * The header of the Lambda {@link Context} in the input message.
	 */
	public static final String CONTEXT_HEADER = "aws-context";

	private final StreamEventDecoder decoder;

	private final StreamRecordDispatcher dispatcher;

	private final WindowStateCodec windowStates;

	private final boolean reportBatchItemFailures;

	/**
	 * Create the function, with window states written by a {@link WindowStateCodec} with
	 * its defaults.
	 * @param decoder the decoder of the events
	 * @param dispatcher the dispatcher of the records
	 * @param reportBatchItemFailures whether a failed record is reported in the response
	 * (partial batch responses) rather than thrown
	 */
	public DynamoStreamsFunction(StreamEventDecoder decoder, StreamRecordDispatcher dispatcher,
			boolean reportBatchItemFailures) {
		this(decoder, dispatcher, new WindowStateCodec(), reportBatchItemFailures);
	}

	/**
	 * Create the function.
	 * @param decoder the decoder of the events
	 * @param dispatcher the dispatcher of the records
	 * @param windowStates the codec of the states of tumbling windows
	 * @param reportBatchItemFailures whether a failed record is reported in the response
	 * (partial batch responses) rather than thrown
	 */
	public DynamoStreamsFunction(StreamEventDecoder decoder, StreamRecordDispatcher dispatcher,
			WindowStateCodec windowStates, boolean reportBatchItemFailures) {
		this.decoder = decoder;
		this.dispatcher = dispatcher;
		this.windowStates = windowStates;
		this.reportBatchItemFailures = reportBatchItemFailures;
	}

	@Override
	public StreamsEventResponse apply(Message<InputStream> event) {
		Object payload = event.getPayload();
		if (payload instanceof SyntheticStreamEvent synthetic) {
			BatchOutcome outcome = synthetic.dispatcher().dispatch(decode(payload));
			synthetic.complete(outcome);
			return outcome.isSuccess() ? new StreamsEventResponse(List.of())
					: new StreamsEventResponse(List.of(new BatchItemFailure(outcome.failedSequenceNumber())));
		}
		Object context = event.getHeaders().get(CONTEXT_HEADER);
		StreamInvocation invocation = (context instanceof Context lambdaContext)
				? new StreamInvocation(lambdaContext.getAwsRequestId(), lambdaContext) : StreamInvocation.NONE;
		StreamEventContent content = decodeEvent(payload);
		WindowInvocation window = content.window();
		return (window != null) ? handle(content.records(), invocation, window) : handle(content.records(), invocation);
	}

	private StreamEventContent decodeEvent(Object payload) {
		if (payload instanceof InputStream stream) {
			return this.decoder.decodeEvent(stream);
		}
		if (payload instanceof byte[] bytes) {
			return this.decoder.decodeEvent(bytes);
		}
		if (payload instanceof String text) {
			return this.decoder.decodeEvent(text.getBytes(StandardCharsets.UTF_8));
		}
		if (payload instanceof DynamodbTimeWindowEvent event && event.getWindow() != null) {
			return new StreamEventContent(this.decoder.decode(event), windowOf(event));
		}
		return new StreamEventContent(decode(payload), null);
	}

	private static WindowInvocation windowOf(DynamodbTimeWindowEvent event) {
		try {
			DynamoWindow window = new DynamoWindow(Instant.parse(event.getWindow().getStart()),
					Instant.parse(event.getWindow().getEnd()), event.getShardId(), event.getEventSourceArn(),
					Boolean.TRUE.equals(event.getIsFinalInvokeForWindow()),
					Boolean.TRUE.equals(event.getIsWindowTerminatedEarly()));
			return new WindowInvocation(window, (event.getState() != null) ? event.getState() : Map.of());
		}
		catch (RuntimeException ex) {
			throw new InvalidStreamEventException("Lambda event's 'window' is not a window of ISO-8601 times"
					+ " {\"start\":...,\"end\":...}: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private List<DynamoRecord> decode(Object payload) {
		if (payload instanceof InputStream stream) {
			return this.decoder.decode(stream);
		}
		if (payload instanceof byte[] bytes) {
			return this.decoder.decode(bytes);
		}
		if (payload instanceof String text) {
			return this.decoder.decode(text.getBytes(StandardCharsets.UTF_8));
		}
		if (payload instanceof DynamodbEvent event) {
			return this.decoder.decode(event);
		}
		throw new InvalidStreamEventException("Lambda event of type " + payload.getClass().getName()
				+ " cannot be decoded: expected the bytes of a DynamoDB stream event");
	}

	/**
	 * Dispatch decoded records and answer as the function answers Lambda.
	 * @param records the records of the event
	 * @param invocation the invocation that delivered them
	 * @return the response
	 * @throws StreamRecordFailedException if a record failed and partial batch responses
	 * are off
	 */
	public StreamsEventResponse handle(List<DynamoRecord> records, StreamInvocation invocation) {
		String requestId = invocation.requestId();
		BatchOutcome outcome = this.dispatcher.dispatch(records, invocation);
		if (outcome.isSuccess()) {
			return new StreamsEventResponse(List.of());
		}
		if (!this.reportBatchItemFailures) {
			throw new StreamRecordFailedException(
					outcome.describeFailure() + "; failing the invocation so Lambda retries the whole batch", outcome);
		}
		if (logger.isErrorEnabled()) {
			logger.error(
					outcome.describeFailure() + "; reporting it as batch item failure so Lambda retries from it"
							+ ((requestId != null) ? " (request " + LogText.escape(requestId) + ")" : ""),
					outcome.failure());
		}
		return new StreamsEventResponse(List.of(new BatchItemFailure(outcome.failedSequenceNumber())));
	}

	/**
	 * Dispatch the decoded records of an invocation of a tumbling window and answer as
	 * the function answers Lambda: always with the window's state, as of the last record
	 * that succeeded, and the failed record, if any.
	 * @param records the records of the event
	 * @param invocation the invocation that delivered them
	 * @param window the window of the invocation and the state it brought
	 * @return the response
	 * @throws StreamRecordFailedException if a record failed and partial batch responses
	 * are off
	 * @throws io.github.ddbstreams.dispatch.WindowEndFailedException if a window listener
	 * failed at the end of the window
	 */
	public WindowEventResponse handle(List<DynamoRecord> records, StreamInvocation invocation,
			WindowInvocation window) {
		String requestId = invocation.requestId();
		WindowOutcome result = this.dispatcher.dispatch(records, invocation, window.window(),
				this.windowStates.states(window.state()));
		BatchOutcome outcome = result.outcome();
		if (outcome.isSuccess()) {
			return new WindowEventResponse(result.state(), List.of());
		}
		if (!this.reportBatchItemFailures) {
			throw new StreamRecordFailedException(outcome.describeFailure()
					+ "; failing the invocation so Lambda retries the whole batch with the window's state as it was",
					outcome);
		}
		if (logger.isErrorEnabled()) {
			logger.error(
					outcome.describeFailure() + "; reporting it as batch item failure, with the window's state"
							+ " as of the record before it, so Lambda retries from it"
							+ ((requestId != null) ? " (request " + LogText.escape(requestId) + ")" : ""),
					outcome.failure());
		}
		return new WindowEventResponse(result.state(), List.of(new BatchItemFailure(outcome.failedSequenceNumber())));
	}

}
