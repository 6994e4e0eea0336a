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
 * Declares which records a {@link DynamoRecordListener} bean wants, in a form the
 * dispatcher and the SAM template generator read without invoking the listener.
 * <p>
 * Put it on the listener class, or on the {@code @Bean} method that creates the listener.
 * Every attribute left empty means "all": a listener without tables receives records of
 * every table, one without events receives inserts, modifications and removals.
 *
 * <pre class="code">
 * &#064;Component
 * &#064;DynamoStreamListener(tables = "test-table", events = { INSERT, MODIFY }, images = RequiredImages.NEW)
 * class ClerkListener implements DynamoRecordListener {
 *
 *     public void onRecord(DynamoRecord record) {
 *         Customer customer = record.newImage(Customer.class);
 *     }
 *
 * }
 * </pre>
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
	 * must carry. The SAM template generator refuses a table whose stream lacks them.
	 * @return the images the listener reads
	 */
	RequiredImages images() default RequiredImages.NEW_AND_OLD;

	/**
	 * Item types the listener maps keys or images to
	 * ({@code record.newImage(Order.class)} and the like). Optional: mapping works
	 * without it. Declared, their table schemas are built and exercised when the function
	 * is primed (for example before a SnapStart snapshot), so the first record after a
	 * start or restore does not pay for introspecting them.
	 * @return the item types, empty when not declared
	 */
	Class<?>[] itemTypes() default {};

}
