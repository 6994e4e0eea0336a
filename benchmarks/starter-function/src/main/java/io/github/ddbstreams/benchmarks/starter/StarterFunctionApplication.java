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

package io.github.ddbstreams.benchmarks.starter;

import io.github.ddbstreams.benchmarks.orders.Order;
import io.github.ddbstreams.benchmarks.orders.OrderAudit;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The contender built with the starter: a listener running the same {@link OrderAudit}
 * logic as the baselines, behind the starter's Lambda handler. {@code bench.listener}
 * chooses its shape: {@code bean} (the default), a {@code DynamoRecordListener} bean that
 * declares its item type and maps the new image; {@code method}, a listener method that
 * takes the item, with nothing else declared; {@code presence}, a bean that tests for the
 * new image untyped before it maps it, as users write it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@SpringBootApplication
public class StarterFunctionApplication {

	public static void main(String[] args) {
		SpringApplication.run(StarterFunctionApplication.class, args);
	}

	@Bean
	OrderAudit orderAudit() {
		return new OrderAudit();
	}

	@Bean
	@ConditionalOnProperty(name = "bench.listener", havingValue = "bean", matchIfMissing = true)
	@DynamoStreamListener(tables = "orders", events = DynamoEventName.MODIFY, images = RequiredImages.NEW,
			itemTypes = Order.class)
	DynamoRecordListener orderAuditListener(OrderAudit audit, @Value("${bench.typed:true}") boolean typed) {
		if (typed) {
			return (record) -> audit.typed(record.newImage(Order.class));
		}
		return (record) -> audit.untyped(record.keys(), record.newImage());
	}

	@Bean
	@ConditionalOnProperty(name = "bench.listener", havingValue = "presence")
	@DynamoStreamListener(tables = "orders")
	DynamoRecordListener orderAuditPresenceListener(OrderAudit audit) {
		return (record) -> audit
			.typed((record.newImage() != null) ? record.newImage(Order.class) : record.oldImage(Order.class));
	}

	@Bean
	@ConditionalOnProperty(name = "bench.listener", havingValue = "method")
	OrderAuditMethod orderAuditMethod(OrderAudit audit) {
		return new OrderAuditMethod(audit);
	}

	/**
	 * The listener method of the {@code method} shape.
	 */
	static class OrderAuditMethod {

		private final OrderAudit audit;

		OrderAuditMethod(OrderAudit audit) {
			this.audit = audit;
		}

		@DynamoStreamListener("orders")
		void onOrder(Order order) {
			this.audit.typed(order);
		}

	}

}
