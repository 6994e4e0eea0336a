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

import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The listener logic every contender runs for each record: reads the key and the new
 * image, untyped or mapped to an {@link Order}, and folds what it read into a checksum so
 * that nothing is optimized away. Each contender maps the image in its own way (the
 * starter with its {@code TableSchemaResolver}, the others with a {@code TableSchema}
 * they build once).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class OrderAudit {

	private long checksum;

	private int records;

	/**
	 * Audit a record from its attribute values.
	 * @param keys the key attributes
	 * @param newImage the new image
	 */
	public void untyped(Map<String, AttributeValue> keys, Map<String, AttributeValue> newImage) {
		this.checksum += keys.get("id").s().length() + newImage.get("status").s().length()
				+ newImage.get("total").n().length() + newImage.size();
		this.records++;
	}

	/**
	 * Audit a record from its new image mapped to an order.
	 * @param order the new image as an order
	 */
	public void typed(Order order) {
		this.checksum += order.getId().length() + order.getStatus().length() + order.getTotal().scale()
				+ order.getQuantity();
		this.records++;
	}

	/**
	 * Audit a record of a decoded event as code written by hand does: convert the new
	 * image (and, untyped, the keys) with {@link AttributeValueConversion}, then map the
	 * image to an order when a schema is given.
	 * @param record the record of the event
	 * @param schema the table schema of {@link Order}, or {@code null} to audit untyped
	 */
	public void handWritten(DynamodbEvent.DynamodbStreamRecord record, @Nullable TableSchema<Order> schema) {
		Map<String, AttributeValue> newImage = AttributeValueConversion.toSdk(record.getDynamodb().getNewImage());
		if (schema != null) {
			typed(schema.mapToItem(newImage));
		}
		else {
			untyped(AttributeValueConversion.toSdk(record.getDynamodb().getKeys()), newImage);
		}
	}

	/**
	 * Return the checksum of everything audited.
	 * @return the checksum
	 */
	public long checksum() {
		return this.checksum;
	}

	/**
	 * Return the number of records audited.
	 * @return the count
	 */
	public int records() {
		return this.records;
	}

}
