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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link SamTemplateException} as what to change, without a stack trace.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class SamTemplateFailureAnalyzer extends AbstractFailureAnalyzer<SamTemplateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SamTemplateException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the problems above, then run the application with the sam profile again.", cause);
	}

}
