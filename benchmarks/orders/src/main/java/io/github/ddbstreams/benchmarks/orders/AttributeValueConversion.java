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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The conversion a developer writes by hand, without the starter: attribute values of
 * aws-lambda-java-events to AWS SDK v2 attribute values.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class AttributeValueConversion {

	private AttributeValueConversion() {
	}

	/**
	 * Convert the attributes of an image or of the keys of a record.
	 * @param attributes the attributes as aws-lambda-java-events decodes them
	 * @return the same attributes as SDK v2 values
	 */
	public static Map<String, AttributeValue> toSdk(
			Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> attributes) {
		Map<String, AttributeValue> converted = new HashMap<>();
		attributes.forEach((name, value) -> converted.put(name, toSdk(value)));
		return converted;
	}

	private static AttributeValue toSdk(
			com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
		if (value.getS() != null) {
			return AttributeValue.fromS(value.getS());
		}
		if (value.getN() != null) {
			return AttributeValue.fromN(value.getN());
		}
		if (value.getB() != null) {
			return AttributeValue.fromB(SdkBytes.fromByteBuffer(value.getB()));
		}
		if (value.getBOOL() != null) {
			return AttributeValue.fromBool(value.getBOOL());
		}
		if (value.getSS() != null) {
			return AttributeValue.fromSs(value.getSS());
		}
		if (value.getNS() != null) {
			return AttributeValue.fromNs(value.getNS());
		}
		if (value.getBS() != null) {
			return AttributeValue.fromBs(value.getBS().stream().map(SdkBytes::fromByteBuffer).toList());
		}
		if (value.getM() != null) {
			return AttributeValue.fromM(toSdk(value.getM()));
		}
		if (value.getL() != null) {
			List<AttributeValue> list = new ArrayList<>();
			value.getL().forEach((item) -> list.add(toSdk(item)));
			return AttributeValue.fromL(list);
		}
		return AttributeValue.fromNul(true);
	}

}
