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

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamAutoConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Generates templates the way the {@code sam} profile does: with the auto-configured
 * generator, from listener beans and properties.
 */
final class TemplateGeneration {

	private TemplateGeneration() {
	}

	/**
	 * The application class of the sample, which the templates of these tests name.
	 */
	static final String APPLICATION_CLASS = "io.github.ddbstreams.sample.ClerkApplication";

	/**
	 * Return a runner with the auto-configurations, the {@code sam} profile, an
	 * application name, and no stream lookup.
	 * @param output the template file
	 * @return the runner
	 */
	static ApplicationContextRunner contextRunner(Path output) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsSamAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("sam"))
			.withPropertyValues("spring.application.name=clerk", "dynamodb.streams.sam.output=" + output,
					"dynamodb.streams.sam.stream-lookup.enabled=false");
	}

	/**
	 * Return the code of an application built by a Maven project in the directory of the
	 * template, as when it runs with {@code java -jar target/clerk.jar} from there.
	 * @param output the template file
	 * @return the code of the application
	 */
	static ApplicationCode projectCode(Path output) {
		Path project = output.toAbsolutePath().getParent();
		return new ApplicationCode(project.resolve("target/clerk.jar"), project, project, APPLICATION_CLASS);
	}

	static SamTemplate generate(ApplicationContextRunner contextRunner) {
		return generate(contextRunner, null);
	}

	static SamTemplate generate(ApplicationContextRunner contextRunner, @Nullable ApplicationCode code) {
		AtomicReference<SamTemplate> template = new AtomicReference<>();
		contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			template.set(context.getBean(SamTemplateGenerator.class).generate(code(context, code)));
		});
		return template.get();
	}

	static SamTemplateException failure(ApplicationContextRunner contextRunner) {
		return failure(contextRunner, null);
	}

	static SamTemplateException failure(ApplicationContextRunner contextRunner, @Nullable ApplicationCode code) {
		AtomicReference<SamTemplateException> failure = new AtomicReference<>();
		contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			failure.set(assertThatExceptionOfType(SamTemplateException.class)
				.isThrownBy(() -> context.getBean(SamTemplateGenerator.class).generate(code(context, code)))
				.actual());
		});
		return failure.get();
	}

	private static ApplicationCode code(ApplicationContext context, @Nullable ApplicationCode code) {
		return (code != null) ? code
				: projectCode(Path.of(context.getEnvironment().getRequiredProperty("dynamodb.streams.sam.output")));
	}

}
