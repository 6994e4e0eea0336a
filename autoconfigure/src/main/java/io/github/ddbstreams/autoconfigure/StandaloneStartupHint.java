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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

/**
 * Says what the application is for when it is started on its own, outside AWS Lambda and
 * without the {@code sam} profile, the local stream loop or the KCL consumer: it would
 * otherwise start, find nothing to do, and exit without a word.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class StandaloneStartupHint implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StandaloneStartupHint.class);

	private static final String LOCAL_LOOP = "io.github.ddbstreams.local.LocalStreamPoller";

	private static final String KCL_CONSUMER = "io.github.ddbstreams.kcl.KclStreamConsumer";

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		if (isStandalone(environment, event.getSpringApplication().getWebApplicationType())) {
			logger.info(message(ClassUtils.isPresent(LOCAL_LOOP, getClass().getClassLoader())));
		}
	}

	static String message(boolean localLoopPresent) {
		return "This application handles DynamoDB stream events on AWS Lambda; started on its own it has nothing to"
				+ " do. To deploy it, run it with --spring.profiles.active=sam to write template.yaml, then sam build"
				+ " and sam deploy --guided. To run its listeners locally, "
				+ (localLoopPresent ? ""
						: "add io.github.ddbstreams:dynamodb-streams-spring-boot-test in test scope and ")
				+ "set dynamodb.streams.local.enabled=true.";
	}

	static boolean isStandalone(Environment environment, WebApplicationType webApplicationType) {
		return webApplicationType == WebApplicationType.NONE
				&& !environment.containsProperty("AWS_LAMBDA_FUNCTION_NAME")
				&& !environment.acceptsProfiles(Profiles.of(DynamoStreamsSamAutoConfiguration.PROFILE))
				&& !environment.getProperty("dynamodb.streams.local.enabled", Boolean.class, false)
				&& !(ClassUtils.isPresent(KCL_CONSUMER, StandaloneStartupHint.class.getClassLoader())
						&& environment.getProperty("dynamodb.streams.consumer.enabled", Boolean.class, true));
	}

}
