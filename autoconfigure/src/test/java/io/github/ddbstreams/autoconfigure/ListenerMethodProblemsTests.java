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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.OldImage;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the start-up checks of {@link DynamoStreamListener @DynamoStreamListener}
 * methods: each wrong signature stops the start-up with a message that names the bean,
 * the method, the parameter and the fix; calls go through the bean's proxy.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class ListenerMethodProblemsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class));

	@Test
	void refusesAParameterOfAnotherType() {
		this.contextRunner.withUserConfiguration(StringParameter.class)
			.run(fails("Method " + StringParameter.class.getName() + ".onChange(String) of bean '"
					+ beanName(StringParameter.class) + "' has parameter 1 (String id) of a type it cannot receive"
					+ " (not an item type): a listener method takes an item type"));
	}

	@Test
	void refusesATypeWithoutTableSchema() {
		this.contextRunner.withUserConfiguration(NotAnItem.class)
			.run(fails("has parameter 1 (Plain plain) of a type it cannot receive (no table schema: "));
	}

	@Test
	void refusesTwoItemParametersWithoutAnnotation() {
		this.contextRunner.withUserConfiguration(TwoItems.class)
			.run(fails("has 2 item parameters without annotation (1 (Customer first), 2 (Customer second)): each"
					+ " would receive the same item; annotate them @NewImage, @OldImage or @Keys"));
	}

	@Test
	void refusesAPrivateMethod() {
		this.contextRunner.withUserConfiguration(PrivateMethod.class)
			.run(fails(".onChange(DynamoRecord) of bean '" + beanName(PrivateMethod.class)
					+ "' is private, which a proxy of the bean (for @Transactional, for example) cannot reach; make it"
					+ " public or package-private"));
	}

	@Test
	void refusesAStaticMethod() {
		this.contextRunner.withUserConfiguration(StaticMethod.class)
			.run(fails("is static: listener methods are called on their bean; make it an instance method"));
	}

	@Test
	void refusesAFinalMethod() {
		this.contextRunner.withUserConfiguration(FinalMethod.class)
			.run(fails("is final, which a proxy of the bean (for @Transactional, for example) cannot override;"
					+ " remove the final modifier"));
	}

	@Test
	void refusesAMethodThatReturnsAValue() {
		this.contextRunner.withUserConfiguration(ReturningMethod.class)
			.run(fails("returns boolean, which would be discarded; make it return void"));
	}

	@Test
	void refusesAListWithoutResolvableElementType() {
		this.contextRunner.withUserConfiguration(WildcardList.class)
			.run(fails("has parameter 1 (List<?> records) with no resolvable element type: declare"
					+ " List<DynamoRecord> or List<T> with T an item type"));
	}

	@Test
	void refusesAListBesideOtherParameters() {
		this.contextRunner.withUserConfiguration(ListAndRecord.class)
			.run(fails("takes a List and also 2 (DynamoEventName eventName): a batch listener method takes one List"));
	}

	@Test
	void refusesTwoLists() {
		this.contextRunner.withUserConfiguration(TwoLists.class).run(fails("has two List parameters"));
	}

	@Test
	void refusesAMapOfOtherValues() {
		this.contextRunner.withUserConfiguration(MapOfStrings.class)
			.run(fails("has parameter 1 (Map<String, String> item): a map of attribute values is"
					+ " Map<String, AttributeValue>"));
	}

	@Test
	void refusesTwoImageAnnotationsOnOneParameter() {
		this.contextRunner.withUserConfiguration(TwoAnnotations.class)
			.run(fails("with more than one of @NewImage, @OldImage and @Keys: keep one"));
	}

	@Test
	void refusesAnImageAnnotationOnTheRecord() {
		this.contextRunner.withUserConfiguration(AnnotatedRecord.class)
			.run(fails("has parameter 1 (DynamoRecord record) with @NewImage, @OldImage or @Keys, which a DynamoRecord"
					+ " carries keys and both images does not take: remove the annotation"));
	}

	@Test
	void refusesEventsWhoseRecordsLackAnImageThatAPlainParameterNeeds() {
		this.contextRunner.withUserConfiguration(RemovalsWithNewImage.class)
			.run(fails("needs the NewImage of every record it receives, which [REMOVE] records do not carry: declare"
					+ " the parameter Optional, or leave [REMOVE] out of events"));
	}

	@Test
	void refusesAnnotatingTheMethodOfTheListenerInterface() {
		this.contextRunner.withUserConfiguration(AnnotatedOnRecord.class)
			.run(fails("implements the listener interface of its bean and carries @DynamoStreamListener, which would"
					+ " deliver each record twice"));
	}

	@Test
	void refusesABatchListenerOrderedBetweenRecordListenersOfATable() {
		this.contextRunner.withUserConfiguration(InterleavedBatchListener.class)
			.run(fails("The batch listener method " + InterleavedBatchListener.class.getName()
					+ ".between(List) is ordered between record listeners of table 'orders' (method "
					+ InterleavedBatchListener.class.getName() + ".first(DynamoRecord) before it, method "
					+ InterleavedBatchListener.class.getName() + ".last(DynamoRecord) after it)"));
	}

	@Test
	void reportsEveryProblemAtOnce() {
		this.contextRunner.withUserConfiguration(StaticMethod.class, FinalMethod.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(DynamoStreamsConfigurationException.class)
				.satisfies((ex) -> assertThat(((DynamoStreamsConfigurationException) ex).getProblems()).hasSize(2)));
	}

	@Test
	void refusesAMethodThatTheBeansInterfaceProxyCannotCall() {
		this.contextRunner.withUserConfiguration(InterfaceProxiedListener.class)
			.withBean(BeanPostProcessor.class, () -> proxying(false))
			.run(fails("is on no interface of the bean's JDK proxy, so the proxy cannot call it"));
	}

	@Test
	void callsTheMethodThroughTheBeansClassProxy() {
		this.contextRunner.withUserConfiguration(ClassProxiedListener.class)
			.withBean(BeanPostProcessor.class, () -> proxying(true))
			.run((context) -> {
				ListenerMethodsTests.handle(context.getBean(DynamoStreamsFunction.class), ListenerMethodsTests.five());
				assertThat(ClassProxiedListener.intercepted).containsExactly("onChange", "onChange", "onChange",
						"onChange", "onChange");
			});
	}

	private static ContextConsumer<AssertableApplicationContext> fails(String message) {
		return (context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(DynamoStreamsConfigurationException.class)
			.hasMessageContaining(message);
	}

	private static String beanName(Class<?> type) {
		return "listenerMethodProblemsTests." + type.getSimpleName();
	}

	private static BeanPostProcessor proxying(boolean proxyTargetClass) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof Proxied)) {
					return bean;
				}
				ProxyFactory factory = new ProxyFactory(bean);
				factory.setProxyTargetClass(proxyTargetClass);
				if (!proxyTargetClass) {
					factory.setInterfaces(Proxied.class);
				}
				factory.addAdvice((MethodInterceptor) (invocation) -> {
					ClassProxiedListener.intercepted.add(invocation.getMethod().getName());
					return invocation.proceed();
				});
				return factory.getProxy();
			}

		};
	}

	/**
	 * An item.
	 *
	 * @param id the key
	 * @param name the name
	 */
	public record Customer(String id, String name) {

	}

	/**
	 * A class that is no item type.
	 */
	public static class Plain {

	}

	static class StringParameter {

		@DynamoStreamListener
		void onChange(String id) {
		}

	}

	static class NotAnItem {

		@DynamoStreamListener
		void onChange(Plain plain) {
		}

	}

	static class TwoItems {

		@DynamoStreamListener
		void onChange(Customer first, Customer second) {
		}

	}

	static class PrivateMethod {

		@DynamoStreamListener
		private void onChange(DynamoRecord record) {
		}

	}

	static class StaticMethod {

		@DynamoStreamListener
		static void onChange(DynamoRecord record) {
		}

	}

	static class FinalMethod {

		@DynamoStreamListener
		final void onChange(DynamoRecord record) {
		}

	}

	static class ReturningMethod {

		@DynamoStreamListener
		boolean onChange(DynamoRecord record) {
			return true;
		}

	}

	static class WildcardList {

		@DynamoStreamListener
		void onChange(List<?> records) {
		}

	}

	static class ListAndRecord {

		@DynamoStreamListener
		void onChange(List<DynamoRecord> records, DynamoEventName eventName) {
		}

	}

	static class TwoLists {

		@DynamoStreamListener
		void onChange(List<DynamoRecord> records, List<Customer> customers) {
		}

	}

	static class MapOfStrings {

		@DynamoStreamListener
		void onChange(Map<String, String> item) {
		}

	}

	static class TwoAnnotations {

		@DynamoStreamListener
		void onChange(@NewImage @OldImage Customer customer) {
		}

	}

	static class AnnotatedRecord {

		@DynamoStreamListener
		void onChange(@NewImage DynamoRecord record) {
		}

	}

	static class RemovalsWithNewImage {

		@DynamoStreamListener(events = DynamoEventName.REMOVE)
		void onChange(@NewImage Customer customer, @OldImage Optional<Customer> before) {
		}

	}

	static class AnnotatedOnRecord implements DynamoRecordListener {

		@Override
		@DynamoStreamListener("orders")
		public void onRecord(DynamoRecord record) {
		}

	}

	static class InterleavedBatchListener {

		@Order(1)
		@DynamoStreamListener("orders")
		void first(DynamoRecord record) {
		}

		@Order(2)
		@DynamoStreamListener("orders")
		void between(List<DynamoRecord> records) {
		}

		@Order(3)
		@DynamoStreamListener("orders")
		void last(DynamoRecord record) {
		}

	}

	/**
	 * A bean that the tests proxy.
	 */
	public interface Proxied {

	}

	@Configuration(proxyBeanMethods = false)
	static class InterfaceProxiedListener {

		@Bean
		Proxied interfaceProxied() {
			return new ProxiedListener();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClassProxiedListener {

		static final List<String> intercepted = new CopyOnWriteArrayList<>();

		@Bean
		ProxiedListener classProxied() {
			intercepted.clear();
			return new ProxiedListener();
		}

	}

	/**
	 * A listener that the tests proxy.
	 */
	public static class ProxiedListener implements Proxied {

		/**
		 * Receive a record.
		 * @param record the record
		 */
		@DynamoStreamListener
		public void onChange(DynamoRecord record) {
		}

	}

}
