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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.RecordMdc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoStreamsFunction}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamoStreamsFunctionTests {

	private final List<String> seen = new ArrayList<>();

	private final byte[] threeRecords = StreamEventJson.event()
		.insert("1", "a", "a1")
		.insert("2", "b", "b1")
		.insert("3", "c", "c1")
		.bytes();

	@Test
	void answersThePartialBatchResponseNamingTheFailedRecordAndLogsTheRequestId(CapturedOutput output) {
		Message<InputStream> event = MessageBuilder
			.withPayload((InputStream) new ByteArrayInputStream(this.threeRecords))
			.setHeader(DynamoStreamsFunction.CONTEXT_HEADER, new RequestContext("request-7"))
			.build();
		StreamsEventResponse response = function(true).apply(event);
		assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
			.containsExactly("2");
		assertThat(this.seen).containsExactly("1", "2");
		assertThat(output).contains("Record 2 of 3 (SequenceNumber 2, event source " + StreamEventJson.TEST_TABLE_STREAM
				+ ") failed; reporting it as batch item failure so Lambda retries from it (request request-7)");
	}

	@Test
	void carriesTheRequestIdOfTheLambdaContextIntoTheMdcOfEachRecord() {
		List<String> requestIds = new ArrayList<>();
		DynamoRecordListener listener = (record) -> requestIds.add(MDC.get(RecordMdc.REQUEST_ID));
		StreamRoutes routes = new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", listener, null, List.of()))),
				new TableNamespace("demo-dev", "_"));
		DynamoStreamsFunction function = new DynamoStreamsFunction(new StreamEventDecoder(),
				new StreamRecordDispatcher(routes, List.of(), null), true);
		Message<InputStream> event = MessageBuilder
			.withPayload((InputStream) new ByteArrayInputStream(this.threeRecords))
			.setHeader(DynamoStreamsFunction.CONTEXT_HEADER, new RequestContext("request-8"))
			.build();
		assertThat(function.apply(event).getBatchItemFailures()).isEmpty();
		assertThat(requestIds).containsExactly("request-8", "request-8", "request-8");
		assertThat(MDC.get(RecordMdc.REQUEST_ID)).isNull();
	}

	@Test
	void throwsWithoutPartialBatchResponses() {
		Message<InputStream> event = MessageBuilder
			.withPayload((InputStream) new ByteArrayInputStream(this.threeRecords))
			.build();
		assertThatExceptionOfType(StreamRecordFailedException.class).isThrownBy(() -> function(false).apply(event))
			.satisfies((ex) -> assertThat(ex.getSequenceNumber()).isEqualTo("2"));
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void readsEventsHandedOverInOtherForms() {
		DynamoStreamsFunction function = function(true);
		Message bytes = MessageBuilder.withPayload(StreamEventJson.event().insert("1", "a", "a1").bytes()).build();
		Message text = MessageBuilder.withPayload(StreamEventJson.event().insert("3", "a", "a1").json()).build();
		Message decoded = MessageBuilder
			.withPayload(StreamEvents.decode(StreamEventJson.event().insert("4", "a", "a1").bytes()))
			.build();
		assertThat(function.apply(bytes).getBatchItemFailures()).isEmpty();
		assertThat(function.apply(text).getBatchItemFailures()).isEmpty();
		assertThat(function.apply(decoded).getBatchItemFailures()).isEmpty();
		assertThat(this.seen).containsExactly("1", "3", "4");
		Message number = MessageBuilder.withPayload(42).build();
		assertThatExceptionOfType(InvalidStreamEventException.class).isThrownBy(() -> function.apply(number))
			.withMessage("Lambda event of type java.lang.Integer cannot be decoded: expected the bytes of a DynamoDB "
					+ "stream event");
	}

	private DynamoStreamsFunction function(boolean reportBatchItemFailures) {
		DynamoRecordListener listener = (record) -> {
			this.seen.add(record.sequenceNumber());
			if (record.sequenceNumber().equals("2")) {
				throw new IllegalStateException("failed on 2");
			}
		};
		StreamRoutes routes = new StreamRoutes(
				new StreamSubscriptions(List.of(StreamSubscription.of("listener", listener, null, List.of()))),
				new TableNamespace("demo-dev", "_"));
		return new DynamoStreamsFunction(new StreamEventDecoder(), new StreamRecordDispatcher(routes, List.of(), null),
				reportBatchItemFailures);
	}

}
