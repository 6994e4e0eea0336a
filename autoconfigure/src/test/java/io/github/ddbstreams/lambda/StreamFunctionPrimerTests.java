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

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.endpoint.ListenerMethod;
import io.github.ddbstreams.endpoint.ListenerMethodInspector;
import io.github.ddbstreams.lambda.StreamFunctionPrimer.Priming;
import io.github.ddbstreams.listener.DefaultTableSchemaResolver;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the item types that {@link StreamFunctionPrimer} warms: those of listener
 * method parameters, without calling the methods, and those that listener beans map while
 * priming calls them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
class StreamFunctionPrimerTests {

	private static final TableNamespace NAMESPACE = new TableNamespace("demo-dev", "_");

	@Test
	void warmsTheItemTypeOfAListenerMethodParameterWithoutCallingTheMethod() {
		TableSchemaResolver schemas = new DefaultTableSchemaResolver();
		OrderMethod bean = new OrderMethod();
		Method method = ReflectionUtils.findMethod(OrderMethod.class, "onOrder", Order.class);
		List<String> problems = new ArrayList<>();
		ListenerMethod listenerMethod = new ListenerMethodInspector(schemas).inspect("orderMethod", bean, method,
				MergedAnnotations.from(method).get(DynamoStreamListener.class), problems);
		assertThat(problems).isEmpty();
		StreamSubscriptions subscriptions = new StreamSubscriptions(
				List.of(new StreamSubscription("orderMethod", listenerMethod.endpoint(), List.of("orders"),
						listenerMethod.events(), listenerMethod.images(), listenerMethod.itemTypes())));
		Priming priming = primer(subscriptions, schemas, false).prime();
		assertThat(priming.problems()).isEmpty();
		assertThat(priming.itemTypes()).containsExactly(Order.class);
		assertThat(priming.records()).isGreaterThanOrEqualTo(StreamFunctionPrimer.RECORDS_PER_EVENT);
		assertThat(bean.calls).isZero();
	}

	@Test
	void warmsTheTypesThatAListenerBeanMapsWhenPrimingCallsIt() {
		TableSchemaResolver schemas = new DefaultTableSchemaResolver();
		List<Order> mapped = new ArrayList<>();
		DynamoRecordListener listener = (record) -> {
			Order order = record.item(Order.class);
			if (order != null) {
				mapped.add(order);
			}
		};
		StreamSubscriptions subscriptions = new StreamSubscriptions(
				List.of(StreamSubscription.of("orders", listener, null, List.of())));
		Priming priming = primer(subscriptions, schemas, true).prime();
		assertThat(priming.problems()).isEmpty();
		assertThat(priming.itemTypes()).containsExactly(Order.class);
		assertThat(mapped).anySatisfy((order) -> assertThat(order.total()).isNotNull());
	}

	private static StreamFunctionPrimer primer(StreamSubscriptions subscriptions, TableSchemaResolver schemas,
			boolean callListeners) {
		StreamRecordDispatcher dispatcher = new StreamRecordDispatcher(new StreamRoutes(subscriptions, NAMESPACE),
				List.of(), null);
		DynamoStreamsFunction function = new DynamoStreamsFunction(new StreamEventDecoder(NAMESPACE, schemas),
				dispatcher, true);
		return new StreamFunctionPrimer(StreamFunctionPrimer.EventPath.to(function), subscriptions, NAMESPACE, schemas,
				List.of(), callListeners ? dispatcher : null, 3);
	}

	/**
	 * An item.
	 *
	 * @param id the key
	 * @param total the total
	 */
	public record Order(String id, BigDecimal total) {

	}

	static class OrderMethod {

		int calls;

		@DynamoStreamListener("orders")
		void onOrder(Order order) {
			this.calls++;
		}

	}

}
