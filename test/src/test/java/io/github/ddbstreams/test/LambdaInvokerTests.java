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

package io.github.ddbstreams.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.Context;
import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.test.Items.Customer;
import io.github.ddbstreams.test.autoconfigure.DynamoStreamsTestAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link LambdaInvoker}: the application's function invoked with events of the
 * builders, in an {@link ApplicationContextRunner}, and compared with Spring Cloud
 * Function's {@link FunctionInvoker}.
 */
class LambdaInvokerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ContextFunctionCatalogAutoConfiguration.class,
				DynamoStreamsAutoConfiguration.class, DynamoStreamsTestAutoConfiguration.class))
		.withPropertyValues("dynamodb.streams.table-namespace=demo-dev")
		.withBean(CustomerListener.class);

	private final TestTableStream customers = TestTableStream.of("customers").namespace("demo-dev").partitionKey("id");

	private final Customer ada = new Customer("id-1", "Ada", null);

	private final Customer grace = new Customer("id-1", "Grace", null);

	private final Customer poison = new Customer("id-1", CustomerListener.POISON, null);

	@Test
	void invokesTheFunctionWithTheEventAsLambdaDoes() {
		this.contextRunner.run((context) -> {
			LambdaResponse response = context.getBean(LambdaInvoker.class)
				.invoke(this.customers.event()
					.insert(this.ada)
					.modify(this.ada, this.grace)
					.remove(this.grace)
					.timeToLiveDelete(this.grace));
			assertThat(response).hasNoBatchItemFailures();
			assertThat(response.isSuccess()).isTrue();
			assertThat(response.bodyAsString()).isEqualTo("{\"batchItemFailures\":[]}");
			assertThat(context.getBean(CustomerListener.class).received()).containsExactly("INSERT Ada", "MODIFY Grace",
					"REMOVE Grace", "REMOVE Grace (expired)");
		});
	}

	@Test
	void answersWithTheSequenceNumberOfTheFailedRecord() {
		this.contextRunner.run((context) -> {
			StreamEventBuilder event = this.customers.event()
				.insert(this.ada)
				.modify(this.ada, this.poison)
				.modify(this.poison, this.grace);
			LambdaResponse response = context.getBean(LambdaInvoker.class).invoke(event);
			assertThat(response).hasBatchItemFailures(event.sequenceNumbers().get(1));
			assertThat(response.isSuccess()).isFalse();
			assertThat(response.toStreamsEventResponse().getBatchItemFailures()).singleElement()
				.satisfies((failure) -> assertThat(failure.getItemIdentifier()).isEqualTo("100000000000000000002"));
			assertThat(context.getBean(CustomerListener.class).received()).containsExactly("INSERT Ada",
					"MODIFY poison");
		});
	}

	@Test
	void throwsWhatTheFunctionThrowsWithoutPartialBatchResponses() {
		this.contextRunner.withPropertyValues("dynamodb.streams.report-batch-item-failures=false").run((context) -> {
			LambdaInvoker invoker = context.getBean(LambdaInvoker.class);
			assertThatExceptionOfType(StreamRecordFailedException.class)
				.isThrownBy(() -> invoker.invoke(this.customers.event().insert(this.poison)))
				.withMessageContaining("SequenceNumber 100000000000000000001")
				.withRootCauseInstanceOf(IllegalStateException.class);
		});
	}

	@Test
	void throwsForAMalformedEvent() {
		this.contextRunner.run((context) -> assertThatExceptionOfType(InvalidStreamEventException.class)
			.isThrownBy(() -> context.getBean(LambdaInvoker.class).invoke("{\"Records\":7}"))
			.withMessageStartingWith(
					"Lambda event is not shaped like a DynamoDB stream event: 'Records' is a number, not an array"));
	}

	@Test
	void invokesTheConsumerWhenItIsTheFunctionDefinition() {
		this.contextRunner.withPropertyValues("spring.cloud.function.definition=dynamodbStreamsConsumer")
			.run((context) -> {
				LambdaInvoker invoker = context.getBean(LambdaInvoker.class);
				assertThat(invoker.functionDefinition()).isEqualTo("dynamodbStreamsConsumer");
				LambdaResponse response = invoker.invoke(this.customers.event().insert(this.ada));
				assertThat(response).hasNoBatchItemFailures();
				assertThat(context.getBean(CustomerListener.class).received()).containsExactly("INSERT Ada");
				assertThatExceptionOfType(StreamRecordFailedException.class)
					.isThrownBy(() -> invoker.invoke(this.customers.event().insert(this.poison)));
			});
	}

	@Test
	void handsTheFunctionALambdaContextWithARequestIdOfItsOwn() {
		this.contextRunner.withBean("contextEcho", ContextEcho.class)
			.withPropertyValues("spring.cloud.function.definition=contextEcho")
			.run((context) -> {
				LambdaInvoker invoker = context.getBean(LambdaInvoker.class);
				String first = invoker.invoke("{}").bodyAsString();
				String second = invoker.invoke("{}").bodyAsString();
				assertThat(first).matches("\"[0-9a-f-]{36} contextEcho 1024 (\\d+)\"").isNotEqualTo(second);
				assertThat(Integer.parseInt(first.substring(first.lastIndexOf(' ') + 1, first.length() - 1)))
					.isBetween(1, 30_000);
				Context lambdaContext = mock(Context.class);
				given(lambdaContext.getAwsRequestId()).willReturn("request-1");
				given(lambdaContext.getFunctionName()).willReturn("clerk");
				assertThat(invoker.invoke("{}".getBytes(StandardCharsets.UTF_8), lambdaContext).bodyAsString())
					.startsWith("\"request-1 clerk ");
				assertThat(invoker.invoke("{}".getBytes(StandardCharsets.UTF_8), null).bodyAsString())
					.isEqualTo("\"no context\"");
			});
	}

	@Test
	void failsForAFunctionThatIsNotInTheCatalog() {
		this.contextRunner.withPropertyValues("spring.cloud.function.definition=nothing").run((context) -> {
			LambdaInvoker invoker = context.getBean(LambdaInvoker.class);
			assertThatIllegalStateException().isThrownBy(invoker::resolve)
				.withMessageStartingWith(
						"No function 'nothing' in the function catalog (spring.cloud.function.definition); functions: ")
				.withMessageContaining("dynamodbStreamsFunction");
		});
	}

	@Test
	void answersWhatFunctionInvokerAnswersOnLambda() throws Exception {
		TestTableStream stream = TestTableStream.of("customers").partitionKey("id");
		List<StreamEventBuilder> events = List.of(stream.event().insert(this.ada).modify(this.ada, this.grace),
				stream.event().insert(this.ada).modify(this.ada, this.poison).remove(this.poison), stream.event());
		SpringApplication application = new SpringApplication(InvokedApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		System.setProperty("MAIN_CLASS", InvokedApplication.class.getName());
		try (ConfigurableApplicationContext context = application.run()) {
			FunctionInvoker handler = new FunctionInvoker();
			LambdaInvoker invoker = context.getBean(LambdaInvoker.class);
			List<String> answers = new ArrayList<>();
			for (StreamEventBuilder event : events) {
				byte[] json = event.toBytes();
				ByteArrayOutputStream handled = new ByteArrayOutputStream();
				handler.handleRequest(new ByteArrayInputStream(json), handled, mock(Context.class));
				assertThat(invoker.invoke(json).body()).isEqualTo(handled.toByteArray());
				answers.add(handled.toString(StandardCharsets.UTF_8));
			}
			assertThat(answers).containsExactly("{\"batchItemFailures\":[]}",
					"{\"batchItemFailures\":[{\"itemIdentifier\":\"" + events.get(1).sequenceNumbers().get(1) + "\"}]}",
					"{\"batchItemFailures\":[]}");
		}
		finally {
			System.clearProperty("MAIN_CLASS");
		}
	}

	/**
	 * A function that answers with what it finds of the Lambda context.
	 */
	static class ContextEcho implements Function<Message<InputStream>, String> {

		@Override
		public String apply(Message<InputStream> message) {
			Object context = message.getHeaders().get("aws-context");
			if (context instanceof Context lambdaContext) {
				return lambdaContext.getAwsRequestId() + " " + lambdaContext.getFunctionName() + " "
						+ lambdaContext.getMemoryLimitInMB() + " " + lambdaContext.getRemainingTimeInMillis();
			}
			return "no context";
		}

	}

	/**
	 * An application with the customer listener, as FunctionInvoker starts it on Lambda.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class InvokedApplication {

		@Bean
		CustomerListener customerListener() {
			return new CustomerListener();
		}

	}

}
