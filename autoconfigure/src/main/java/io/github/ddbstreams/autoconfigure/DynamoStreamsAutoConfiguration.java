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

import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.endpoint.StreamListenerAnnotationBeanPostProcessor;
import io.github.ddbstreams.lambda.DeferredJsonMapper;
import io.github.ddbstreams.lambda.DynamoStreamsConsumer;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.DynamodbEventMessageConverter;
import io.github.ddbstreams.lambda.EventJsonMapperPostProcessor;
import io.github.ddbstreams.lambda.FunctionInvokerEventPath;
import io.github.ddbstreams.lambda.StreamEventDecoder;
import io.github.ddbstreams.lambda.StreamFunctionPrimer;
import io.github.ddbstreams.lambda.StreamFunctionPriming;
import io.github.ddbstreams.lambda.WindowStateCodec;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.observation.BatchObservationConvention;
import io.github.ddbstreams.observation.MicrometerStreamMetrics;
import io.github.ddbstreams.observation.RecordObservationConvention;
import io.github.ddbstreams.observation.StreamMetrics;
import io.github.ddbstreams.observation.StreamObservability;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JsonParser;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration.JsonMapperConfiguration;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for DynamoDB stream listeners on AWS Lambda: the Lambda functions
 * ({@code dynamodbStreamsFunction} with partial batch responses,
 * {@code dynamodbStreamsConsumer} without) that validate each DynamoDB stream event and
 * dispatch its records to the {@link DynamoRecordListener} beans, with the concurrency of
 * {@code dynamodb.streams.concurrency}, observations when
 * {@code dynamodb.streams.observation-enabled} is set and an {@link ObservationRegistry}
 * is present, and meters when a {@link MeterRegistry} is present.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(
		beforeName = "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration")
