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

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.sam.ApplicationCode;
import io.github.ddbstreams.sam.SamTemplateGenerator;
import io.github.ddbstreams.sam.SamTemplateSettings;
import io.github.ddbstreams.sam.SamTemplateWriter;
import io.github.ddbstreams.sam.StreamArnResolver;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the {@code sam} profile: running the application with it writes
 * the SAM template that deploys the application as a Lambda function triggered by the
 * streams of its tables (see {@code dynamodb.streams.sam.*}).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration(after = DynamoStreamsAutoConfiguration.class)
@ConditionalOnClass({ Yaml.class, JsonMapper.class })
@ConditionalOnBean(StreamSubscriptions.class)
@Profile(DynamoStreamsSamAutoConfiguration.PROFILE)
public final class DynamoStreamsSamAutoConfiguration {

	/**
	 * The profile that writes the SAM template.
	 */
	public static final String PROFILE = "sam";

	@Bean
	@ConditionalOnMissingBean
	SamTemplateGenerator samTemplateGenerator(DynamoStreamsProperties properties, StreamTables tables,
			Environment environment, ObjectProvider<StreamArnResolver> streamArnResolver) {
		SamTemplateSettings settings = properties.getSam().toSettings();
		settings.setPriming(properties.getPriming());
		settings.setPrimeListeners(properties.isPrimeListeners());
		return new SamTemplateGenerator(settings, tables, properties.toTableNamespace(),
				environment.getProperty("spring.cloud.function.definition", DynamoStreamsFunction.BEAN_NAME),
				environment.getProperty("spring.application.name"), streamArnResolver.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ApplicationCode samApplicationCode(ListableBeanFactory beanFactory) {
		Class<?> applicationClass = applicationClass(beanFactory);
		File source = (applicationClass != null) ? new ApplicationHome(applicationClass).getSource() : null;
		return ApplicationCode.locate((source != null) ? source.toPath() : null, Path.of(""),
				(applicationClass != null) ? applicationClass.getName() : null);
	}

	@Bean
	@ConditionalOnMissingBean
	SamTemplateWriter samTemplateWriter(SamTemplateGenerator generator, ApplicationCode applicationCode) {
		return new SamTemplateWriter(generator, applicationCode);
	}

	private static @Nullable Class<?> applicationClass(ListableBeanFactory beanFactory) {
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanNamesForAnnotation(SpringBootConfiguration.class)) {
			Class<?> type = beanFactory.getType(name, false);
			if (type != null) {
				classes.add(ClassUtils.getUserClass(type));
			}
		}
		return (classes.size() == 1) ? classes.iterator().next() : null;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DynamoDbClient.class, UrlConnectionHttpClient.class })
	@ConditionalOnBooleanProperty(name = "dynamodb.streams.sam.stream-lookup.enabled", matchIfMissing = true)
	static class StreamLookupConfiguration {

		@Bean
		@ConditionalOnMissingBean
		StreamArnResolver samStreamArnResolver(DynamoStreamsProperties properties) {
			return StreamArnResolver.of(properties.getSam().getStreamLookup().toSettings());
		}

	}

}
