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

package io.github.ddbstreams.listener;

/**
 * Thrown when an attribute value of a stream record carries none of the ten DynamoDB
 * types, which no real stream sends. The dispatcher turns it into a failure of the whole
 * invocation.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class UntypedAttributeException extends IllegalArgumentException {

	private final String attributeName;

	/**
	 * Create a new instance.
	 * @param attributeName the top-level attribute of the key or image whose value is, or
	 * holds, a value of no DynamoDB type; never the names of nested map keys, which are
	 * item data
	 */
	public UntypedAttributeException(String attributeName) {
		super("Attribute '" + LogText.escape(attributeName)
				+ "' has no value of a known DynamoDB type (S, N, B, SS, NS, BS, M, L, NULL, BOOL)");
		this.attributeName = attributeName;
	}

	/**
	 * Return the top-level attribute whose value is, or holds, a value of no DynamoDB
	 * type.
	 * @return the attribute name
	 */
	public String getAttributeName() {
		return this.attributeName;
	}

}
