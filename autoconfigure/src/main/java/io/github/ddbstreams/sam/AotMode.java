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

/**
 * Whether the function runs the application in Spring's AOT mode (from the classes that
 * {@code spring-boot-maven-plugin}'s {@code process-aot} goal generated), which the
 * template turns on with {@code -Dspring.aot.enabled=true} in the function's
 * {@code JAVA_TOOL_OPTIONS}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum AotMode {

	/**
	 * On when the application was processed ahead of time (its AOT initializer class is
	 * on the class path), off otherwise.
	 */
	AUTO,

	/**
	 * On; the generation stops when the application was not processed ahead of time.
	 */
	ON,

	/**
	 * Off: the function starts the application in JVM mode.
	 */
	OFF

}
