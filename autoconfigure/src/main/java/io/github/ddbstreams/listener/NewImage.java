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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a parameter of a {@link DynamoStreamListener} method to the item as it appears
 * after the change: the {@code NewImage} of the record.
 * <p>
 * The parameter is a type the {@link TableSchemaResolver} maps (a record,
 * {@code @DynamoDbBean} or {@code @DynamoDbImmutable} class), or
 * {@code Map<String, AttributeValue>} for the attribute values themselves; of a batch
 * listener, a {@code List} of either. Declare it {@code Optional<T>} when a record may
 * lack the new image; a plain {@code T} fails a record without it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NewImage {

}
