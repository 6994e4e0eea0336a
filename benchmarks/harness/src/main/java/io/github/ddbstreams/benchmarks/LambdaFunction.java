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

package io.github.ddbstreams.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contender deployed as a Lambda function: its task root (the {@code sam build} layout:
 * classes at the root, dependencies in {@code lib/}), its handler and the environment
 * variables of the function, {@code JAVA_TOOL_OPTIONS} included.
 *
 * @param name the name of the contender in the results
 * @param taskRoot the task root
 * @param handler the handler, such as {@code com.example.Handler::handleRequest}
 * @param environment the environment variables of the function
 * @author DynamoDB Streams for Spring Boot contributors
 */
record LambdaFunction(String name, Path taskRoot, String handler, Map<String, String> environment) {

	/**
	 * The response of every contender to an event it handled completely: a partial batch
	 * response that names no record.
	 */
	static final String NO_FAILURES = "{\"batchItemFailures\":[]}";

	/**
	 * The environment variable that Lambda passes to the JVM of the runtime.
	 */
	static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

	LambdaFunction {
		environment = Map.copyOf(environment);
	}

	/**
	 * Create a function without environment variables.
	 * @param name the name of the contender
	 * @param taskRoot the task root
	 * @param handler the handler
	 * @return the function
	 */
	static LambdaFunction of(String name, Path taskRoot, String handler) {
		return new LambdaFunction(name, taskRoot, handler, Map.of());
	}

	/**
	 * Return the same function under another name.
	 * @param name the name
	 * @return the renamed function
	 */
	LambdaFunction named(String name) {
		return new LambdaFunction(name, this.taskRoot, this.handler, this.environment);
	}

	/**
	 * Return the same function with one more environment variable.
	 * @param name the name of the variable
	 * @param value its value
	 * @return the function with that variable
	 */
	LambdaFunction withEnvironment(String name, String value) {
		Map<String, String> environment = new LinkedHashMap<>(this.environment);
		environment.put(name, value);
		return new LambdaFunction(this.name, this.taskRoot, this.handler, environment);
	}

	/**
	 * Return the same function with JVM options added to {@code JAVA_TOOL_OPTIONS}, as a
	 * Lambda user sets them.
	 * @param options the options
	 * @return the function with these options
	 */
	LambdaFunction withJvmOptions(String... options) {
		String current = this.environment.get(JAVA_TOOL_OPTIONS);
		String added = String.join(" ", options);
		return withEnvironment(JAVA_TOOL_OPTIONS, (current != null) ? current + " " + added : added);
	}

}
