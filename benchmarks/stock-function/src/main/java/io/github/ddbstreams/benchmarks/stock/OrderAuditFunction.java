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

package io.github.ddbstreams.benchmarks.stock;

import java.util.List;
import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.github.ddbstreams.benchmarks.orders.Order;
import io.github.ddbstreams.benchmarks.orders.OrderAudit;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * The function a Spring Cloud Function user writes by hand: converts keys and new image
 * of each record to SDK v2 values, calls the same {@link OrderAudit} logic, and answers
 * with an empty partial batch response.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public class OrderAuditFunction implements Function<DynamodbEvent, StreamsEventResponse> {

	private final OrderAudit audit = new OrderAudit();

	private final @Nullable TableSchema<Order> schema;

	/**
	 * Create the function.
	 * @param typed whether the listener logic maps the new image to an {@link Order}
	 */
	public OrderAuditFunction(boolean typed) {
		this.schema = typed ? TableSchema.fromBean(Order.class) : null;
	}

	@Override
	public StreamsEventResponse apply(DynamodbEvent event) {
		for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
			this.audit.handWritten(record, this.schema);
		}
		return StreamsEventResponse.builder().withBatchItemFailures(List.of()).build();
	}

	/**
	 * Return the audit the function feeds.
	 * @return the audit
	 */
	public OrderAudit audit() {
		return this.audit;
	}

}
