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

package io.github.ddbstreams.endpoint;

import java.util.List;
import java.util.Set;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.RequiredImages;

/**
 * A listener method as its signature declares it: the endpoint that calls it, and what it
 * needs of the stream, derived from its parameters and its
 * {@link io.github.ddbstreams.listener.DynamoStreamListener @DynamoStreamListener}.
 *
 * @param endpoint the endpoint that calls the method
 * @param events the event names it receives: those declared, or else those whose records
 * carry every image its plain (not {@code Optional}) parameters need
 * @param images the images its tables' streams must carry
 * @param itemTypes the item types its parameters are mapped to, and those declared
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record ListenerMethod(ListenerEndpoint endpoint, Set<DynamoEventName> events, RequiredImages images,
		List<Class<?>> itemTypes) {

}
