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

import java.util.List;

/**
 * Thrown when the configuration or the tables do not allow a SAM template that would
 * deploy and work: nothing is written, and the message says what to change.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class SamTemplateException extends RuntimeException {

	private final List<String> problems;

	/**
	 * Create an exception.
	 * @param problems what is wrong, each with the property or table concerned and how to
	 * fix it
	 */
	public SamTemplateException(List<String> problems) {
		super("The SAM template was not written:" + System.lineSeparator() + "- "
				+ String.join(System.lineSeparator() + "- ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Return what is wrong.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

}
