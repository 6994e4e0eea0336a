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

package io.github.ddbstreams.starter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.listener.DynamoRecordListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the starter's classpath, which is what a Lambda function gets, has no web
 * server, netty or the local stream loop, and that the Lambda handler path works on it.
 */
class StarterClasspathTests {

	static final List<String> received = new ArrayList<>();

	@AfterEach
	void clear() {
		System.clearProperty("MAIN_CLASS");
		received.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
			"org.springframework.web.reactive.DispatcherHandler", "reactor.netty.http.server.HttpServer",
			"io.netty.channel.Channel", "org.apache.catalina.startup.Tomcat", "org.eclipse.jetty.server.Server",
			"software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient",
			"software.amazon.awssdk.http.apache.ApacheHttpClient",
			"org.springframework.boot.restclient.RestTemplateBuilder",
			"org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder",
			"org.springframework.boot.http.converter.autoconfigure.HttpMessageConverters",
			"io.github.ddbstreams.local.LocalStreamPoller" })
	void bringsNothingALambdaNeverUses(String className) {
		assertThat(ClassUtils.isPresent(className, null)).as(className).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.springframework.cloud.function.adapter.aws.FunctionInvoker",
			"com.amazonaws.services.lambda.runtime.events.DynamodbEvent",
			"com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers",
			"software.amazon.awssdk.enhanced.dynamodb.TableSchema",
			"software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient",
			"io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration" })
	void bringsWhatTheHandlerNeeds(String className) {
		assertThat(ClassUtils.isPresent(className, null)).as(className).isTrue();
	}

	@Test
	void handlesAStreamEventThroughTheLambdaHandler() throws Exception {
		System.setProperty("MAIN_CLASS", MinimalApplication.class.getName());
		FunctionInvoker handler = new FunctionInvoker();
		String event = """
				{"Records":[{"eventID":"1","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",
				"awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1763726400,
				"Keys":{"id":{"S":"id-1"}},"NewImage":{"id":{"S":"id-1"}},"SequenceNumber":"111",
				"SizeBytes":20,"StreamViewType":"NEW_AND_OLD_IMAGES"},
				"eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-11-21T00:00:00.000"}]}
				""";
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), response, null);
		assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("{\"batchItemFailures\":[]}");
		assertThat(received).containsExactly("orders:111");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class MinimalApplication {

		@Bean
		DynamoRecordListener recordingListener() {
			return (record) -> received.add(record.tableName() + ":" + record.sequenceNumber());
		}

	}

}
