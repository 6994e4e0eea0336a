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

package io.github.ddbstreams.aot;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import io.github.ddbstreams.listener.Keys;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.OldImage;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the runtime hints that ahead-of-time processing of an application with
 * listeners registers, through Spring's {@link ApplicationContextAotGenerator} and the
 * processors of {@code META-INF/spring/aot.factories}, checked with
 * {@link RuntimeHintsPredicates}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class StreamListenerBeanRegistrationAotProcessorTests {

	private static final MemberCategory[] MAPPED = { MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
			MemberCategory.INVOKE_DECLARED_METHODS };

	@Test
	void listenerMethodsAreInvokable() {
		RuntimeHints hints = processAheadOfTime(ListenerMethodsConfiguration.class);
		for (String name : List.of("onOrder", "onCustomers", "onRemoval", "onKeys", "onRecord")) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method(OrderListeners.class, name)))
				.as(name)
				.accepts(hints);
		}
	}

	@Test
	void itemTypesOfListenerMethodParametersAreMapped() {
		RuntimeHints hints = processAheadOfTime(ListenerMethodsConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Order.class).withMemberCategories(MAPPED)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Customer.class).withMemberCategories(MAPPED))
			.as("the element type of a batch listener's List")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Product.class).withMemberCategories(MAPPED))
			.as("the value type of an Optional")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(ProductKey.class).withMemberCategories(MAPPED))
			.as("a @Keys type")
			.accepts(hints);
	}

	@Test
	void nestedItemTypesBuildersAndConvertersAreRegistered() {
		RuntimeHints hints = processAheadOfTime(ListenerMethodsConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Address.class).withMemberCategories(MAPPED))
			.as("a bean nested in a bean, in a List")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Product.Builder.class).withMemberCategories(MAPPED))
			.as("the builder of an immutable class")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(PriceConverter.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as("an attribute converter")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Money.class).withMemberCategories(MAPPED))
			.as("a record nested in a record")
			.accepts(hints);
	}

	@Test
	void declaredItemTypesOfListenerBeansAreMapped() {
		RuntimeHints hints = processAheadOfTime(ListenerBeansConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Order.class).withMemberCategories(MAPPED))
			.as("itemTypes on the class of a listener bean")
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Customer.class).withMemberCategories(MAPPED))
			.as("itemTypes on the @Bean method of a listener bean")
			.accepts(hints);
	}

	@Test
	void windowStateTypesAreBoundForJackson() {
		RuntimeHints hints = processAheadOfTime(ListenerBeansConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(Totals.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method(Totals.class, "count")))
			.accepts(hints);
	}

	@Test
	void typesOfOtherParametersAndBeansAreNotRegistered() {
		RuntimeHints hints = processAheadOfTime(ListenerMethodsConfiguration.class);
		assertThat(RuntimeHintsPredicates.reflection().onType(DynamoRecord.class)).rejects(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method(Unrelated.class, "handle")))
			.rejects(hints);
	}

	@Test
	void starterResourcesAndAnnotationsAreRegistered() {
		RuntimeHints hints = processAheadOfTime(ListenerMethodsConfiguration.class);
		assertThat(RuntimeHintsPredicates.resource().forResource("io/github/ddbstreams/sam/policy_templates.json"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/spring-configuration-metadata.json"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource()
			.forResource("META-INF/maven/software.amazon.awssdk/dynamodb/pom.properties")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(DynamoStreamListener.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_METHODS)).accepts(hints);
	}

	private static RuntimeHints processAheadOfTime(Class<?> configuration) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.register(configuration);
		DefaultGenerationContext generationContext = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get("com.example", "TestApplication")), new InMemoryGeneratedFiles());
		new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
		return generationContext.getRuntimeHints();
	}

	private static Method method(Class<?> type, String name) {
		for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
			if (method.getName().equals(name)) {
				return method;
			}
		}
		throw new IllegalArgumentException(name);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DynamoStreamsAutoConfiguration.class)
	static class ListenerMethodsConfiguration {

		@Bean
		OrderListeners orderListeners() {
			return new OrderListeners();
		}

		@Bean
		Unrelated unrelated() {
			return new Unrelated();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DynamoStreamsAutoConfiguration.class)
	static class ListenerBeansConfiguration {

		@Bean
		OrderAudit orderAudit() {
			return new OrderAudit();
		}

		@Bean
		@DynamoStreamListener(tables = "customers", itemTypes = Customer.class)
		DynamoRecordListener customerAudit() {
			return (record) -> {
			};
		}

		@Bean
		DynamoWindowListener<Totals> totals() {
			return new DynamoWindowListener<>() {

				@Override
				public Totals initialState() {
					return new Totals(0);
				}

				@Override
				public Totals onRecord(Totals state, DynamoRecord record, DynamoWindow window) {
					return new Totals(state.count() + 1);
				}

			};
		}

	}

	static class OrderListeners {

		@DynamoStreamListener(tables = "orders")
		void onOrder(@NewImage Order order) {
		}

		@DynamoStreamListener(tables = "customers")
		void onCustomers(@NewImage List<Customer> customers) {
		}

		@DynamoStreamListener(tables = "products")
		void onRemoval(@OldImage Optional<Product> product) {
		}

		@DynamoStreamListener(tables = "products")
		void onKeys(@Keys ProductKey key) {
		}

		@DynamoStreamListener(tables = "orders")
		void onRecord(DynamoRecord record, @NewImage Map<String, AttributeValue> image) {
		}

	}

	static class Unrelated {

		void handle(Order order) {
		}

	}

	@DynamoStreamListener(tables = "orders", itemTypes = Order.class)
	static class OrderAudit implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

	@DynamoDbBean
	public static class Order {

		private String id;

		private List<Address> addresses;

		@DynamoDbPartitionKey
		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public List<Address> getAddresses() {
			return this.addresses;
		}

		public void setAddresses(List<Address> addresses) {
			this.addresses = addresses;
		}

	}

	@DynamoDbBean
	public static class Address {

		private String city;

		public String getCity() {
			return this.city;
		}

		public void setCity(String city) {
			this.city = city;
		}

	}

	public record Customer(String id, String name) {

	}

	public record ProductKey(String sku) {

	}

	public record Money(String currency, long cents) {

	}

	public record Totals(int count) {

	}

	@DynamoDbImmutable(builder = Product.Builder.class)
	public static final class Product {

		private final String sku;

		private final Money price;

		private Product(Builder builder) {
			this.sku = builder.sku;
			this.price = builder.price;
		}

		@DynamoDbPartitionKey
		public String sku() {
			return this.sku;
		}

		@DynamoDbConvertedBy(PriceConverter.class)
		public Money price() {
			return this.price;
		}

		public static Builder builder() {
			return new Builder();
		}

		public static final class Builder {

			private String sku;

			private Money price;

			public Builder sku(String sku) {
				this.sku = sku;
				return this;
			}

			public Builder price(Money price) {
				this.price = price;
				return this;
			}

			public Product build() {
				return new Product(this);
			}

		}

	}

	public static class PriceConverter implements AttributeConverter<Money> {

		@Override
		public AttributeValue transformFrom(Money input) {
			return AttributeValue.fromS(input.currency() + " " + input.cents());
		}

		@Override
		public Money transformTo(AttributeValue input) {
			String[] parts = input.s().split(" ");
			return new Money(parts[0], Long.parseLong(parts[1]));
		}

		@Override
		public EnhancedType<Money> type() {
			return EnhancedType.of(Money.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.S;
		}

	}

}
