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

package io.github.ddbstreams.local.autoconfigure;

import io.github.ddbstreams.local.LocalLoopSetupException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A {@code FailureAnalyzer} that reports a {@link LocalLoopSetupException}, such as a
 * missing database or a table the local stream loop cannot create, as a description and
 * an action, the way Spring Boot reports an invalid property.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class LocalLoopSetupFailureAnalyzer extends AbstractFailureAnalyzer<LocalLoopSetupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalLoopSetupException cause) {
		return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
	}

}
