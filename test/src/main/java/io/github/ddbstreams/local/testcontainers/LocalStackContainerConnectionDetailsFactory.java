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

package io.github.ddbstreams.local.testcontainers;

import java.net.URI;

import io.github.ddbstreams.local.autoconfigure.DynamoDbConnectionDetails;
import org.testcontainers.localstack.LocalStackContainer;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * {@link ContainerConnectionDetailsFactory} to create {@link DynamoDbConnectionDetails}
 * from a {@link ServiceConnection @ServiceConnection}-annotated
 * {@link LocalStackContainer}. LocalStack's recent images need a
 * {@code LOCALSTACK_AUTH_TOKEN}; the container passes on what it is given.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class LocalStackContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<LocalStackContainer, DynamoDbConnectionDetails> {

	LocalStackContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "org.testcontainers.localstack.LocalStackContainer");
	}

	@Override
	protected DynamoDbConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<LocalStackContainer> source) {
		return new LocalStackContainerConnectionDetails(source);
	}

	/**
	 * {@link DynamoDbConnectionDetails} backed by a {@link ContainerConnectionSource}.
	 */
	private static final class LocalStackContainerConnectionDetails
			extends ContainerConnectionDetails<LocalStackContainer> implements DynamoDbConnectionDetails {

		private LocalStackContainerConnectionDetails(ContainerConnectionSource<LocalStackContainer> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			return getContainer().getEndpoint();
		}

		@Override
		public String getRegion() {
			return getContainer().getRegion();
		}

		@Override
		public String getAccessKeyId() {
			return getContainer().getAccessKey();
		}

		@Override
		public String getSecretAccessKey() {
			return getContainer().getSecretKey();
		}

	}

}
