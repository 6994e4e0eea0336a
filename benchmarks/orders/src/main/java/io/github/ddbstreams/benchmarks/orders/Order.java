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

package io.github.ddbstreams.benchmarks.orders;

import java.math.BigDecimal;
import java.util.Set;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * An item of the orders table, mapped with the Enhanced Client's bean table schema.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@DynamoDbBean
public class Order {

	private String id;

	private String customerId;

	private String status;

	private BigDecimal total;

	private int quantity;

	private boolean express;

	private Set<String> tags;

	@DynamoDbPartitionKey
	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(String customerId) {
		this.customerId = customerId;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public void setTotal(BigDecimal total) {
		this.total = total;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public void setQuantity(int quantity) {
		this.quantity = quantity;
	}

	public boolean isExpress() {
		return this.express;
	}

	public void setExpress(boolean express) {
		this.express = express;
	}

	public Set<String> getTags() {
		return this.tags;
	}

	public void setTags(Set<String> tags) {
		this.tags = tags;
	}

}
