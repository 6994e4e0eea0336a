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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.dispatch.WindowEndFailedException;
import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WindowListenerTests {

	private static final String START = "2026-12-07T10:00:00Z";

	private static final String END = "2026-12-07T10:01:00Z";

	private final Counter counter = new Counter();

	private final Set<String> failOnce = new HashSet<>();

	private final List<String> recordListenerFailures = new ArrayList<>();

	@Test
	void carriesTheStateFromOneInvocationOfAWindowToTheNextAndEndsItWithTheTotals() {
		DynamoStreamsFunction function = function(true);
		StreamsEventResponse first = apply(function,
				StreamEventJson.event()
					.insert("1", "a", "a1")
					.insert("2", "b", "b1")
					.modify("3", "a", "a1", "a2")
					.window(START, END, null, false, false));
		assertThat(first).isInstanceOf(WindowEventResponse.class);
		assertThat(first.getBatchItemFailures()).isEmpty();
		Map<String, String> state = ((WindowEventResponse) first).getState();
		assertThat(state).containsExactly(Map.entry("counter", "{\"inserts\":2,\"modifies\":1,\"removes\":0}"));
		StreamsEventResponse second = apply(function,
				StreamEventJson.event().remove("4", "b", "b1").window(START, END, json(state), false, false));
		assertThat(this.counter.ended).isEmpty();
		StreamsEventResponse last = apply(function,
				StreamEventJson.event()
					.insert("5", "c", "c1")
					.window(START, END, json(((WindowEventResponse) second).getState()), true, false));
		assertThat(last.getBatchItemFailures()).isEmpty();
		assertThat(this.counter.ended).containsExactly(new Counts(3, 1, 1));
		assertThat(this.counter.windows).allSatisfy((window) -> {
			assertThat(window.start()).hasToString(START);
			assertThat(window.end()).hasToString(END);
			assertThat(window.shardId()).isEqualTo("shardId-00000001");
			assertThat(window.eventSourceArn()).isEqualTo(StreamEventJson.TEST_TABLE_STREAM);
		});
	}

	@Test
	void answersTheStateAsOfTheRecordBeforeAFailedOneSoThatTheRetryCountsNothingTwice() {
		this.failOnce.add("3");
		DynamoStreamsFunction function = function(true);
		StreamsEventResponse failed = apply(function,
				StreamEventJson.event()
					.insert("1", "a", "a1")
					.insert("2", "b", "b1")
					.insert("3", "c", "c1")
					.insert("4", "d", "d1")
					.window(START, END, null, false, false));
		assertThat(failed.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier).containsExactly("3");
		Map<String, String> state = ((WindowEventResponse) failed).getState();
		assertThat(state).containsEntry("counter", "{\"inserts\":2,\"modifies\":0,\"removes\":0}");
		StreamsEventResponse retried = apply(function,
				StreamEventJson.event()
					.insert("3", "c", "c1")
					.insert("4", "d", "d1")
					.window(START, END, json(state), true, false));
		assertThat(retried.getBatchItemFailures()).isEmpty();
		assertThat(this.counter.ended).containsExactly(new Counts(4, 0, 0));
	}

	@Test
	void foldsOnlyTheRecordsBeforeOneThatARecordListenerFailed() {
		this.recordListenerFailures.add("2");
		StreamsEventResponse response = apply(function(true),
				StreamEventJson.event()
					.insert("1", "a", "a1")
					.insert("2", "b", "b1")
					.insert("3", "c", "c1")
					.window(START, END, null, true, false));
		assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
			.containsExactly("2");
		assertThat(((WindowEventResponse) response).getState()).containsEntry("counter",
				"{\"inserts\":1,\"modifies\":0,\"removes\":0}");
		assertThat(this.counter.ended).as("a final invocation with a failure does not end the window").isEmpty();
	}

	@Test
	void endsTheWindowOfAFinalInvocationWithoutRecords() {
		apply(function(true),
				StreamEventJson.event()
					.window(START, END, "{\"counter\":\"{\\\"inserts\\\":7,\\\"modifies\\\":1,\\\"removes\\\":2}\"}",
							true, false));
		assertThat(this.counter.ended).containsExactly(new Counts(7, 1, 2));
	}

	@Test
	void startsFromTheInitialStateWhenTheEventCarriesNone() {
		StreamsEventResponse response = apply(function(true),
				StreamEventJson.event().insert("1", "a", "a1").window(START, END, "{}", false, true));
		assertThat(((WindowEventResponse) response).getState()).containsEntry("counter",
				"{\"inserts\":1,\"modifies\":0,\"removes\":0}");
		assertThat(this.counter.windows).singleElement().satisfies((window) -> {
			assertThat(window.isTerminatedEarly()).isTrue();
			assertThat(window.isFinal()).isFalse();
		});
	}

	@Test
	void failsTheRecordThatWouldGrowTheStateOverOneMebibyteNamingTheSize() {
		DynamoWindowListener<List<String>> hoarder = new DynamoWindowListener<>() {

			@Override
			public List<String> initialState() {
				return List.of();
			}

			@Override
			public List<String> onRecord(List<String> state, DynamoRecord record, DynamoWindow window) {
				List<String> next = new ArrayList<>(state);
				next.add("x".repeat(300_000));
				return next;
			}

		};
		DynamoStreamsFunction function = function(List.of(subscription("hoarder", hoarder)), true);
		StreamEventJson event = StreamEventJson.event();
		for (int i = 1; i <= 6; i++) {
			event.insert(String.valueOf(i), "k" + i, "v");
		}
		StreamsEventResponse response = apply(function, event.window(START, END, null, false, false));
		assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
			.containsExactly("4");
		String state = ((WindowEventResponse) response).getState().get("hoarder");
		assertThat(state).hasSizeGreaterThan(900_000).hasSizeLessThan(1_048_576);
	}

	@Test
	void failsTheInvocationWhenTheEndOfTheWindowFails() {
		this.counter.failAtEnd = true;
		assertThatExceptionOfType(WindowEndFailedException.class)
			.isThrownBy(() -> apply(function(true),
					StreamEventJson.event().insert("1", "a", "a1").window(START, END, null, true, false)))
			.withMessageContaining("failed at the end of the window")
			.withMessageContaining("Lambda retries the window's final invocation");
	}

	@Test
	void throwsWithoutPartialBatchResponsesSoThatLambdaRetriesTheBatchWithTheStateItHad() {
		this.failOnce.add("2");
		assertThatExceptionOfType(StreamRecordFailedException.class)
			.isThrownBy(() -> apply(function(false),
					StreamEventJson.event()
						.insert("1", "a", "a1")
						.insert("2", "b", "b1")
						.window(START, END, null, false, false)))
			.withMessageContaining("with the window's state as it was");
	}

	@Test
	void answersAnEventWithoutWindowWithoutState() {
		StreamsEventResponse response = apply(function(true), StreamEventJson.event().insert("1", "a", "a1"));
		assertThat(response).isNotInstanceOf(WindowEventResponse.class);
		assertThat(EventJsonMapper.write(response)).asString(StandardCharsets.UTF_8)
			.isEqualTo("{\"batchItemFailures\":[]}");
	}

	@Test
	void writesTheResponseInTheShapeOfTimeWindowEventResponse() {
		WindowEventResponse response = new WindowEventResponse(Map.of("counter", "{\"inserts\":1}"),
				List.of(new BatchItemFailure("7")));
		assertThat(EventJsonMapper.write(response)).asString(StandardCharsets.UTF_8)
			.isEqualTo("{\"state\":{\"counter\":\"{\\\"inserts\\\":1}\"},"
					+ "\"batchItemFailures\":[{\"itemIdentifier\":\"7\"}]}");
	}

	@Test
	void rejectsAStateThatNoLongerReadsAsTheStateType() {
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> apply(function(true),
					StreamEventJson.event()
						.insert("1", "a", "a1")
						.window(START, END, "{\"counter\":\"[1,2]\"}", false, false)))
			.withMessageContaining("The window state of the event for the")
			.withMessageContaining("('counter') does not read as");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
							"window":[]                                                              | has an array as 'window': expected an object
							"window":{"start":"2026-12-07T10:00:00Z"}                                | has a 'window' without 'end'
							"window":{"end":"2026-12-07T10:00:00Z"}                                  | has a 'window' without 'start'
							"window":{"start":"yesterday","end":"2026-12-07T10:00:00Z"}              | has 'window.start' that is not an ISO-8601 time
							"window":{"start":1,"end":"2026-12-07T10:00:00Z"}                        | has a number as 'window.start': expected an ISO-8601 time
							"window":{"start":"2026-12-07T10:01:00Z","end":"2026-12-07T10:00:00Z"}   | has a 'window' whose end is not after its start
							"window":{"start":"2026-12-07T10:00:00Z","start":"2026-12-07T10:00:00Z"} | has the key 'window.start' twice
							WINDOW,"state":[]                                                        | has an array as 'state': expected an object of strings
							WINDOW,"state":{"counter":3}                                             | has a number as the value of 'state.counter': expected a string
							WINDOW,"state":{"a":"1","a":"2"}                                         | has the key 'state.a' twice
							WINDOW,"isFinalInvokeForWindow":"true"                                   | has a string as 'isFinalInvokeForWindow': expected true or false
							WINDOW,"isWindowTerminatedEarly":1                                       | has a number as 'isWindowTerminatedEarly': expected true or false
							WINDOW,"shardId":7                                                       | has a number as 'shardId': expected a string
							WINDOW,"eventSourceARN":{}                                               | has an object as 'eventSourceARN': expected a string
					WINDOW,"eventSourceARN":"stream-ARN"                                     | has a top-level 'eventSourceARN' that is not the ARN of a DynamoDB table stream
							"isFinalInvokeForWindow":true                                            | has the fields of a tumbling window's invocation but no 'window'
							"state":{}                                                               | has the fields of a tumbling window's invocation but no 'window'
							""")
	void rejectsMalformedWindowFields(String fields, String problem) {
		String event = "{\"Records\":[],"
				+ fields.replace("WINDOW", "\"window\":{\"start\":\"" + START + "\",\"end\":\"" + END + "\"}") + "}";
		assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> new StreamEventDecoder().decodeEvent(event.getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("Lambda event " + problem);
	}

	private StreamsEventResponse apply(DynamoStreamsFunction function, StreamEventJson event) {
		return function.apply(MessageBuilder.withPayload((InputStream) new ByteArrayInputStream(event.bytes()))
			.setHeader(DynamoStreamsFunction.CONTEXT_HEADER, new RequestContext("request-1"))
			.build());
	}

	private DynamoStreamsFunction function(boolean reportBatchItemFailures) {
		DynamoRecordListener recordListener = (record) -> {
			if (this.recordListenerFailures.contains(record.sequenceNumber())) {
				throw new IllegalStateException("record listener failed");
			}
		};
		return function(List.of(StreamSubscription.of("recorder", recordListener, null, List.of()),
				subscription("counter", this.counter)), reportBatchItemFailures);
	}

	private DynamoStreamsFunction function(List<StreamSubscription> subscriptions, boolean reportBatchItemFailures) {
		StreamRoutes routes = new StreamRoutes(new StreamSubscriptions(subscriptions),
				new TableNamespace("demo-dev", "_"));
		return new DynamoStreamsFunction(new StreamEventDecoder(), new StreamRecordDispatcher(routes, List.of(), null),
				new WindowStateCodec(), reportBatchItemFailures);
	}

	private static StreamSubscription subscription(String beanName, DynamoWindowListener<?> listener) {
		return StreamSubscription.of(beanName, WindowEndpoint.of(beanName, listener), null, List.of());
	}

	private static String json(Map<String, String> state) {
		return new String(EventJsonMapper.write(new WindowEventResponse(state, List.of())), StandardCharsets.UTF_8)
			.replaceFirst("^\\{\"state\":", "")
			.replaceFirst(",\"batchItemFailures\":\\[\\]}$", "");
	}

	record Counts(int inserts, int modifies, int removes) {

		Counts plus(DynamoEventName eventName) {
			return switch (eventName) {
				case INSERT -> new Counts(this.inserts + 1, this.modifies, this.removes);
				case MODIFY -> new Counts(this.inserts, this.modifies + 1, this.removes);
				case REMOVE -> new Counts(this.inserts, this.modifies, this.removes + 1);
			};
		}

	}

	final class Counter implements DynamoWindowListener<Counts> {

		final List<Counts> ended = new ArrayList<>();

		final List<DynamoWindow> windows = new ArrayList<>();

		boolean failAtEnd;

		@Override
		public Counts initialState() {
			return new Counts(0, 0, 0);
		}

		@Override
		public Counts onRecord(Counts state, DynamoRecord record, DynamoWindow window) {
			this.windows.add(window);
			if (WindowListenerTests.this.failOnce.remove(record.sequenceNumber())) {
				throw new IllegalStateException("planted failure");
			}
			return state.plus(record.eventName());
		}

		@Override
		public void onWindowEnd(Counts state, DynamoWindow window) {
			if (this.failAtEnd) {
				throw new IllegalStateException("planted failure at the end");
			}
			this.ended.add(state);
		}

	}

}
