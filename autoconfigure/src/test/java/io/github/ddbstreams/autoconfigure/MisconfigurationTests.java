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

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests of the misconfigurations that would otherwise pass in silence: each fails the
 * startup, naming the bean, method or property and the fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class MisconfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class));

	@Test
	void refusesAListenerTableThatAlreadyCarriesTheNamespace() {
		this.contextRunner.withUserConfiguration(NamespacedTableListener.class)
			.withPropertyValues("dynamodb.streams.table-namespace=shop-dev")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessage("Listener bean 'namespacedTableListener' names table 'shop-dev_orders', which already"
						+ " carries the table namespace 'shop-dev': it would read shop-dev_shop-dev_orders and never"
						+ " receive a record. Name the logical table 'orders'"));
	}

	@Test
	void acceptsTheSameTableWithoutANamespace() {
		this.contextRunner.withUserConfiguration(NamespacedTableListener.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesAConfiguredTableThatAlreadyCarriesTheNamespace() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.table-namespace=shop-dev",
					"dynamodb.streams.tables.shop-dev_orders.batch-size=10")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("table 'shop-dev_orders' already carries the table namespace 'shop-dev': it"
						+ " would be shop-dev_shop-dev_orders; key it by its logical name 'orders'"));
	}

	@Test
	void refusesAListenerTableArnWithWildcards() {
		this.contextRunner.withUserConfiguration(WildcardArnListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("Listener bean 'wildcardArnListener' names table"
						+ " 'arn:aws:dynamodb:us-east-1:123456789012:table/*', which is not the ARN of one DynamoDB"
						+ " table or stream"));
	}

	@Test
	void refusesTheAnnotationOnABeanThatIsNotAListener() {
		this.contextRunner.withUserConfiguration(AnnotatedNonListener.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("Bean 'misconfigurationTests.AnnotatedNonListener' (" + AnnotatedNonListener.class.getName()
						+ ") carries @DynamoStreamListener but is not a listener, so it receives no record: put the"
						+ " annotation on a method of the bean (a listener method), implement DynamoRecordListener, or"
						+ " remove the annotation"));
	}

	@Test
	void refusesTheAnnotationOnABeanMethodThatReturnsNoListener() {
		this.contextRunner.withUserConfiguration(NonListenerBeanMethod.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("Bean 'orderHandler' (java.lang.Runnable) carries @DynamoStreamListener but is"
						+ " not a listener"));
	}

	@Test
	void registersTheAnnotatedMethodOfAnyBeanAsAListenerMethod() {
		this.contextRunner.withUserConfiguration(ListenerMethod.class)
			.run((context) -> assertThat(context.getBean(StreamSubscriptions.class).subscriptions())
				.extracting((subscription) -> subscription.endpoint().description())
				.containsExactly("method " + ListenerMethod.class.getName() + ".onOrder(DynamoRecord)"));
	}

	@Test
	void acceptsTheAnnotationOnTheBeanMethodOfAListener() {
		this.contextRunner.withUserConfiguration(ListenerBeanMethod.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void namesAMisspelledPropertyWithTheClosestKnownOne() {
		this.contextRunner.withPropertyValues("dynamodb.streams.bacth-size=10")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.hasMessageStartingWith("Unknown property 'dynamodb.streams.bacth-size'")
				.hasMessageEndingWith("did you mean 'dynamodb.streams.batch-size'?"));
	}

	@Test
	void namesAMisspelledPropertyOfATableWithTheTable() {
		this.contextRunner.withPropertyValues("dynamodb.streams.tables.orders.partition-kye=id")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageEndingWith("did you mean 'dynamodb.streams.tables.orders.partition-key'?"));
	}

	@Test
	void namesAnUnknownPropertyWithoutAGuessWhenNothingIsClose() {
		this.contextRunner.withPropertyValues("dynamodb.streams.sam.whatever-this-is=1")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageEndingWith(
						"'dynamodb.streams.sam.whatever-this-is' (\"dynamodb.streams.sam.whatever-this-is\""
								+ " from property source \"test\"): no property of that name exists"));
	}

	@Test
	void leavesThePropertiesOfTheLocalLoopToItsOwnModule() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.local.enabled=false", "dynamodb.streams.batch-size=10",
					"dynamodb.streams.tables.orders.batch-size=5", "dynamodb.streams.sam.environment.FOO=bar",
					"dynamodb.streams.sam.tags.team=streams")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void warnsWhenThereIsNoListener(CapturedOutput output) {
		this.contextRunner.run((context) -> assertThat(output)
			.contains("No DynamoDB stream listener: the function reports every record of every batch as processed"
					+ " without handling it"));
	}

	@Test
	void reportsAMisconfigurationAsAFailureAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MisspelledApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--dynamodb.streams.bacth-size=10"));
		assertThat(output).contains("APPLICATION FAILED TO START", "DynamoDB stream listeners are misconfigured:",
				"- Unknown property 'dynamodb.streams.bacth-size'", "did you mean 'dynamodb.streams.batch-size'?",
				"Rename or remove the properties above");
	}

	@Test
	void saysWhatTheApplicationIsForWhenStartedOnItsOwn(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MisspelledApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run().close();
		assertThat(output).contains("This application handles DynamoDB stream events on AWS Lambda; started on its own"
				+ " it has nothing to do. To deploy it, run it with --spring.profiles.active=sam");
	}

	@Test
	void pointsAtTheTestModuleOnlyWhenItIsMissing() {
		assertThat(StandaloneStartupHint.message(false)).endsWith("To run its listeners locally, add"
				+ " io.github.ddbstreams:dynamodb-streams-spring-boot-test in test scope and set"
				+ " dynamodb.streams.local.enabled=true.");
		assertThat(StandaloneStartupHint.message(true))
			.endsWith("To run its listeners locally, set dynamodb.streams.local.enabled=true.");
	}

	@Test
	void keepsQuietOnLambdaInTheSamProfileAndWithTheLocalLoop() {
		MockEnvironment lambda = new MockEnvironment().withProperty("AWS_LAMBDA_FUNCTION_NAME", "clerk");
		assertThat(StandaloneStartupHint.isStandalone(lambda, WebApplicationType.NONE)).isFalse();
		MockEnvironment sam = new MockEnvironment();
		sam.setActiveProfiles("sam");
		assertThat(StandaloneStartupHint.isStandalone(sam, WebApplicationType.NONE)).isFalse();
		MockEnvironment local = new MockEnvironment().withProperty("dynamodb.streams.local.enabled", "true");
		assertThat(StandaloneStartupHint.isStandalone(local, WebApplicationType.NONE)).isFalse();
		assertThat(StandaloneStartupHint.isStandalone(new MockEnvironment(), WebApplicationType.SERVLET)).isFalse();
		assertThat(StandaloneStartupHint.isStandalone(new MockEnvironment(), WebApplicationType.NONE)).isTrue();
	}

	@Configuration(proxyBeanMethods = false)
	static class NamespacedTableListener {

		@Bean
		@DynamoStreamListener("shop-dev_orders")
		DynamoRecordListener namespacedTableListener() {
			return (record) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class WildcardArnListener {

		@Bean
		@DynamoStreamListener("arn:aws:dynamodb:us-east-1:123456789012:table/*")
		DynamoRecordListener wildcardArnListener() {
			return (record) -> {
			};
		}

	}

	@DynamoStreamListener("orders")
	static class AnnotatedNonListener {

	}

	@Configuration(proxyBeanMethods = false)
	static class NonListenerBeanMethod {

		@Bean
		@DynamoStreamListener("orders")
		Runnable orderHandler() {
			return () -> {
			};
		}

	}

	static class ListenerMethod {

		@DynamoStreamListener("orders")
		void onOrder(DynamoRecord record) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerBeanMethod {

		@Bean
		@DynamoStreamListener("orders")
		DynamoRecordListener orders() {
			return (record) -> {
			};
		}

	}

	@SpringBootConfiguration
	@ImportAutoConfiguration(DynamoStreamsAutoConfiguration.class)
	static class MisspelledApplication {

	}

}
