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

import java.util.List;

import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.Keys;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.OldImage;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints of the starter's own resources and reflection: the SAM policy
 * templates, the configuration metadata that the check of unknown properties reads, the
 * AWS SDK module versions that the template generator checks, the listener annotations,
 * and the virtual threads of {@code dynamodb.streams.concurrency}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsRuntimeHints implements RuntimeHintsRegistrar {

	private static final String POLICY_TEMPLATES = "io/github/ddbstreams/sam/policy_templates.json";

	private static final String THREAD_BUILDER = "java.lang.Thread$Builder";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources()
			.registerPattern(POLICY_TEMPLATES)
			.registerPattern("META-INF/spring-configuration-metadata.json")
			.registerPattern("META-INF/additional-spring-configuration-metadata.json")
			.registerPattern("META-INF/maven/software.amazon.awssdk/*/pom.properties");
		for (Class<?> annotation : new Class<?>[] { DynamoStreamListener.class, NewImage.class, OldImage.class,
				Keys.class }) {
			hints.reflection().registerType(annotation, MemberCategory.INVOKE_DECLARED_METHODS);
		}
		hints.reflection()
			.registerType(Thread.class, (type) -> type.withMethod("ofVirtual", List.of(), ExecutableMode.INVOKE))
			.registerTypeIfPresent(classLoader, THREAD_BUILDER, MemberCategory.INVOKE_PUBLIC_METHODS);
	}

}
