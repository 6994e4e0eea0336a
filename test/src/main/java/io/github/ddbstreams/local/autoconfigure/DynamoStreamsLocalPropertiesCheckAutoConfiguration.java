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

package io.github.ddbstreams.local.autoconfigure;

import java.util.Set;

import io.github.ddbstreams.autoconfigure.UnknownPropertiesCheck;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration that fails the startup on a property under
 * {@code dynamodb.streams.local} that the local stream loop does not know, such as a
 * misspelled {@code dynamodb.streams.local.enabeld}, which would otherwise leave the loop
 * off in silence. Active whenever this module is on the class path, whether the loop runs
 * or not.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@AutoConfiguration
public final class DynamoStreamsLocalPropertiesCheckAutoConfiguration {

	@Bean
	UnknownPropertiesCheck dynamoStreamsLocalUnknownPropertiesCheck(Environment environment) {
		return new UnknownPropertiesCheck(environment, "dynamodb.streams.local", DynamoStreamsLocalProperties::new,
				Set.of());
	}

}
