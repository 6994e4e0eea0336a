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

package io.github.ddbstreams.kcl;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;

/**
 * The AWS clients of the consumer: DynamoDB Streams for the records, DynamoDB for the
 * tables' stream ARNs and KCL's lease tables, CloudWatch for KCL's metrics when they are
 * on.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class KclClients implements AutoCloseable {

	/**
	 * The region of an endpoint when none is set.
	 */
	public static final String DEFAULT_ENDPOINT_REGION = "us-east-1";

	private static final AwsCredentialsProvider PLACEHOLDER_CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("local", "local"));

	private final Region region;

	private final DynamoDbStreamsClient streams;

	private final DynamoDbClient dynamoDb;

	private final DynamoDbAsyncClient leases;

	private final CloudWatchAsyncClient cloudWatch;

	private KclClients(Region region, DynamoDbStreamsClient streams, DynamoDbClient dynamoDb,
			DynamoDbAsyncClient leases, CloudWatchAsyncClient cloudWatch) {
		this.region = region;
		this.streams = streams;
		this.dynamoDb = dynamoDb;
		this.leases = leases;
		this.cloudWatch = cloudWatch;
	}

	/**
	 * Create the clients, with the credentials of the AWS SDK default provider chain
	 * (and, with an endpoint, placeholder credentials when the chain finds none, as moto
	 * and LocalStack take any).
	 * @param endpoint the endpoint of DynamoDB and DynamoDB Streams, such as a moto
	 * server, or {@code null} for AWS
	 * @param region the region, or {@code null} for the default region provider chain
	 * (with an endpoint: {@value #DEFAULT_ENDPOINT_REGION})
	 * @return the clients
	 */
	public static KclClients create(@Nullable URI endpoint, @Nullable String region) {
		Region clientRegion = (region != null) ? Region.of(region) : (endpoint != null)
				? Region.of(DEFAULT_ENDPOINT_REGION) : DefaultAwsRegionProviderChain.builder().build().getRegion();
		AwsCredentialsProvider credentials = (endpoint != null) ? AwsCredentialsProviderChain.builder()
			.credentialsProviders(DefaultCredentialsProvider.builder().build(), PLACEHOLDER_CREDENTIALS)
			.build() : DefaultCredentialsProvider.builder().build();
		DynamoDbStreamsClientBuilder streams = DynamoDbStreamsClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(clientRegion)
			.credentialsProvider(credentials);
		DynamoDbClientBuilder dynamoDb = DynamoDbClient.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(clientRegion)
			.credentialsProvider(credentials);
		DynamoDbAsyncClientBuilder leases = DynamoDbAsyncClient.builder()
			.httpClientBuilder(NettyNioAsyncHttpClient.builder())
			.region(clientRegion)
			.credentialsProvider(credentials);
		CloudWatchAsyncClientBuilder cloudWatch = CloudWatchAsyncClient.builder()
			.httpClientBuilder(NettyNioAsyncHttpClient.builder())
			.region(clientRegion)
			.credentialsProvider(credentials);
		if (endpoint != null) {
			streams.endpointOverride(endpoint);
			dynamoDb.endpointOverride(endpoint);
			leases.endpointOverride(endpoint);
			cloudWatch.endpointOverride(endpoint);
		}
		return new KclClients(clientRegion, streams.build(), dynamoDb.build(), leases.build(), cloudWatch.build());
	}

	/**
	 * Return the region of the clients.
	 * @return the region
	 */
	public Region region() {
		return this.region;
	}

	/**
	 * Return the DynamoDB Streams client that reads the records.
	 * @return the client
	 */
	public DynamoDbStreamsClient streams() {
		return this.streams;
	}

	/**
	 * Return the DynamoDB client that finds the tables' streams.
	 * @return the client
	 */
	public DynamoDbClient dynamoDb() {
		return this.dynamoDb;
	}

	/**
	 * Return the DynamoDB client of KCL's lease, coordinator and worker metrics tables.
	 * @return the client
	 */
	public DynamoDbAsyncClient leases() {
		return this.leases;
	}

	/**
	 * Return the CloudWatch client of KCL's metrics.
	 * @return the client
	 */
	public CloudWatchAsyncClient cloudWatch() {
		return this.cloudWatch;
	}

	@Override
	public void close() {
		this.streams.close();
		this.dynamoDb.close();
		this.leases.close();
		this.cloudWatch.close();
	}

}
