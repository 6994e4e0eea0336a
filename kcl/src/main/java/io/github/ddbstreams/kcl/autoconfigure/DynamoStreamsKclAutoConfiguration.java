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

package io.github.ddbstreams.kcl.autoconfigure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.amazonaws.services.dynamodbv2.streamsadapter.StreamsSchedulerFactory;
import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsConfigurationException;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.autoconfigure.UnknownPropertiesCheck;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.kcl.ConsumedStream;
import io.github.ddbstreams.kcl.ConsumedStreams;
import io.github.ddbstreams.kcl.ConsumerActivity;
import io.github.ddbstreams.kcl.KclClients;
import io.github.ddbstreams.kcl.KclConsumerHealthIndicator;
import io.github.ddbstreams.kcl.KclConsumerSettings;
import io.github.ddbstreams.kcl.KclStreamConsumer;
import io.github.ddbstreams.kcl.StreamRecordConverter;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StartingPosition;
import io.github.ddbstreams.mapping.StreamTables;
import software.amazon.kinesis.coordinator.Scheduler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the long-running consumer: reads the streams of the application's
 * tables with the Kinesis Client Library 3 and the DynamoDB Streams Kinesis Adapter, and
 * hands their records to the same {@link StreamRecordDispatcher} (routing, concurrency,
 * interceptors, error handler, observations) as the Lambda function; a health indicator
 * when Spring Boot's health support is present.
 * <p>
 * On unless {@code dynamodb.streams.consumer.enabled=false}, and always off in the
 * {@code sam} profile and on AWS Lambda.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = DynamoStreamsAutoConfiguration.class)
@ConditionalOnClass({ Scheduler.class, StreamsSchedulerFactory.class })
@ConditionalOnBean({ StreamRecordDispatcher.class, StreamTables.class })
@Conditional(OnKclConsumerCondition.class)
@EnableConfigurationProperties(DynamoStreamsConsumerProperties.class)
public final class DynamoStreamsKclAutoConfiguration {

	@Bean
	static UnknownPropertiesCheck dynamoStreamsConsumerUnknownPropertiesCheck(Environment environment) {
		return new UnknownPropertiesCheck(environment, "dynamodb.streams.consumer",
				DynamoStreamsConsumerProperties::new, Set.of());
	}

	@Bean
	@ConditionalOnMissingBean
	KclClients dynamoStreamsKclClients(DynamoStreamsConsumerProperties properties) {
		return KclClients.create(properties.getEndpoint(), properties.getRegion());
	}

	@Bean
	@ConditionalOnMissingBean
	ConsumerActivity dynamoStreamsConsumerActivity() {
		return new ConsumerActivity(Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	StreamRecordConverter dynamoStreamRecordConverter(TableSchemaResolver tableSchemaResolver) {
		return new StreamRecordConverter(tableSchemaResolver);
	}

	@Bean
	@ConditionalOnMissingBean
	KclStreamConsumer dynamoStreamsKclConsumer(DynamoStreamsConsumerProperties properties,
			ObjectProvider<DynamoStreamsProperties> streamsProperties, Environment environment, KclClients clients,
			StreamTables tables, StreamRecordDispatcher dispatcher, StreamRecordConverter converter,
			ConsumerActivity activity) {
		DynamoStreamsProperties defaults = streamsProperties.getIfAvailable(DynamoStreamsProperties::new);
		KclConsumerSettings settings = settings(properties, defaults.getStartingPosition(), environment);
		List<ConsumedStream> streams = ConsumedStreams.find(tables, clients.dynamoDb());
		return new KclStreamConsumer(settings, clients, streams, dispatcher, converter, activity, Clock.systemUTC());
	}

	private static KclConsumerSettings settings(DynamoStreamsConsumerProperties properties,
			StartingPosition startingPosition, Environment environment) {
		String applicationName = properties.getApplicationName();
		if (applicationName == null) {
			applicationName = environment.getProperty("spring.application.name");
		}
		if (applicationName == null || applicationName.isBlank()) {
			throw new DynamoStreamsConfigurationException(
					List.of("The KCL consumer has no application name, which names its lease table"),
					"Set dynamodb.streams.consumer.application-name (or spring.application.name) to the same "
							+ "name on every instance that shares the work, or set "
							+ "dynamodb.streams.consumer.enabled=false");
		}
		String workerId = properties.getWorkerId();
		StartingPosition initialPosition = properties.getInitialPosition();
		return new KclConsumerSettings(applicationName, (workerId != null) ? workerId : defaultWorkerId(),
				(initialPosition != null) ? initialPosition : startingPosition, properties.getBatchSize(),
				properties.getIdleTime(), properties.getFailoverTime(), properties.getShutdownGracePeriod(),
				properties.getMetricsLevel());
	}

	private static String defaultWorkerId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "worker";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AbstractHealthIndicator.class)
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "kclConsumerHealthIndicator")
		KclConsumerHealthIndicator kclConsumerHealthIndicator(ConsumerActivity activity) {
			return new KclConsumerHealthIndicator(activity, Clock.systemUTC());
		}

	}

}
