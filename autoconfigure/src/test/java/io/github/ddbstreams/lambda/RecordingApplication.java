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

package io.github.ddbstreams.lambda;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordErrorHandler;
import io.github.ddbstreams.listener.DynamoRecordInterceptor;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.function.json.JacksonMapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * A Lambda application whose listeners record what reaches them, started by
 * {@code FunctionInvoker} as on Lambda.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RecordingApplication implements ApplicationContextAware {

	static final List<Seen> seen = new ArrayList<>();

	static volatile @Nullable ConfigurableApplicationContext context;

	static final AtomicInteger jsonReads = new AtomicInteger();

	static final AtomicInteger jsonWrites = new AtomicInteger();

	static final AtomicInteger decodedEvents = new AtomicInteger();

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) {
		context = (ConfigurableApplicationContext) applicationContext;
	}

	@Bean
	@Order(2)
	DynamoRecordListener everything(@Value("${test.fail-on:}") String failOn,
			@Value("${test.require-attribute:}") String requiredAttribute,
			@Value("${test.fail-with:exception}") String failWith, @Value("${test.map-to:}") String mapTo) {
		List<String> failing = Arrays.asList(failOn.split(","));
		return (record) -> {
			record("everything", record, null);
			if (failing.contains(record.sequenceNumber()) && failWith.equals("error")) {
				throw new StackOverflowError();
			}
			if (failing.contains(record.sequenceNumber())) {
				throw new IllegalStateException("Listener failed on record " + record.sequenceNumber());
			}
			if (mapTo.equals("aged")) {
				record.newImage(Aged.class);
			}
			if (!requiredAttribute.isEmpty() && !record.newImage().containsKey(requiredAttribute)) {
				throw new IllegalArgumentException("NewImage has no " + requiredAttribute);
			}
		};
	}

	@Bean
	@Order(1)
	@DynamoStreamListener(tables = "test-table", events = DynamoEventName.INSERT, images = RequiredImages.NEW,
			itemTypes = Customer.class)
	DynamoRecordListener testTableInserts() {
		return (record) -> record("testTableInserts", record, record.newImage(Customer.class));
	}

	@Bean
	@ConditionalOnBooleanProperty("test.recover")
	DynamoRecordErrorHandler recoveringErrorHandler() {
		return (record, exception) -> record("errorHandler", record, exception.getMessage());
	}

	@Bean
	@ConditionalOnProperty("test.interceptor-fails-on")
	DynamoRecordInterceptor failingInterceptor(@Value("${test.interceptor-fails-on}") String failOn) {
		return new DynamoRecordInterceptor() {

			@Override
			public void afterRecord(DynamoRecord record, @Nullable Exception failure) {
				if (record.sequenceNumber().equals(failOn)) {
					throw new IllegalStateException("Interceptor failed on record " + record.sequenceNumber());
				}
			}

		};
	}

	@Bean
	@ConditionalOnBooleanProperty("test.error-handler-rethrows")
	DynamoRecordErrorHandler rethrowingErrorHandler() {
		return (record, exception) -> {
			throw new IllegalStateException("Error handler gave up on record " + record.sequenceNumber(), exception);
		};
	}

	@Bean
	@ConditionalOnBooleanProperty("test.counting-json-mapper")
	JsonMapper countingJsonMapper() {
		jsonReads.set(0);
		jsonWrites.set(0);
		return new JacksonMapper(new ObjectMapper()) {

			@Override
			protected <T> T doFromJson(Object json, Type type) {
				jsonReads.incrementAndGet();
				return super.doFromJson(json, type);
			}

			@Override
			public byte[] toJson(Object value) {
				jsonWrites.incrementAndGet();
				return super.toJson(value);
			}

		};
	}

	@Bean
	@ConditionalOnBooleanProperty("test.counting-decoder")
	StreamEventDecoder countingDecoder() {
		decodedEvents.set(0);
		return new StreamEventDecoder(TableNamespace.NONE, new DefaultTableSchemaResolver()) {

			@Override
			public List<DynamoRecord> decode(byte[] json) {
				decodedEvents.incrementAndGet();
				return super.decode(json);
			}

		};
	}

	@Bean
	@ConditionalOnBooleanProperty("test.extra-function")
	Function<String, String> uppercase() {
		return String::toUpperCase;
	}

	private static void record(String listener, DynamoRecord record, @Nullable Object mapped) {
		synchronized (seen) {
			seen.add(new Seen(listener, record.eventName(), record.tableName(), record.sequenceNumber(), record.keys(),
					record.newImage(), record.oldImage(), record.isTimeToLiveDelete(), mapped));
		}
	}

	/**
	 * What a listener received.
	 */
	record Seen(String listener, DynamoEventName eventName, @Nullable String table, String sequenceNumber,
			Map<String, AttributeValue> keys, @Nullable Map<String, AttributeValue> newImage,
			@Nullable Map<String, AttributeValue> oldImage, boolean timeToLiveDelete, @Nullable Object mapped) {
	}

	/**
	 * The item of the test table.
	 */
	public record Customer(String id, String name) {
	}

	/**
	 * An item with a number.
	 */
	public record Aged(String id, int age) {
	}

}
