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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link DynamoStreamsConfigurationException} as the problems and what to
 * change, like Spring Boot reports invalid properties, without a stack trace.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class DynamoStreamsConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<DynamoStreamsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DynamoStreamsConfigurationException cause) {
		return new FailureAnalysis("DynamoDB stream listeners are misconfigured:" + System.lineSeparator()
				+ System.lineSeparator() + "- " + String.join(System.lineSeparator() + "- ", cause.getProblems()),
				cause.getAction(), cause);
	}

}