@ConditionalOnClass({ DynamodbEvent.class, AttributeValue.class, TableSchema.class, JsonParser.class })
@ConditionalOnBooleanProperty(name = "dynamodb.streams.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DynamoStreamsProperties.class)
public final class DynamoStreamsAutoConfiguration {

	private static final int PRIMING_EVENTS = 10;

	@Bean
	static UnknownPropertiesCheck dynamoStreamsUnknownPropertiesCheck(Environment environment) {
		return new UnknownPropertiesCheck(environment, "dynamodb.streams", DynamoStreamsProperties::new,
				Set.of("dynamodb.streams.local", "dynamodb.streams.consumer"));
	}

	@Bean
	static AotFrozenConditionsCheck dynamoStreamsAotFrozenConditionsCheck(Environment environment) {
		return new AotFrozenConditionsCheck(environment, AotDetector.useGeneratedArtifacts());
	}

	@Bean
	static StandaloneStartupHint dynamoStreamsStandaloneStartupHint() {
		return new StandaloneStartupHint();
	}

	@Bean
	@ConditionalOnMissingBean
	TableSchemaResolver dynamoTableSchemaResolver(ObjectProvider<TableSchema<?>> tableSchemas) {
		return new DefaultTableSchemaResolver(tableSchemas.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	static StreamListenerAnnotationBeanPostProcessor dynamoStreamListenerAnnotationBeanPostProcessor() {
		return new StreamListenerAnnotationBeanPostProcessor();
	}

	@Bean
	@ConditionalOnMissingBean
	StreamSubscriptions dynamoStreamSubscriptions(ListableBeanFactory beanFactory,
			StreamListenerAnnotationBeanPostProcessor listenerPostProcessor, Environment environment,
			DynamoStreamsProperties properties, TableSchemaResolver tableSchemaResolver,
			WindowStateCodec windowStateCodec) {
		StreamSubscriptions subscriptions = ListenerDeclarations.read(beanFactory, listenerPostProcessor.registry(),
				environment, properties.toTableNamespace(), tableSchemaResolver);
		TumblingWindowDeclarations.check(subscriptions, properties.getTables().keySet(), properties::toMappingSettings,
				windowStateCodec, environment.getProperty("spring.cloud.function.definition"));
		return subscriptions;
	}

	@Bean
	@ConditionalOnMissingBean
	WindowStateCodec dynamoWindowStateCodec() {
		return new WindowStateCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	StreamRoutes dynamoStreamRoutes(StreamSubscriptions subscriptions, DynamoStreamsProperties properties) {
		return new StreamRoutes(subscriptions, properties.toTableNamespace());
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	StreamTables dynamoStreamTables(StreamSubscriptions subscriptions, DynamoStreamsProperties properties) {
		return StreamTables.of(subscriptions, properties.toTableNamespace(), properties.getTables().keySet(),
				properties::toMappingSettings, properties::toTableDefinition);
	}

	@Bean
	@ConditionalOnMissingBean
	StreamObservability dynamoStreamObservability(DynamoStreamsProperties properties,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<RecordObservationConvention> recordConvention,
			ObjectProvider<BatchObservationConvention> batchConvention, ObjectProvider<StreamMetrics> metrics) {
		ObservationRegistry registry = properties.isObservationEnabled()
				? observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP) : ObservationRegistry.NOOP;
		return new StreamObservability(registry, recordConvention.getIfUnique(), batchConvention.getIfUnique(),
				metrics.getIfUnique(() -> StreamMetrics.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	StreamRecordDispatcher dynamoStreamRecordDispatcher(StreamRoutes routes,
			ObjectProvider<DynamoRecordInterceptor> interceptors, ObjectProvider<DynamoRecordErrorHandler> errorHandler,
			DynamoStreamsProperties properties, StreamObservability observability) {
		return new StreamRecordDispatcher(routes, interceptors.orderedStream().toList(), errorHandler.getIfUnique(),
				properties.toConcurrencySettings(), observability);
	}

	@Bean
	@ConditionalOnMissingBean
	StreamEventDecoder dynamoStreamEventDecoder(DynamoStreamsProperties properties,
			TableSchemaResolver tableSchemaResolver) {
		return new StreamEventDecoder(properties.toTableNamespace(), tableSchemaResolver);
	}

	@Bean(DynamoStreamsFunction.BEAN_NAME)
	@ConditionalOnMissingBean
	DynamoStreamsFunction dynamodbStreamsFunction(StreamEventDecoder decoder, StreamRecordDispatcher dispatcher,
			WindowStateCodec windowStateCodec, DynamoStreamsProperties properties) {
		return new DynamoStreamsFunction(decoder, dispatcher, windowStateCodec, properties.isReportBatchItemFailures());
	}

	@Bean(DynamoStreamsConsumer.BEAN_NAME)
	@ConditionalOnMissingBean
	DynamoStreamsConsumer dynamodbStreamsConsumer(StreamEventDecoder decoder, StreamRecordDispatcher dispatcher) {
		return new DynamoStreamsConsumer(decoder, dispatcher);
	}

	@Bean
	@ConditionalOnMissingBean
	StreamFunctionPriming dynamoStreamFunctionPriming(DynamoStreamsProperties properties,
			ObjectProvider<StreamFunctionPrimer> primer, StreamEventDecoder decoder) {
		return new StreamFunctionPriming(properties.getPriming(), primer::getObject, decoder);
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	StreamFunctionPrimer dynamoStreamFunctionPrimer(DynamoStreamsProperties properties,
			ObjectProvider<StreamFunctionPrimer.EventPath> path, DynamoStreamsFunction function,
			StreamSubscriptions subscriptions, TableSchemaResolver tableSchemaResolver,
			ObjectProvider<TableSchema<?>> tableSchemas, StreamRecordDispatcher dispatcher) {
		return new StreamFunctionPrimer(path.getIfAvailable(() -> StreamFunctionPrimer.EventPath.to(function)),
				subscriptions, properties.toTableNamespace(), tableSchemaResolver,
				tableSchemas.orderedStream().<Class<?>>map((schema) -> schema.itemType().rawClass()).toList(),
				(properties.isPrimeListeners()) ? dispatcher : null, PRIMING_EVENTS);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		StreamMetrics dynamoStreamMetrics(ObjectProvider<MeterRegistry> meterRegistry) {
			MeterRegistry registry = meterRegistry.getIfUnique();
			return (registry != null) ? new MicrometerStreamMetrics(registry) : StreamMetrics.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ FunctionInvoker.class, JacksonMapper.class })
	static class FunctionAdapterConfiguration {

		private static final String JSON_MAPPER = "jsonMapper";

		@Bean
		@Lazy
		@ConditionalOnMissingBean
		StreamFunctionPrimer.EventPath dynamoStreamsPrimingPath(ObjectProvider<FunctionCatalog> functionCatalog,
				ObjectProvider<JsonMapper> jsonMapper, DynamoStreamsFunction function) {
			FunctionCatalog catalog = functionCatalog.getIfAvailable();
			JsonMapper mapper = jsonMapper.getIfAvailable();
			return (catalog != null && mapper != null)
					? new FunctionInvokerEventPath(catalog, mapper, DynamoStreamsFunction.BEAN_NAME)
					: StreamFunctionPrimer.EventPath.to(function);
		}

		@Bean(JSON_MAPPER)
		@ConditionalOnMissingBean(JsonMapper.class)
		@ConditionalOnProperty(name = "spring.cloud.function.preferred-json-mapper", havingValue = "jackson",
				matchIfMissing = true)
		JsonMapper jsonMapper(ApplicationContext context) {
			return DeferredJsonMapper
				.of(() -> ((JacksonMapper) new JsonMapperConfiguration().jsonMapper(context)).getObjectMapper());
		}

		@Bean
		static EventJsonMapperPostProcessor dynamoStreamsEventJsonMapperPostProcessor() {
			return new EventJsonMapperPostProcessor();
		}

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		@ConditionalOnMissingBean
		DynamodbEventMessageConverter dynamodbEventMessageConverter(StreamEventDecoder dynamoStreamEventDecoder) {
			return new DynamodbEventMessageConverter(dynamoStreamEventDecoder);
		}

	}

}
