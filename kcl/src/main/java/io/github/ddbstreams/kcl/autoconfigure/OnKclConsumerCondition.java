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

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the KCL consumer may run: {@code dynamodb.streams.consumer.enabled} is not
 * false, the {@code sam} profile is not active, and the application does not run on AWS
 * Lambda (whose runtime sets {@code AWS_LAMBDA_FUNCTION_NAME}).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class OnKclConsumerCondition extends SpringBootCondition {

	static final String ENABLED = "dynamodb.streams.consumer.enabled";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("KCL consumer");
		Environment environment = context.getEnvironment();
		if (!environment.getProperty(ENABLED, Boolean.class, true)) {
			return ConditionOutcome.noMatch(message.because(ENABLED + " is false"));
		}
		if (environment.acceptsProfiles(Profiles.of("sam"))) {
			return ConditionOutcome.noMatch(message.because("the 'sam' profile is active"));
		}
		if (environment.containsProperty("AWS_LAMBDA_FUNCTION_NAME")) {
			return ConditionOutcome.noMatch(message.because("the application runs on AWS Lambda"));
		}
		return ConditionOutcome.match(message.because("the application runs outside Lambda and the sam profile"));
	}

}
