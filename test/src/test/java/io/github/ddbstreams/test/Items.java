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

package io.github.ddbstreams.test;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * Item types of the tests, one of each kind the Enhanced Client maps.
 */
final class Items {

	private Items() {
	}

	/**
	 * A {@code @DynamoDbBean} with a partition and a sort key.
	 */
	@DynamoDbBean
	public static class OrderLine {

		private @Nullable String orderId;

		private @Nullable Integer line;

		private @Nullable String product;

		private @Nullable BigDecimal price;

		static OrderLine of(String orderId, int line, @Nullable String product, @Nullable BigDecimal price) {
			OrderLine orderLine = new OrderLine();
			orderLine.setOrderId(orderId);
			orderLine.setLine(line);
			orderLine.setProduct(product);
			orderLine.setPrice(price);
			return orderLine;
		}

		@DynamoDbPartitionKey
		public @Nullable String getOrderId() {
			return this.orderId;
		}

		public void setOrderId(@Nullable String orderId) {
			this.orderId = orderId;
		}

		@DynamoDbSortKey
		public @Nullable Integer getLine() {
			return this.line;
		}

		public void setLine(@Nullable Integer line) {
			this.line = line;
		}

		public @Nullable String getProduct() {
			return this.product;
		}

		public void setProduct(@Nullable String product) {
			this.product = product;
		}

		public @Nullable BigDecimal getPrice() {
			return this.price;
		}

		public void setPrice(@Nullable BigDecimal price) {
			this.price = price;
		}

	}

	/**
	 * A {@code @DynamoDbImmutable} with a partition key.
	 */
	@DynamoDbImmutable(builder = ImmutableCustomer.Builder.class)
	public static final class ImmutableCustomer {

		private final @Nullable String id;

		private final @Nullable String name;

		private ImmutableCustomer(Builder builder) {
			this.id = builder.id;
			this.name = builder.name;
		}

		static ImmutableCustomer of(String id, String name) {
			return builder().id(id).name(name).build();
		}

		@DynamoDbPartitionKey
		public @Nullable String id() {
			return this.id;
		}

		public @Nullable String name() {
			return this.name;
		}

		public static Builder builder() {
			return new Builder();
		}

		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			public ImmutableCustomer build() {
				return new ImmutableCustomer(this);
			}

		}

	}

	/**
	 * A Java record, whose table schema has no key attributes.
	 *
	 * @param id the partition key
	 * @param name the name
	 * @param tags the tags
	 */
	public record Customer(String id, @DynamoDbAttribute("Name") @Nullable String name, @Nullable Set<String> tags) {

	}

}
