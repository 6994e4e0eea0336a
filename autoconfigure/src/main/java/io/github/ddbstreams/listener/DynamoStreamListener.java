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

import org.springframework.core.annotation.AliasFor;

/**
 * Marks a method of a Spring bean as a listener of DynamoDB stream records, or declares
 * which records a {@link DynamoRecordListener} or {@link DynamoBatchListener} bean wants,
 * in a form the dispatcher, the SAM template generator, priming and the local loop read
 * without invoking the listener.
 * <p>
 * On a method, the parameters say what the method receives, in any order: an item type
 * without annotation (a record, {@code @DynamoDbBean} or {@code @DynamoDbImmutable}
 * class, or a class with a {@code TableSchema} bean), which gets the item as of the
 * change (the new image of an insertion or modification, the old image of a removal);
 * {@link NewImage @NewImage}, {@link OldImage @OldImage} or {@link Keys @Keys} item types
 * or {@code Map<String, AttributeValue>}; {@code Optional} of those when a record may
 * lack the image; {@link DynamoRecord}, {@link DynamoEventName} and the Lambda
 * {@code Context}. A method with one {@code List} parameter (of {@code DynamoRecord} or
 * of one of the item forms, and optionally the Lambda {@code Context}) is a batch
 * listener: it gets the records of each invocation it wants at once, in stream order, and
 * fails part of them with a {@link BatchListenerFailedException}. The signature decides
 * the item types that priming warms, the images the streams must carry, and, unless
 * {@link #events()} names them, the event names whose records carry every image a plain
 * parameter needs ({@code @NewImage Order} receives inserts and modifications).
 *
 * <pre class="code">
 * &#064;Component
 * class Clerk {
 *
 *     &#064;DynamoStreamListener("test-table")
 *     void onCustomer(Customer customer, DynamoEventName eventName) {
 *         ...
 *     }
 *
 * }
 * </pre>
 * <p>
 * Every attribute left empty means "all": a listener without tables receives records of
 * every table, one without events receives every event its parameters allow.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DynamoStreamListener {

	/**
	 * Alias for {@link #tables()}.
	 * @return the tables
	 */
	@AliasFor("tables")
	String[] value() default {};

	/**
	 * Tables whose records the listener wants: logical names, which get the configured
	 * {@code dynamodb.streams.table-namespace}, or full ARNs of a table or of one of its
	 * streams. Placeholders (<code>${...}</code>) are resolved against the environment.
	 * @return the tables, empty for every table
	 */
	@AliasFor("value")
	String[] tables() default {};

	/**
	 * Event names the listener wants.
	 * @return the event names, empty for all three
	 */
	DynamoEventName[] events() default {};

	/**
	 * Item images the listener reads, which the stream view type of each of its tables
	 * must carry. The SAM template generator refuses a table whose stream lacks them, and
	 * the local loop names the fix. On a method, the parameters already declare the
	 * images they read: set it only for what a {@code DynamoRecord} parameter reads (both
	 * images unless set), or to add to what the parameters need.
	 * @return the images the listener reads
	 */
	RequiredImages images() default RequiredImages.NEW_AND_OLD;

	/**
	 * Item types a listener bean maps keys or images to
	 * ({@code record.newImage(Order.class)} and the like). Optional: mapping works
	 * without it. Declared, their table schemas are built and exercised when the function
	 * is primed (for example before a SnapStart snapshot), so the first record after a
	 * start or restore does not pay for introspecting them. A listener method needs none:
	 * its parameters declare its item types.
	 * @return the item types, empty when not declared
	 */
	Class<?>[] itemTypes() default {};

}
