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

package io.github.ddbstreams.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the clerk locally, with the {@code local} profile: a managed moto server on port
 * 8000, {@code demo-dev_test-table} created with its stream, and the local stream loop
 * that feeds the clerk's listeners the events Lambda would send. Start it from the IDE,
 * or with {@code ./mvnw -pl sample-app -am spring-boot:test-run}; Ctrl-C stops moto too.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class TestClerkApplication {

	private TestClerkApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(ClerkApplication::main).withAdditionalProfiles("local").run(args);
	}

}
