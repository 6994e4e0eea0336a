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
import java.util.Map;

import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import io.github.ddbstreams.harness.sam.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@code dynamodb.streams.sam.aot}: the template runs the application in AOT
 * mode when it was processed ahead of time, and never when it was not, each template
 * checked against the SAM schema and by {@code cfn-lint}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class SamTemplateAotModeTests {

	@RegisterExtension
	static final GeneratedTemplates templates = new GeneratedTemplates();

	private static final String PROCESSED = ProcessedApplication.class.getName();

	private static final String NOT_PROCESSED = NotProcessedApplication.class.getName();

	@TempDir
	Path directory;

	@Test
	void turnsAotModeOnWhenTheApplicationWasProcessedAheadOfTime() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + PROCESSED)))
			.containsEntry("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true");
	}

	@Test
	void leavesAotModeOffWhenTheApplicationWasNotProcessedAheadOfTime() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + NOT_PROCESSED)))
			.doesNotContainKey("JAVA_TOOL_OPTIONS");
	}

	@Test
	void addsAotModeToTheJavaToolOptionsOfTheEnvironment() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + PROCESSED,
				"dynamodb.streams.sam.environment.JAVA_TOOL_OPTIONS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1")))
			.containsEntry("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true");
	}

	@Test
	void keepsTheAotModeThatTheJavaToolOptionsOfTheEnvironmentSet() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + PROCESSED,
				"dynamodb.streams.sam.environment.JAVA_TOOL_OPTIONS=-Dspring.aot.enabled=false")))
			.containsEntry("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=false");
	}

	@Test
	void turnsAotModeOnWhenOn() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + PROCESSED, "dynamodb.streams.sam.aot=on")))
			.containsEntry("JAVA_TOOL_OPTIONS", "-Dspring.aot.enabled=true");
	}

	@Test
	void stopsWithTheFixWhenOnAndTheApplicationWasNotProcessedAheadOfTime() {
		SamTemplateException failure = TemplateGeneration.failure(contextRunner()
			.withPropertyValues("dynamodb.streams.sam.main-class=" + NOT_PROCESSED, "dynamodb.streams.sam.aot=on"));
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.sam.aot: on, but the application was not"
				+ " processed ahead of time (no " + NOT_PROCESSED + "__ApplicationContextInitializer on the class"
				+ " path): add the process-aot goal to spring-boot-maven-plugin (<executions><execution>"
				+ "<id>process-aot</id><goals><goal>process-aot</goal></goals></execution></executions>) and package"
				+ " again, or set dynamodb.streams.sam.aot=auto");
	}

	@Test
	void neverTurnsAotModeOnWhenOff() {
		assertThat(variables(generate("dynamodb.streams.sam.main-class=" + PROCESSED, "dynamodb.streams.sam.aot=off",
				"dynamodb.streams.sam.environment.JAVA_TOOL_OPTIONS=-XX:+UseSerialGC")))
			.containsEntry("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC");
	}

	private ApplicationContextRunner contextRunner() {
		return TemplateGeneration.contextRunner(this.directory.resolve("template.yaml"))
			.withUserConfiguration(Listeners.Clerk.class);
	}

	private Template generate(String... properties) {
		return templates.check(TemplateGeneration.generate(contextRunner().withPropertyValues(properties)).yaml());
	}

	private static Map<String, String> variables(Template template) {
		return template.get("Resources", "ClerkFunction", "Properties", "Environment", "Variables");
	}

	static class ProcessedApplication {

	}

	static class ProcessedApplication__ApplicationContextInitializer {

	}

	static class NotProcessedApplication {

	}

}
