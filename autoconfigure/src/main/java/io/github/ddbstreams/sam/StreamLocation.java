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
 * Where the stream of a table comes from, and how the template refers to it.
 *
 * @param kind how the stream was found
 * @param streamArn the stream ARN: a string, or an intrinsic function
 * @param note why the stream is a parameter, empty otherwise
 * @author DynamoDB Streams for Spring Boot contributors
 */
record StreamLocation(Kind kind, Object streamArn, String note) {

	/**
	 * How the stream of a table was found.
	 */
	enum Kind {

		/**
		 * Named by the configuration.
		 */
		EXPLICIT,

		/**
		 * The stream of a table the template creates.
		 */
		CREATED,

		/**
		 * Looked up with the DynamoDB API.
		 */
		LOOKED_UP,

		/**
		 * A template parameter, because the lookup could not run.
		 */
		PARAMETER

	}

}
