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

package io.github.ddbstreams.sam;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamEnvironmentPostProcessor;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoStreamsSamAutoConfiguration} and
 * {@link DynamoStreamsSamEnvironmentPostProcessor}.
 */
class DynamoStreamsSamAutoConfigurationTests {

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsSamAutoConfiguration.class))
			.withUserConfiguration(Listeners.Clerk.class)
			.withPropertyValues("dynamodb.streams.sam.output=" + this.directory.resolve("template.yaml"));
	}

	private ApplicationContextRunner samProfile() {
		return contextRunner().withInitializer((context) -> context.getEnvironment().setActiveProfiles("sam"));
	}

	@Test
	void registersTheGeneratorTheWriterAndTheResolverWithTheSamProfile() {
		samProfile().run((context) -> {
			assertThat(context).hasSingleBean(SamTemplateGenerator.class);
			assertThat(context).hasSingleBean(SamTemplateWriter.class);
			assertThat(context).hasSingleBean(StreamArnResolver.class);
			assertThat(context).hasSingleBean(ApplicationCode.class);
		});
	}

	@Test
	void takesTheWorkingDirectoryForTheProjectWhenTheApplicationClassIsUnknown() {
		samProfile().run((context) -> assertThat(context.getBean(ApplicationCode.class))
			.isEqualTo(new ApplicationCode(null, Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath(), null)));
	}

	@Test
	void registersNothingWithoutTheSamProfile() {
		contextRunner().run((context) -> {
			assertThat(context).doesNotHaveBean(SamTemplateGenerator.class);
			assertThat(context).doesNotHaveBean(SamTemplateWriter.class);
			assertThat(context).doesNotHaveBean(StreamArnResolver.class);
		});
	}

	@Test
	void registersNothingWhenTheListenersAreDisabled() {
		samProfile().withPropertyValues("dynamodb.streams.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SamTemplateGenerator.class));
	}

	@Test
	void registersNothingWithoutSnakeYaml() {
		samProfile().withClassLoader(new FilteredClassLoader(Yaml.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SamTemplateWriter.class));
	}

	@Test
	void looksUpNoStreamWhenTheLookupIsDisabled() {
		samProfile().withPropertyValues("dynamodb.streams.sam.stream-lookup.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(StreamArnResolver.class)
				.hasSingleBean(SamTemplateGenerator.class));
	}

	@Test
	void looksUpNoStreamWithoutTheDynamoDbClient() {
		samProfile().withClassLoader(new FilteredClassLoader(DynamoDbClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(StreamArnResolver.class)
				.hasSingleBean(SamTemplateGenerator.class));
	}

	@Test
	void backsOffForTheBeansOfTheUser() {
		samProfile().withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context.getBean(SamTemplateGenerator.class)).isSameAs(UserBeans.generator);
			assertThat(context.getBean(SamTemplateWriter.class)).isSameAs(UserBeans.writer);
			assertThat(context.getBean(StreamArnResolver.class)).isSameAs(UserBeans.resolver);
		});
	}

	@Test
	void keepsAnApplicationWithTheSamProfileFromServing() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles("sam");
		new DynamoStreamsSamEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
			.isEqualTo(DynamoStreamsSamEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
	}

	@Test
	void leavesAnApplicationWithoutTheSamProfileAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		new DynamoStreamsSamEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources()
			.contains(DynamoStreamsSamEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	@Test
	void isRegisteredForSpringBoot() throws Exception {
		Properties factories = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("META-INF/spring.factories", getClass().getClassLoader()));
		assertThat(factories.getProperty("org.springframework.boot.EnvironmentPostProcessor").split(","))
			.contains(DynamoStreamsSamEnvironmentPostProcessor.class.getName());
		assertThat(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer").split(","))
			.contains(SamTemplateFailureAnalyzer.class.getName());
		assertThat(new ClassPathResource(
				"META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
			.getContentAsString(StandardCharsets.UTF_8)).contains(DynamoStreamsSamAutoConfiguration.class.getName());
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final StreamArnResolver resolver = new StreamArnResolver(() -> {
			throw new IllegalStateException("not used");
		}, Duration.ofSeconds(1));

		static final SamTemplateGenerator generator = new SamTemplateGenerator(new SamTemplateSettings(),
				StreamTables.of(new StreamSubscriptions(List.of()), TableNamespace.NONE, List.of(),
						new DynamoStreamsProperties()::toMappingSettings,
						new DynamoStreamsProperties()::toTableDefinition),
				TableNamespace.NONE, "dynamodbStreamsFunction", null, null);

		static final SamTemplateWriter writer = new SamTemplateWriter(generator,
				ApplicationCode.locate(null, Path.of(""), null));

		@Bean
		StreamArnResolver userResolver() {
			return resolver;
		}

		@Bean
		SamTemplateGenerator userGenerator() {
			return generator;
		}

		@Bean
		SamTemplateWriter userWriter() {
			return writer;
		}

	}

}
