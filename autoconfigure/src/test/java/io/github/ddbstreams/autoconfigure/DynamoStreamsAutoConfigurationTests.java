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
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.ConcurrencySettings;
import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRecordFailedException;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.lambda.DynamoStreamsConsumer;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.DynamodbEventMessageConverter;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StartingPosition;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.observation.BatchObservationConvention;
import io.github.ddbstreams.observation.MicrometerStreamMetrics;
import io.github.ddbstreams.observation.RecordObservationConvention;
import io.github.ddbstreams.observation.StreamMetrics;
import io.github.ddbstreams.observation.StreamObservability;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DynamoStreamsAutoConfiguration}.
 */
class DynamoStreamsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class));

	@Test
	void registersTheFunctionsAndTheirCollaboratorsByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DynamoStreamsProperties.class);
			assertThat(context).hasSingleBean(TableSchemaResolver.class);
			assertThat(context).hasSingleBean(StreamSubscriptions.class);
			assertThat(context).hasSingleBean(StreamRecordDispatcher.class);
			assertThat(context).hasSingleBean(StreamEventDecoder.class);
			assertThat(context).hasSingleBean(DynamodbEventMessageConverter.class);
			assertThat(context).hasBean(DynamoStreamsFunction.BEAN_NAME);
			assertThat(context).hasBean(DynamoStreamsConsumer.BEAN_NAME);
			assertThat(context.getBean(DynamoStreamsFunction.BEAN_NAME)).isInstanceOf(DynamoStreamsFunction.class);
			assertThat(context.getBean(DynamoStreamsConsumer.BEAN_NAME)).isInstanceOf(DynamoStreamsConsumer.class);
		});
	}

	@Test
	void makesTheFunctionFailTheInvocationWithoutPartialBatchResponses() {
		this.contextRunner.withUserConfiguration(FailingListenerConfiguration.class)
			.withPropertyValues("dynamodb.streams.report-batch-item-failures=false")
			.run((context) -> {
				DynamoStreamsFunction function = context.getBean(DynamoStreamsFunction.class);
				Message<InputStream> event = MessageBuilder.withPayload(
						(InputStream) new ByteArrayInputStream(StreamEventJson.event().insert("1", "a", "b").bytes()))
					.build();
				assertThatExceptionOfType(StreamRecordFailedException.class).isThrownBy(() -> function.apply(event))
					.withMessageStartingWith("Record 1 of 1 (SequenceNumber 1, event source ");
			});
	}

	@Test
	void decodesTheTablesOfItsNamespace() {
		this.contextRunner.withPropertyValues("dynamodb.streams.table-namespace=demo-dev").run((context) -> {
			StreamEventDecoder decoder = context.getBean(StreamEventDecoder.class);
			assertThat(decoder.decode(StreamEventJson.event().insert("1", "a", "b").bytes()))
				.extracting(DynamoRecord::tableName)
				.containsExactly("test-table");
		});
	}

	@Test
	void hasTheDocumentedDefaults() {
		this.contextRunner.run((context) -> {
			DynamoStreamsProperties properties = context.getBean(DynamoStreamsProperties.class);
			assertThat(properties.isEnabled()).isTrue();
			assertThat(properties.getTableNamespace()).isEmpty();
			assertThat(properties.getNamespaceSeparator()).isEqualTo("_");
			assertThat(properties.getBatchSize()).isEqualTo(100);
			assertThat(properties.getStartingPosition()).isEqualTo(StartingPosition.TRIM_HORIZON);
			assertThat(properties.isReportBatchItemFailures()).isTrue();
			assertThat(properties.toConcurrencySettings()).isEqualTo(ConcurrencySettings.SEQUENTIAL);
			assertThat(properties.isObservationEnabled()).isFalse();
			assertThat(context.getBean(StreamObservability.class)).isEqualTo(StreamObservability.NONE);
			EventSourceMappingSettings settings = properties.toMappingSettings("test-table");
			assertThat(settings.enabled()).isTrue();
			assertThat(settings.isRetryUnlimited()).isTrue();
			assertThat(settings.isRecordAgeUnlimited()).isTrue();
			assertThat(settings.parallelizationFactor()).isEqualTo(1);
			assertThat(settings.maximumBatchingWindow()).isZero();
			assertThat(settings.bisectBatchOnFunctionError()).isFalse();
			assertThat(settings.onFailureDestination()).isNull();
		});
	}

	@Test
	void bindsTableOverridesOverTheDefaults() {
		this.contextRunner.withPropertyValues("dynamodb.streams.table-namespace=demo-dev",
				"dynamodb.streams.batch-size=10", "dynamodb.streams.maximum-batching-window=5",
				"dynamodb.streams.tables.test-table.batch-size=500",
				"dynamodb.streams.tables.test-table.starting-position=LATEST",
				"dynamodb.streams.tables.test-table.maximum-record-age=1h",
				"dynamodb.streams.tables.test-table.maximum-retry-attempts=3",
				"dynamodb.streams.tables.test-table.on-failure-destination=arn:aws:sqs:us-east-1:123456789012:dlq",
				"dynamodb.streams.filter-patterns[0]={\"eventName\":[\"INSERT\"]}",
				"dynamodb.streams.tables.test-table.filter-patterns[0]={\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[\"a\"]}}}}")
			.run((context) -> {
				DynamoStreamsProperties properties = context.getBean(DynamoStreamsProperties.class);
				assertThat(properties.toTableNamespace().physicalName("test-table")).isEqualTo("demo-dev_test-table");
				EventSourceMappingSettings table = properties.toMappingSettings("test-table");
				assertThat(table.batchSize()).isEqualTo(500);
				assertThat(table.startingPosition()).isEqualTo(StartingPosition.LATEST);
				assertThat(table.maximumRecordAge()).hasHours(1);
				assertThat(table.maximumRetryAttempts()).isEqualTo(3);
				assertThat(table.maximumBatchingWindow()).hasSeconds(5);
				assertThat(table.onFailureDestination()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:dlq");
				assertThat(table.filterPatterns()).hasSize(2);
				EventSourceMappingSettings other = properties.toMappingSettings("other");
				assertThat(other.batchSize()).isEqualTo(10);
				assertThat(other.startingPosition()).isEqualTo(StartingPosition.TRIM_HORIZON);
				assertThat(other.filterPatterns()).containsExactly("{\"eventName\":[\"INSERT\"]}");
			});
	}

	@Test
	void bindsTheConcurrencyOfEachTable() {
		this.contextRunner
			.withPropertyValues("dynamodb.streams.concurrency=8", "dynamodb.streams.tables.test-table.concurrency=1",
					"dynamodb.streams.tables.orders.batch-size=10")
			.run((context) -> {
				ConcurrencySettings concurrency = context.getBean(DynamoStreamsProperties.class)
					.toConcurrencySettings();
				assertThat(concurrency.concurrencyOf("test-table", null)).isEqualTo(1);
				assertThat(concurrency.concurrencyOf("orders", null)).isEqualTo(8);
				assertThat(concurrency.maximum()).isEqualTo(8);
			});
	}

	@Test
	void observesBatchesAndRecordsWhenObservationsAreEnabled() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.contextRunner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("dynamodb.streams.observation-enabled=true")
			.run((context) -> {
				StreamObservability observability = context.getBean(StreamObservability.class);
				assertThat(observability.registry()).isSameAs(registry);
				context.getBean(DynamoStreamsFunction.class)
					.handle(new StreamEventDecoder().decode(StreamEventJson.event().insert("1", "a", "a1").bytes()),
							StreamInvocation.ofRequestId("req-1"));
				TestObservationRegistryAssert.assertThat(registry)
					.hasNumberOfObservationsWithNameEqualTo("dynamodb.streams.batch", 1)
					.hasNumberOfObservationsWithNameEqualTo("dynamodb.streams.record", 1);
			});
	}

	@Test
	void doesNotObserveWithAnObservationRegistryUnlessEnabled() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.run((context) -> assertThat(context.getBean(StreamObservability.class).isObserving()).isFalse());
	}

	@Test
	void usesTheObservationConventionsOfTheUser() {
		RecordObservationConvention recordConvention = new RecordObservationConvention() {
		};
		BatchObservationConvention batchConvention = new BatchObservationConvention() {
		};
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.withBean(RecordObservationConvention.class, () -> recordConvention)
			.withBean(BatchObservationConvention.class, () -> batchConvention)
			.withPropertyValues("dynamodb.streams.observation-enabled=true")
			.run((context) -> {
				StreamObservability observability = context.getBean(StreamObservability.class);
				assertThat(observability.recordConvention()).isSameAs(recordConvention);
				assertThat(observability.batchConvention()).isSameAs(batchConvention);
			});
	}

	@Test
	void recordsMetersInTheMeterRegistry() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		this.contextRunner.withBean(MeterRegistry.class, () -> meters).run((context) -> {
			assertThat(context.getBean(StreamObservability.class).metrics())
				.isInstanceOf(MicrometerStreamMetrics.class);
			context.getBean(DynamoStreamsFunction.class)
				.handle(new StreamEventDecoder().decode(StreamEventJson.event().insert("1", "a", "a1").bytes()),
						StreamInvocation.NONE);
			assertThat(meters.get("dynamodb.streams.records").tag("outcome", "processed").counter().count())
				.isEqualTo(1);
		});
	}

	@Test
	void recordsNoMetersWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context.getBean(StreamObservability.class).metrics())
				.isSameAs(StreamMetrics.NONE));
	}

	@Test
	void closesTheDispatcherWithTheContext() {
		this.contextRunner.withPropertyValues("dynamodb.streams.concurrency=4").run((context) -> {
			StreamRecordDispatcher dispatcher = context.getBean(StreamRecordDispatcher.class);
			context.close();
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> dispatcher.dispatch(new StreamEventDecoder()
					.decode(StreamEventJson.event().insert("1", "a", "a1").insert("2", "b", "b1").bytes())));
		});
	}

	@Test
	void readsListenerDeclarationsFromClassesAndBeanMethodsInOrder() {
		this.contextRunner.withUserConfiguration(ListenersConfiguration.class)
			.withPropertyValues("dynamodb.streams.table-namespace=demo-dev", "orders.table=orders")
			.run((context) -> {
				List<StreamSubscription> subscriptions = context.getBean(StreamSubscriptions.class).subscriptions();
				assertThat(subscriptions).extracting(StreamSubscription::beanName)
					.containsExactly("ordersListener", "insertsListener", "everythingListener");
				StreamSubscription orders = subscriptions.get(0);
				assertThat(orders.tables()).containsExactly("orders");
				assertThat(orders.events()).containsExactly(DynamoEventName.MODIFY);
				assertThat(orders.images()).isEqualTo(RequiredImages.OLD);
				StreamSubscription inserts = subscriptions.get(1);
				assertThat(inserts.tables()).containsExactly("test-table");
				assertThat(inserts.events()).containsExactly(DynamoEventName.INSERT);
				assertThat(inserts.images()).isEqualTo(RequiredImages.NEW);
				StreamSubscription everything = subscriptions.get(2);
				assertThat(everything.isForAllTables()).isTrue();
				assertThat(everything.events()).containsExactly(DynamoEventName.values());
				assertThat(everything.images()).isEqualTo(RequiredImages.NEW_AND_OLD);
				assertThat(context.getBean(StreamRoutes.class)
					.tableNameOf(
							"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_orders/stream/2026-01-01T00:00:00.000"))
					.isEqualTo("orders");
			});
	}

	@Test
	void usesTableSchemaBeansForTheirTypes() {
		this.contextRunner.withUserConfiguration(TableSchemaConfiguration.class).run((context) -> {
			TableSchemaResolver resolver = context.getBean(TableSchemaResolver.class);
			assertThat(resolver.resolve(Pet.class)).isSameAs(context.getBean("petSchema"));
		});
	}

	@Test
	void backsOffForUserBeans() {
		this.contextRunner.withUserConfiguration(UserBeansConfiguration.class).run((context) -> {
			assertThat(context).getBean(TableSchemaResolver.class).isSameAs(context.getBean("userResolver"));
			assertThat(context).getBean(StreamSubscriptions.class).isSameAs(context.getBean("userSubscriptions"));
			assertThat(context).getBean(StreamRecordDispatcher.class).isSameAs(context.getBean("userDispatcher"));
			assertThat(context).getBean(DynamoStreamsFunction.class).isSameAs(context.getBean("userFunction"));
			assertThat(context).getBean(DynamoStreamsConsumer.class).isSameAs(context.getBean("userConsumer"));
			assertThat(context).getBean(StreamEventDecoder.class).isSameAs(context.getBean("userDecoder"));
			assertThat(context).doesNotHaveBean(DynamoStreamsFunction.BEAN_NAME);
		});
	}

	@Test
	void leavesNoBeanBehindWhenDisabled() {
		this.contextRunner.withUserConfiguration(ListenersConfiguration.class)
			.withPropertyValues("dynamodb.streams.enabled=false", "orders.table=orders")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DynamoStreamsProperties.class);
				assertThat(context).doesNotHaveBean(TableSchemaResolver.class);
				assertThat(context).doesNotHaveBean(StreamSubscriptions.class);
				assertThat(context).doesNotHaveBean(StreamRecordDispatcher.class);
				assertThat(context).doesNotHaveBean(DynamoStreamsFunction.class);
				assertThat(context).doesNotHaveBean(DynamoStreamsConsumer.class);
				assertThat(context).doesNotHaveBean(StreamEventDecoder.class);
			});
	}

	@Test
	void describesInvalidJsonWithTheStockJsonMapperOfSpringCloudFunction() {
		this.contextRunner.withBean(JsonMapper.class, () -> new JacksonMapper(new ObjectMapper())).run((context) -> {
			JsonMapper mapper = context.getBean(JsonMapper.class);
			assertThat(mapper.getClass().getSimpleName()).isEqualTo("EventJsonMapper");
			assertThat(mapper.<Map<String, Object>>fromJson("{\"a\":1}".getBytes(), Map.class)).containsEntry("a", 1);
			assertThatExceptionOfType(InvalidStreamEventException.class)
				.isThrownBy(() -> mapper.fromJson("{\"a\"".getBytes(), Object.class))
				.withMessageStartingWith("Input is not valid JSON: Unexpected end-of-input");
			assertThatExceptionOfType(InvalidStreamEventException.class)
				.isThrownBy(() -> mapper.fromJson(new byte[0], Object.class))
				.withMessage("Lambda event is empty: expected a DynamoDB stream event");
			assertThatIllegalStateException().isThrownBy(() -> mapper.fromJson("{\"a\"".getBytes(), Map.class))
				.withMessageStartingWith("Input is not valid JSON: Unexpected end-of-input");
			assertThatExceptionOfType(InvalidStreamEventException.class)
				.isThrownBy(() -> mapper.fromJson("{\"Records\":[],\"payload\":{}}".getBytes(), Object.class))
				.withMessageStartingWith("Lambda event has a top-level 'payload' key");
		});
	}

	@Test
	void leavesAUserJsonMapperAlone() {
		JsonMapper userMapper = new JacksonMapper(new ObjectMapper()) {
		};
		this.contextRunner.withBean(JsonMapper.class, () -> userMapper)
			.run((context) -> assertThat(context.getBean(JsonMapper.class)).isSameAs(userMapper));
	}

	@Test
	void backsOffWithoutTheLambdaEventsLibrary() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DynamodbEvent.class))
			.run((context) -> assertThat(context).doesNotHaveBean(StreamRecordDispatcher.class));
	}

	@Test
	void backsOffWithoutTheEnhancedClient() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(TableSchema.class))
			.run((context) -> assertThat(context).doesNotHaveBean(StreamRecordDispatcher.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class FailingListenerConfiguration {

		@Bean
		DynamoRecordListener failingListener() {
			return (record) -> {
				throw new IllegalStateException("failed");
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenersConfiguration {

		@Bean
		@Order(2)
		InsertsListener insertsListener() {
			return new InsertsListener();
		}

		@Bean
		@Order(1)
		@DynamoStreamListener(tables = "${orders.table}", events = DynamoEventName.MODIFY, images = RequiredImages.OLD)
		DynamoRecordListener ordersListener() {
			return (record) -> {
			};
		}

		@Bean
		@Order(3)
		DynamoRecordListener everythingListener() {
			return (record) -> {
			};
		}

	}

	@DynamoStreamListener(tables = "test-table", events = DynamoEventName.INSERT, images = RequiredImages.NEW)
	static class InsertsListener implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

	public record Pet(String name) {
	}

	@Configuration(proxyBeanMethods = false)
	static class TableSchemaConfiguration {

		@Bean
		TableSchema<Pet> petSchema() {
			return software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema
				.builder(Pet.class, StringBuilder.class)
				.newItemBuilder(StringBuilder::new, (builder) -> new Pet(builder.toString()))
				.addAttribute(String.class,
						(attribute) -> attribute.name("name").getter(Pet::name).setter(StringBuilder::append))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		@Bean
		TableSchemaResolver userResolver() {
			return new DefaultTableSchemaResolver();
		}

		@Bean
		StreamSubscriptions userSubscriptions() {
			return new StreamSubscriptions(List.of());
		}

		@Bean
		StreamRecordDispatcher userDispatcher(StreamSubscriptions userSubscriptions) {
			return new StreamRecordDispatcher(new StreamRoutes(userSubscriptions, TableNamespace.NONE), List.of(),
					null);
		}

		@Bean
		StreamEventDecoder userDecoder() {
			return new StreamEventDecoder();
		}

		@Bean
		DynamoStreamsFunction userFunction(StreamEventDecoder userDecoder, StreamRecordDispatcher userDispatcher) {
			return new DynamoStreamsFunction(userDecoder, userDispatcher, true);
		}

		@Bean
		DynamoStreamsConsumer userConsumer(StreamEventDecoder userDecoder, StreamRecordDispatcher userDispatcher) {
			return new DynamoStreamsConsumer(userDecoder, userDispatcher);
		}

	}

}
