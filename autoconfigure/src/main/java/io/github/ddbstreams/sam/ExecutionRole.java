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
 * Where the execution role of the function comes from.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum ExecutionRole {

	/**
	 * The template defines the role, with stream reads on each table's stream, log writes
	 * to the function's own log group, the on-failure destinations and the configured
	 * policies, and nothing else.
	 */
	LEAST_PRIVILEGE,

	/**
	 * SAM generates the role, with the DynamoDBStreamReadPolicy template per table. SAM
	 * also attaches AWSLambdaDynamoDBExecutionRole and AWSLambdaBasicExecutionRole, whose
	 * stream and log actions apply to every resource of the account.
	 */
	SAM_GENERATED

}
