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
import org.testcontainers.containers.Container;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;

/**
 * {@link ContainerConnectionDetailsFactory} to create {@link DynamoDbConnectionDetails}
 * from a {@link ServiceConnection @ServiceConnection}-annotated container of the
 * {@code motoserver/moto} image, which serves on port {@value #MOTO_PORT}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class MotoContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<Container<?>, DynamoDbConnectionDetails> {

	static final String MOTO_IMAGE_NAME = "motoserver/moto";

	static final int MOTO_PORT = 5000;

	MotoContainerConnectionDetailsFactory() {
		super(MOTO_IMAGE_NAME);
	}

	@Override
	protected DynamoDbConnectionDetails getContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
		return new MotoContainerConnectionDetails(source);
	}

	/**
	 * {@link DynamoDbConnectionDetails} backed by a {@link ContainerConnectionSource}.
	 */
	private static final class MotoContainerConnectionDetails extends ContainerConnectionDetails<Container<?>>
			implements DynamoDbConnectionDetails {

		private MotoContainerConnectionDetails(ContainerConnectionSource<Container<?>> source) {
			super(source);
		}

		@Override
		public URI getEndpoint() {
			return URI.create("http://" + getContainer().getHost() + ":" + getContainer().getMappedPort(MOTO_PORT));
		}

	}

}
