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

package io.github.ddbstreams.benchmarks;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;

/**
 * The contender built with the starter: a listener bean running the same
 * {@link OrderAudit} logic as the baselines, behind Spring Cloud Function's Lambda
 * handler.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterBenchmarkApplication {

	/**
	 * The audit the listeners feed, read by the benchmark.
	 */
	public static final OrderAudit audit = new OrderAudit();

	public static void main(String[] args) {
		SpringApplication.run(StarterBenchmarkApplication.class, args);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "bench.typed", havingValue = false, matchIfMissing = true)
	@DynamoStreamListener(tables = "orders", events = DynamoEventName.MODIFY, images = RequiredImages.NEW)
	DynamoRecordListener untypedOrderListener() {
		return (record) -> audit.untyped(record.keys(), record.newImage());
	}

	@Bean
	@ConditionalOnBooleanProperty("bench.typed")
	@DynamoStreamListener(tables = "orders", events = DynamoEventName.MODIFY, images = RequiredImages.NEW)
	DynamoRecordListener typedOrderListener() {
		return (record) -> audit.typed(record.newImage(Order.class));
	}

}
