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

package io.github.ddbstreams.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.WindowEventResponse;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of window listeners in the application context: the function answers a window's
 * invocation with its state, and the start-up checks pair window listeners with tumbling
 * windows.
 */
class TumblingWindowConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class))
		.withPropertyValues("dynamodb.streams.table-namespace=demo-dev");

	@Test
	void answersAWindowInvocationWithTheStateOfEachWindowListener() {
		this.contextRunner.withUserConfiguration(CountingWindow.class)
			.withPropertyValues("dynamodb.streams.tables.test-table.tumbling-window=60s")
			.run((context) -> {
				DynamoStreamsFunction function = context.getBean(DynamoStreamsFunction.class);
				byte[] event = StreamEventJson.event()
					.insert("1", "a", "a1")
					.insert("2", "b", "b1")
					.window("2026-12-07T10:00:00Z", "2026-12-07T10:01:00Z", null, false, false)
					.bytes();
				StreamsEventResponse response = function
					.apply(MessageBuilder.withPayload((InputStream) new ByteArrayInputStream(event)).build());
				assertThat(response).isInstanceOfSatisfying(WindowEventResponse.class,
						(window) -> assertThat(window.getState()).isEqualTo(Map.of("inserts", "2")));
			});
	}

	@Test
	void refusesAWindowListenerOnATableWithoutTumblingWindow() {
		this.contextRunner.withUserConfiguration(CountingWindow.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageContaining("Window listener inserts reads table 'test-table', which has no tumbling window:"
						+ " set dynamodb.streams.tables.test-table.tumbling-window (1-900 s), or"
						+ " dynamodb.streams.tumbling-window for every table"));
	}

	@Test
	void refusesATumblingWindowWithoutWindowListener() {
		this.contextRunner.withUserConfiguration(RecordListenerOnly.class)
			.withPropertyValues("dynamodb.streams.tables.test-table.tumbling-window=120")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageContaining("Table 'test-table' has a tumbling window of 120 s but no window listener keeps"
						+ " its state: declare a DynamoWindowListener bean for it, or set"
						+ " dynamodb.streams.tables.test-table.tumbling-window to 0"));
	}

	@Test
	void refusesTheConsumerFunctionWithWindowListeners() {
		this.contextRunner.withUserConfiguration(CountingWindow.class)
			.withPropertyValues("dynamodb.streams.tumbling-window=60",
					"spring.cloud.function.definition=dynamodbStreamsConsumer")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("spring.cloud.function.definition is dynamodbStreamsConsumer, which answers no"
						+ " window state, so Lambda would fail every invocation of a tumbling window: use the default"
						+ " function, dynamodbStreamsFunction"));
	}

	@Test
	void refusesAStateThatJacksonCannotReadBack() {
		this.contextRunner.withUserConfiguration(OpaqueStateWindow.class)
			.withPropertyValues("dynamodb.streams.tumbling-window=60")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageContaining("The state of the window listener bean 'opaque'")
				.hasMessageContaining("give it properties that Jackson writes and reads"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CountingWindow {

		@Bean
		@DynamoStreamListener(tables = "test-table")
		DynamoWindowListener<Integer> inserts() {
			return new DynamoWindowListener<>() {

				@Override
				public Integer initialState() {
					return 0;
				}

				@Override
				public Integer onRecord(Integer state, DynamoRecord record, DynamoWindow window) {
					return state + 1;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RecordListenerOnly {

		@Bean
		@DynamoStreamListener(tables = "test-table")
		io.github.ddbstreams.listener.DynamoRecordListener records() {
			return (record) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OpaqueStateWindow {

		@Bean
		@DynamoStreamListener(tables = "test-table")
		DynamoWindowListener<Opaque> opaque() {
			return new DynamoWindowListener<>() {

				@Override
				public Opaque initialState() {
					return new Opaque(3);
				}

				@Override
				public Opaque onRecord(Opaque state, DynamoRecord record, DynamoWindow window) {
					return state;
				}

			};
		}

	}

	static final class Opaque {

		private final int hidden;

		Opaque(int hidden) {
			this.hidden = hidden;
		}

		@Override
		public String toString() {
			return "Opaque" + this.hidden;
		}

	}

}
