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

import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.lambda.PrimingMode;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.lambda.StreamFunctionPrimer;
import io.github.ddbstreams.lambda.StreamFunctionPrimer.Priming;
import io.github.ddbstreams.lambda.StreamFunctionPriming;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the priming beans of {@link DynamoStreamsAutoConfiguration}.
 */
class DynamoStreamsPrimingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class))
		.withUserConfiguration(OrdersConfiguration.class);

	@Test
	void registersForACheckpointByDefaultWithoutPrimingOrBuildingThePrimer() {
		this.contextRunner.run((context) -> {
			StreamFunctionPriming priming = context.getBean(StreamFunctionPriming.class);
			assertThat(priming.mode()).isEqualTo(PrimingMode.SNAPSHOT);
			assertThat(priming.isRegisteredForCheckpoint()).isTrue();
			assertThat(priming.lastPriming()).isNull();
			assertThat(context.getBeanFactory().containsSingleton("dynamoStreamFunctionPrimer")).isFalse();
			assertThat(context.getBean(OrdersConfiguration.class).seen).isEmpty();
		});
	}

	@Test
	void startsWithoutTheCracApiAndDoesNotRegister() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Resource.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(StreamFunctionPriming.class).isRegisteredForCheckpoint()).isFalse();
		});
	}

	@Test
	void primesAtStartUpTheDeclaredItemTypesAndThoseOfTableSchemaBeansWithoutCallingListeners() {
		this.contextRunner.withPropertyValues("dynamodb.streams.priming=startup")
			.withUserConfiguration(PetSchemaConfiguration.class)
			.run((context) -> {
				Priming priming = context.getBean(StreamFunctionPriming.class).lastPriming();
				assertThat(priming).isNotNull();
				assertThat(priming.problems()).isEmpty();
				assertThat(priming.records()).isPositive();
				assertThat(priming.itemTypes()).containsExactly(Order.class, Pet.class);
				assertThat(context.getBean(OrdersConfiguration.class).seen).isEmpty();
			});
	}

	@Test
	void primingCallsListenersWhenTheyOptIn() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.priming=startup", "dynamodb.streams.prime-listeners=true",
					"dynamodb.streams.table-namespace=demo")
			.run((context) -> {
				List<DynamoRecord> seen = context.getBean(OrdersConfiguration.class).seen;
				assertThat(seen).isNotEmpty().allSatisfy((record) -> {
					assertThat(record.eventId()).isEqualTo(StreamFunctionPrimer.SYNTHETIC_EVENT_ID);
					assertThat(record.tableName()).isEqualTo("orders");
					assertThat(record.eventSourceArn()).contains(":table/demo_orders/stream/");
					assertThat(record.eventName()).isEqualTo(DynamoEventName.MODIFY);
					assertThat(record.newImage(Order.class)).isNotNull();
				});
			});
	}

	@Test
	void neverPrimesWhenOff() {
		this.contextRunner.withPropertyValues("dynamodb.streams.priming=off").run((context) -> {
			StreamFunctionPriming priming = context.getBean(StreamFunctionPriming.class);
			assertThat(priming.isRegisteredForCheckpoint()).isFalse();
			assertThat(priming.lastPriming()).isNull();
		});
	}

	@Test
	void rejectsPrimingListenersWhilePrimingIsOff() {
		this.contextRunner.withPropertyValues("dynamodb.streams.priming=off", "dynamodb.streams.prime-listeners=true")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(BindValidationException.class)
					.hasMessageContaining("prime-listeners")
					.hasMessageContaining("has no effect while dynamodb.streams.priming is off");
			});
	}

	@Test
	void rejectsAnUnknownPrimingMode() {
		this.contextRunner.withPropertyValues("dynamodb.streams.priming=always")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void backsOffForAUserPriming() {
		StreamFunctionPriming userPriming = new StreamFunctionPriming(PrimingMode.OFF, () -> {
			throw new IllegalStateException("not primed");
		}, new StreamEventDecoder());
		this.contextRunner.withBean(StreamFunctionPriming.class, () -> userPriming)
			.withPropertyValues("dynamodb.streams.priming=startup")
			.run((context) -> assertThat(context.getBean(StreamFunctionPriming.class)).isSameAs(userPriming));
	}

	@Configuration(proxyBeanMethods = false)
	static class OrdersConfiguration {

		final List<DynamoRecord> seen = new ArrayList<>();

		@Bean
		@DynamoStreamListener(tables = "orders", events = DynamoEventName.MODIFY, itemTypes = Order.class)
		DynamoRecordListener ordersListener() {
			return this.seen::add;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PetSchemaConfiguration {

		@Bean
		TableSchema<Pet> petSchema() {
			return StaticImmutableTableSchema.builder(Pet.class, StringBuilder.class)
				.newItemBuilder(StringBuilder::new, (builder) -> new Pet(builder.toString()))
				.addAttribute(String.class,
						(attribute) -> attribute.name("name").getter(Pet::name).setter(StringBuilder::append))
				.build();
		}

	}

	/**
	 * An order.
	 */
	public record Order(String id, int quantity) {
	}

	/**
	 * A pet.
	 */
	public record Pet(String name) {
	}

}
