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

import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.lambda.RecordingApplication.Customer;
import io.github.ddbstreams.lambda.RecordingApplication.Seen;
import io.github.ddbstreams.lambda.StreamFunctionPrimer.Priming;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of priming through the default Lambda handler's path:
 * {@link RecordingApplication} started by Spring Cloud Function's
 * {@code FunctionInvoker}.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamFunctionPrimingTests {

	private static final String NO_FAILURES = "{\"batchItemFailures\":[]}";

	private LambdaHandler handler;

	@BeforeEach
	void clearRecordings() {
		synchronized (RecordingApplication.seen) {
			RecordingApplication.seen.clear();
		}
	}

	@AfterEach
	void stopHandler() {
		if (this.handler != null) {
			this.handler.close();
		}
	}

	@Test
	void primesAtStartUpThroughTheDecoderDispatcherAndHandlerPathWithoutCallingListeners(CapturedOutput output) {
		this.handler = LambdaHandler.start("dynamodb.streams.priming=startup", "test.counting-decoder=true",
				"test.counting-json-mapper=true");
		Priming priming = priming().lastPriming();
		assertThat(priming).isNotNull();
		assertThat(priming.problems()).isEmpty();
		assertThat(priming.listeners()).isFalse();
		assertThat(priming.records()).isGreaterThanOrEqualTo(StreamFunctionPrimer.RECORDS_PER_EVENT);
		assertThat(priming.itemTypes()).containsExactly(Customer.class);
		assertThat(RecordingApplication.decodedEvents).hasPositiveValue();
		assertThat(RecordingApplication.jsonWrites).hasPositiveValue();
		assertThat(RecordingApplication.jsonReads).hasValue(0);
		assertThat(seen()).isEmpty();
		assertThat(output).contains("Primed the DynamoDB stream function: ")
			.contains("(listeners not called), item types [" + Customer.class.getName() + "]");
	}

	@Test
	void primedFunctionHandlesRealEventsAsBefore() throws Exception {
		this.handler = LambdaHandler.start("dynamodb.streams.priming=startup");
		assertThat(this.handler.invoke(StreamEventJson.event()
			.from("arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2026-01-01T00:00:00.000")
			.insert("1", "id-1", "first")
			.bytes())).isEqualTo(NO_FAILURES);
		assertThat(seen()).extracting(Seen::listener).containsExactly("testTableInserts", "everything");
		assertThat(seen().get(0).mapped()).isEqualTo(new Customer("id-1", "first"));
	}

	@Test
	void primingCallsTheListenersWithSyntheticRecordsWhenTheyOptIn() {
		this.handler = LambdaHandler.start("dynamodb.streams.priming=startup", "dynamodb.streams.prime-listeners=true");
		Priming priming = priming().lastPriming();
		assertThat(priming).isNotNull();
		assertThat(priming.problems()).isEmpty();
		assertThat(priming.listeners()).isTrue();
		List<Seen> seen = seen();
		assertThat(seen).filteredOn((record) -> record.listener().equals("testTableInserts"))
			.isNotEmpty()
			.allSatisfy((record) -> {
				assertThat(record.table()).isEqualTo("test-table");
				assertThat(record.eventName()).isEqualTo(DynamoEventName.INSERT);
				assertThat(record.mapped()).isInstanceOf(Customer.class);
			});
		assertThat(seen).filteredOn((record) -> record.listener().equals("everything"))
			.extracting(Seen::table)
			.contains(StreamFunctionPrimer.SYNTHETIC_TABLE, "test-table");
	}

	@Test
	void primesOnlyBeforeACheckpointByDefaultAndRenewsTheDecoderAfterARestore() throws Exception {
		this.handler = LambdaHandler.start();
		StreamFunctionPriming priming = priming();
		assertThat(priming.mode()).isEqualTo(PrimingMode.SNAPSHOT);
		assertThat(priming.isRegisteredForCheckpoint()).isTrue();
		assertThat(priming.lastPriming()).isNull();
		priming.beforeCheckpoint();
		assertThat(priming.lastPriming()).isNotNull().satisfies((primed) -> assertThat(primed.problems()).isEmpty());
		assertThat(seen()).isEmpty();
		priming.afterRestore();
		assertThat(this.handler.invoke(StreamEventJson.event().insert("1", "id-1", "first").bytes()))
			.isEqualTo(NO_FAILURES);
		assertThat(seen()).extracting(Seen::listener).containsExactly("everything");
	}

	@Test
	void neverPrimesWhenOff() {
		this.handler = LambdaHandler.start("dynamodb.streams.priming=off", "test.counting-decoder=true");
		assertThat(priming().lastPriming()).isNull();
		assertThat(priming().isRegisteredForCheckpoint()).isFalse();
		assertThat(RecordingApplication.decodedEvents).hasValue(0);
	}

	@Test
	void eventWithTheBytesOfASyntheticEventGoesToTheListeners() throws Exception {
		this.handler = LambdaHandler.start("dynamodb.streams.priming=off");
		List<Object> events = new ArrayList<>();
		StreamFunctionPrimer capturing = new StreamFunctionPrimer((event) -> events.add(event.readAllBytes()),
				this.handler.context().getBean(StreamSubscriptions.class), TableNamespace.NONE,
				new DefaultTableSchemaResolver(), List.of(), null, 1);
		capturing.prime();
		assertThat(events).hasSize(1);
		assertThat(this.handler.invoke((byte[]) events.get(0))).isEqualTo(NO_FAILURES);
		assertThat(seen()).isNotEmpty().extracting(Seen::listener).contains("testTableInserts", "everything");
	}

	private StreamFunctionPriming priming() {
		return this.handler.context().getBean(StreamFunctionPriming.class);
	}

	private static List<Seen> seen() {
		synchronized (RecordingApplication.seen) {
			return List.copyOf(RecordingApplication.seen);
		}
	}

}
