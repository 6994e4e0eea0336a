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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import io.github.ddbstreams.harness.events.StreamEventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No item data reaches any log line at the default level, whatever fails: values are
 * planted in every part of an event (keys, images, nested maps and lists, map keys,
 * binaries, numbers), records fail in every way, and all output (the application's logs
 * and what the Lambda runtime would print of the response or the exception, with its
 * causes) is searched for them.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoItemDataInLogsTests {

	private static final List<String> PLANTED = List.of("PLANTED", "31415926535", "UExBTlRFRC1CSU5BUlk");

	private static final String IMAGE = "{\"id\":{\"S\":\"PLANTED-KEY-%1$s\"},\"name\":{\"S\":\"PLANTED-NAME-%1$s\"},"
			+ "\"PLANTEDATTRIBUTE\":{\"S\":\"PLANTED-VALUE\"},"
			+ "\"contacts\":{\"M\":{\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-MAPVALUE\"}}},"
			+ "\"lines\":{\"L\":[{\"S\":\"PLANTED-LISTVALUE\"},{\"N\":\"31415926535\"},{\"M\":{\"PLANTEDKEY\":{\"NULL\":true}}}]},"
			+ "\"blob\":{\"B\":\"UExBTlRFRC1CSU5BUlk=\"},\"age\":{\"S\":\"PLANTED-AGE\"}}";

	private static final String EVENT = StreamEventJson.event()
		.record("INSERT", "1", "{\"id\":{\"S\":\"PLANTED-KEY-1\"}}", IMAGE.formatted("1"), null)
		.record("MODIFY", "2", "{\"id\":{\"S\":\"PLANTED-KEY-2\"}}", IMAGE.formatted("2"), IMAGE.formatted("2old"))
		.json();

	static final List<Scenario> SCENARIOS = List.of(new Scenario("listener throws", EVENT, "test.fail-on=1"),
			new Scenario("listener throws, whole batch fails", EVENT, "test.fail-on=2",
					"dynamodb.streams.report-batch-item-failures=false"),
			new Scenario("listener of the consumer throws", EVENT, "test.fail-on=2",
					"spring.cloud.function.definition=dynamodbStreamsConsumer"),
			new Scenario("image cannot be mapped", EVENT, "test.map-to=aged"),
			new Scenario("image of the consumer cannot be mapped", EVENT, "test.map-to=aged",
					"spring.cloud.function.definition=dynamodbStreamsConsumer"),
			new Scenario("interceptor throws", EVENT, "test.interceptor-fails-on=1"),
			new Scenario("error handler rethrows", EVENT, "test.fail-on=1", "test.error-handler-rethrows=true"),
			new Scenario("listener throws an Error", EVENT, "test.fail-on=2", "test.fail-with=error"),
			new Scenario("map key twice", EVENT.replace("\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-MAPVALUE\"}",
					"\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-A\"},\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-B\"}")),
			new Scenario("map key twice through the consumer", EVENT.replace(
					"\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-MAPVALUE\"}",
					"\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-A\"},\"PLANTED-MAPKEY@example.com\":{\"S\":\"PLANTED-B\"}"),
					"spring.cloud.function.definition=dynamodbStreamsConsumer"),
			new Scenario("bare token in an image", EVENT.replace("\"PLANTED-LISTVALUE\"", "PLANTEDTOKEN")),
			new Scenario("bare token in an image through the consumer",
					EVENT.replace("\"PLANTED-LISTVALUE\"", "PLANTEDTOKEN"),
					"spring.cloud.function.definition=dynamodbStreamsConsumer"),
			new Scenario("JSON broken after a value",
					EVENT.replace("\"PLANTED-MAPVALUE\"}", "\"PLANTED-MAPVALUE\" \"PLANTED-X\"}")),
			new Scenario("untyped nested value", EVENT.replace("{\"NULL\":true}", "{\"PLANTED-TYPE\":\"PLANTED-Y\"}")),
			new Scenario("wrong type nested", EVENT.replace("{\"N\":\"31415926535\"}", "{\"N\":\"PLANTED-NUMBER\"}")),
			new Scenario("binary not base64", EVENT.replace("UExBTlRFRC1CSU5BUlk=", "PLANTED!!")),
			new Scenario("cut short in an image", EVENT.substring(0, EVENT.indexOf("PLANTED-MAPVALUE") + 12)));

	private LambdaHandler handler;

	@AfterEach
	void stopHandler() {
		if (this.handler != null) {
			this.handler.close();
		}
	}

	@ParameterizedTest
	@FieldSource("SCENARIOS")
	void writesNoItemDataWhateverFails(Scenario scenario, CapturedOutput output) {
		this.handler = LambdaHandler.start(scenario.properties());
		StringWriter printed = new StringWriter();
		try {
			printed.append(this.handler.invoke(scenario.event()));
		}
		catch (Throwable ex) {
			ex.printStackTrace(new PrintWriter(printed));
		}
		assertThat(printed.toString()).isNotEmpty();
		assertThat(printed.toString() + output.getAll()).doesNotContain(PLANTED);
	}

	@Test
	void findsPlantedDataWhenTheUserLogsEvents(CapturedOutput output) throws Exception {
		this.handler = LambdaHandler.start("spring.cloud.function.definition=dynamodbStreamsConsumer",
				"logging.level.org.springframework.cloud.function.adapter.aws.AWSLambdaUtils=INFO");
		this.handler.invoke(EVENT);
		assertThat(output.getAll()).contains("PLANTED-MAPKEY@example.com", "31415926535");
	}

	/**
	 * An event and the properties that make it fail.
	 *
	 * @param name what fails
	 * @param event the event JSON
	 * @param properties the properties of the application
	 */
	record Scenario(String name, String event, String... properties) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
