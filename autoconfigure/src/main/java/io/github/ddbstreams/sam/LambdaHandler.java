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
 * Lambda handlers that invoke the DynamoDB stream function.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum LambdaHandler {

	/**
	 * Spring Cloud Function's handler, which converts every event through its generic
	 * message conversion.
	 */
	FUNCTION_INVOKER("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest"),

	/**
	 * The starter's handler, which reads each event once and calls the same function.
	 */
	DYNAMO_STREAMS_HANDLER("io.github.ddbstreams.lambda.DynamoStreamsHandler::handleRequest");

	private final String id;

	LambdaHandler(String id) {
		this.id = id;
	}

	/**
	 * Return the handler string of the function in a template.
	 * @return the handler, {@code class::method}
	 */
	public String id() {
		return this.id;
	}

}
