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

package io.github.ddbstreams.local;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The DynamoDB and DynamoDB Streams clients of the local stream loop, for one target: an
 * endpoint (moto, a container, or any other DynamoDB endpoint), or AWS itself.
 * <p>
 * The clients use the URL connection HTTP client explicitly, since a test classpath often
 * has several HTTP clients the AWS SDK could choose from.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class LocalStreamClients implements AutoCloseable {

	/**
	 * The region of the clients of an endpoint when none is configured.
	 */
	public static final String DEFAULT_ENDPOINT_REGION = "us-east-1";

	static final AwsCredentialsProvider ENDPOINT_CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("local", "local"));

	private final DynamoDbClient dynamoDb;

	private final DynamoDbStreamsClient streams;

	private final String description;

	private final boolean aws;

	private LocalStreamClients(DynamoDbClient dynamoDb, DynamoDbStreamsClient streams, String description,
			boolean aws) {
		this.dynamoDb = dynamoDb;
		this.streams = streams;
		this.description = description;
		this.aws = aws;
	}

	/**
	 * Create clients of an endpoint that serves both DynamoDB and DynamoDB Streams, such
	 * as moto or LocalStack, with placeholder credentials.
	 * @param endpoint the endpoint
	 * @param region the region, or {@code null} for {@value #DEFAULT_ENDPOINT_REGION}
	 * @param description what the endpoint is, for log messages
	 * @return the clients
	 */
	public static LocalStreamClients forEndpoint(URI endpoint, @Nullable String region, String description) {
		return forEndpoint(endpoint, region, ENDPOINT_CREDENTIALS, description);
	}

	/**
	 * Create clients of an endpoint that serves both DynamoDB and DynamoDB Streams, with
	 * the given credentials.
	 * @param endpoint the endpoint
	 * @param region the region, or {@code null} for {@value #DEFAULT_ENDPOINT_REGION}
	 * @param credentials the credentials the endpoint expects
	 * @param description what the endpoint is, for log messages
	 * @return the clients
	 */
	public static LocalStreamClients forEndpoint(URI endpoint, @Nullable String region,
			AwsCredentialsProvider credentials, String description) {
		Region clientRegion = Region.of((region != null) ? region : DEFAULT_ENDPOINT_REGION);
		DynamoDbClientBuilder dynamoDb = DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(endpoint)
			.region(clientRegion)
			.credentialsProvider(credentials);
		DynamoDbStreamsClientBuilder streams = DynamoDbStreamsClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.endpointOverride(endpoint)
			.region(clientRegion)
			.credentialsProvider(credentials);
		return new LocalStreamClients(dynamoDb.build(), streams.build(), description + " at " + endpoint, false);
	}

	/**
	 * Wrap clients that were built elsewhere.
	 * @param dynamoDb the DynamoDB client
	 * @param streams the DynamoDB Streams client
	 * @param description what the clients connect to, for log messages
	 * @return the clients, never treated as AWS
	 */
	static LocalStreamClients of(DynamoDbClient dynamoDb, DynamoDbStreamsClient streams, String description) {
		return new LocalStreamClients(dynamoDb, streams, description, false);
	}

	/**
	 * Create clients of AWS, with the region and credentials of the AWS SDK default
	 * provider chains unless a region is given.
	 * @param region the region, or {@code null} for the default region provider chain
	 * @return the clients
	 */
	public static LocalStreamClients forAws(@Nullable String region) {
		DynamoDbClientBuilder dynamoDb = DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.credentialsProvider(DefaultCredentialsProvider.builder().build());
		DynamoDbStreamsClientBuilder streams = DynamoDbStreamsClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.credentialsProvider(DefaultCredentialsProvider.builder().build());
		if (region != null) {
			dynamoDb.region(Region.of(region));
			streams.region(Region.of(region));
		}
		DynamoDbClient dynamoDbClient = dynamoDb.build();
		String clientRegion = dynamoDbClient.serviceClientConfiguration().region().id();
		return new LocalStreamClients(dynamoDbClient, streams.build(), "AWS in " + clientRegion, true);
	}

	/**
	 * Return the DynamoDB client.
	 * @return the client
	 */
	public DynamoDbClient dynamoDb() {
		return this.dynamoDb;
	}

	/**
	 * Return the DynamoDB Streams client.
	 * @return the client
	 */
	public DynamoDbStreamsClient streams() {
		return this.streams;
	}

	/**
	 * Return what the clients connect to, for log messages.
	 * @return a description such as {@code moto at http://127.0.0.1:8000}
	 */
	public String description() {
		return this.description;
	}

	/**
	 * Return whether the clients connect to AWS itself, where tables are created or
	 * changed only when asked explicitly.
	 * @return whether the target is AWS
	 */
	public boolean isAws() {
		return this.aws;
	}

	@Override
	public void close() {
		this.streams.close();
		this.dynamoDb.close();
	}

}
