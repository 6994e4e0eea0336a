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

package io.github.ddbstreams.dispatch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs the failure of a batch without logging table data: the sequence number, table and
 * position of the failed record, and the exception of the listener.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class BatchFailureReporter {

	private static final Log logger = LogFactory.getLog(BatchFailureReporter.class);

	private BatchFailureReporter() {
	}

	static String describe(BatchOutcome outcome) {
		return "Record " + (outcome.processed() + 1) + " of " + outcome.size() + " (SequenceNumber "
				+ outcome.failedSequenceNumber() + ", event source " + outcome.failedRecord().getEventSourceARN()
				+ ") failed";
	}

	static void report(BatchOutcome outcome, String consequence) {
		if (logger.isErrorEnabled()) {
			logger.error(describe(outcome) + "; " + consequence, outcome.failure());
		}
	}

}
