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

package io.github.ddbstreams.observation;

/**
 * What became of one stream record: the {@code outcome} of its observation and of the
 * {@code dynamodb.streams.records} meter.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum RecordOutcome {

	/**
	 * Every listener that wants the record returned (or none wants it).
	 */
	PROCESSED("processed"),

	/**
	 * A listener or interceptor threw and the error handler recovered the record: it
	 * counts as done.
	 */
	RECOVERED("recovered"),

	/**
	 * A listener or interceptor threw and no error handler recovered the record: Lambda
	 * delivers it again.
	 */
	FAILED("failed"),

	/**
	 * An {@link Error} (such as {@link OutOfMemoryError}) was thrown: the invocation
	 * fails.
	 */
	ERROR("error");

	private final String value;

	RecordOutcome(String value) {
		this.value = value;
	}

	/**
	 * Return the value of the {@code outcome} tag.
	 * @return the tag value, in lower case
	 */
	public String value() {
		return this.value;
	}

}
