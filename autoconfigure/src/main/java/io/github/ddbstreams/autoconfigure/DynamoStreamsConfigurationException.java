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

import java.util.List;

/**
 * Thrown at startup when the configuration or the listener declarations would leave the
 * application running in a way the user did not mean: a listener that would never receive
 * a record, a property that is never read. It names every problem and how to fix it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class DynamoStreamsConfigurationException extends RuntimeException {

	private final List<String> problems;

	private final String action;

	/**
	 * Create an exception.
	 * @param problems what is wrong, each naming the bean, method or property concerned
	 * @param action what to do about it
	 */
	public DynamoStreamsConfigurationException(List<String> problems, String action) {
		super(String.join(System.lineSeparator(), problems));
		this.problems = List.copyOf(problems);
		this.action = action;
	}

	/**
	 * Return what is wrong.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

	/**
	 * Return what to do about the problems.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
