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

/**
 * Where the keys or an image of a stream record are in the bytes of its event, for
 * {@link AttributeValueReader} to read them when they are first needed.
 *
 * @param start the offset of the object's opening brace
 * @param end the offset after its closing brace
 * @param size the number of attributes
 * @author DynamoDB Streams for Spring Boot contributors
 */
record AttributeRange(int start, int end, int size) {

	boolean isEmpty() {
		return this.size == 0;
	}

}
