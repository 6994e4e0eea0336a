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
 * Lambda runtimes that run the application.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum LambdaRuntime {

	/**
	 * Java 17 (Amazon Corretto).
	 */
	JAVA17("java17"),

	/**
	 * Java 21 (Amazon Corretto).
	 */
	JAVA21("java21"),

	/**
	 * Java 25 (Amazon Corretto).
	 */
	JAVA25("java25");

	private final String id;

	LambdaRuntime(String id) {
		this.id = id;
	}

	/**
	 * Return the identifier of the runtime in a template, such as {@code java21}.
	 * @return the identifier
	 */
	public String id() {
		return this.id;
	}

}
