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

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
	 * Return a runner with the auto-configurations, the {@code sam} profile, an
	 * application name, a code URI, and no stream lookup.
	 * @param output the template file
	 * @return the runner
	 */
	static ApplicationContextRunner contextRunner(Path output) {
		return contextRunnerWithoutCode(output).withPropertyValues("dynamodb.streams.sam.code-uri=../clerk-aws.jar");
	}

	/**
	 * Return a runner with the auto-configurations, the {@code sam} profile, an
	 * application name, and no stream lookup.
	 * @param output the template file
	 * @return the runner
	 */
	static ApplicationContextRunner contextRunnerWithoutCode(Path output) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsSamAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("sam"))
			.withPropertyValues("spring.application.name=clerk", "dynamodb.streams.sam.output=" + output,
					"dynamodb.streams.sam.stream-lookup.enabled=false");
	}

	static SamTemplate generate(ApplicationContextRunner contextRunner) {
		AtomicReference<SamTemplate> template = new AtomicReference<>();
		contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			template.set(context.getBean(SamTemplateGenerator.class).generate(null));
		});
		return template.get();
	}

	static SamTemplateException failure(ApplicationContextRunner contextRunner) {
		AtomicReference<SamTemplateException> failure = new AtomicReference<>();
		contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			failure.set(assertThatExceptionOfType(SamTemplateException.class)
				.isThrownBy(() -> context.getBean(SamTemplateGenerator.class).generate(null))
				.actual());
		});
		return failure.get();
	}

}
