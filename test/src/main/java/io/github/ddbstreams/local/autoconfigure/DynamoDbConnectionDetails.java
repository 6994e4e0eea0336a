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

import java.net.URI;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details of the DynamoDB (and DynamoDB Streams) endpoint the local stream loop runs on,
 * for example the moto or LocalStack container that a Testcontainers bean annotated with
 * {@code @ServiceConnection} starts.
 * <p>
 * An explicit {@code dynamodb.streams.local.endpoint} wins over these details; when there
 * are neither, the loop starts a managed moto server.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public interface DynamoDbConnectionDetails extends ConnectionDetails {

	/**
	 * Return the endpoint that serves both DynamoDB and DynamoDB Streams.
	 * @return the endpoint, such as {@code http://localhost:32768}
	 */
	URI getEndpoint();

	/**
	 * Return the region of the clients.
	 * @return the region, {@code us-east-1} unless the endpoint needs another one
	 */
	default String getRegion() {
		return "us-east-1";
	}

	/**
	 * Return the access key ID the endpoint accepts.
	 * @return the access key ID
	 */
	default String getAccessKeyId() {
		return "local";
	}

	/**
	 * Return the secret access key the endpoint accepts.
	 * @return the secret access key
	 */
	default String getSecretAccessKey() {
		return "local";
	}

}
