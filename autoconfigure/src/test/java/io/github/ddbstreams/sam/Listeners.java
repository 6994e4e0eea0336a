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

package io.github.ddbstreams.sam;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import io.github.ddbstreams.listener.RequiredImages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Listener declarations that the SAM template tests generate templates for.
 */
final class Listeners {

	private Listeners() {
	}

	private static DynamoRecordListener listener() {
		return new Listener();
	}

	/**
	 * A listener that does nothing; a new instance for each bean.
	 */
	static final class Listener implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

	/**
	 * The listeners of the sample: one logs every change of test-table, one maps the new
	 * image of inserts and modifications.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Clerk {

		@Bean
		@DynamoStreamListener(tables = "test-table", images = RequiredImages.NEW)
		DynamoRecordListener clerkListener() {
			return listener();
		}

		@Bean
		@DynamoStreamListener(tables = "test-table", events = { DynamoEventName.INSERT, DynamoEventName.MODIFY },
				images = RequiredImages.NEW)
		DynamoRecordListener customerListener() {
			return listener();
		}

	}

	/**
	 * Two listeners of orders, one for inserts, one for modifications.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OrderChanges {

		@Bean
		@DynamoStreamListener(tables = "orders", events = DynamoEventName.INSERT, images = RequiredImages.NEW)
		DynamoRecordListener orderInserts() {
			return listener();
		}

		@Bean
		@DynamoStreamListener(tables = "orders", events = DynamoEventName.MODIFY)
		DynamoRecordListener orderModifications() {
			return listener();
		}

	}

	/**
	 * Listeners of several tables, one named by the ARN of its stream.
	 */
	@Configuration(proxyBeanMethods = false)
	static class SeveralTables {

		static final String AUDIT_STREAM = "arn:aws:dynamodb:eu-west-1:123456789012:table/audit/stream/2026-01-01T00:00:00.000";

		@Bean
		@DynamoStreamListener(tables = { "orders", "customers" }, events = DynamoEventName.REMOVE,
				images = RequiredImages.OLD)
		DynamoRecordListener removals() {
			return listener();
		}

		@Bean
		@DynamoStreamListener(tables = "customers", images = RequiredImages.NONE)
		DynamoRecordListener customerKeys() {
			return listener();
		}

		@Bean
		@DynamoStreamListener(tables = AUDIT_STREAM, events = DynamoEventName.INSERT)
		DynamoRecordListener audit() {
			return listener();
		}

	}

	/**
	 * A listener of every table, that names none.
	 */
	@Configuration(proxyBeanMethods = false)
	static class EveryTable {

		@Bean
		DynamoRecordListener everything() {
			return listener();
		}

	}

	/**
	 * Listeners of orders, and a listener of every table.
	 */
	@Configuration(proxyBeanMethods = false)
	@Import({ OrderChanges.class, EveryTable.class })
	static class OrderChangesAndEveryTable {

	}

	/**
	 * A listener that reads keys only.
	 */
	@Configuration(proxyBeanMethods = false)
	static class KeysOnly {

		@Bean
		@DynamoStreamListener(tables = "keys-only", images = RequiredImages.NONE)
		DynamoRecordListener keys() {
			return listener();
		}

	}

	/**
	 * A window listener that counts the inserts of orders, and a listener of every change
	 * of customers.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OrderInsertCounts {

		@Bean
		@DynamoStreamListener(tables = "orders", events = DynamoEventName.INSERT)
		DynamoWindowListener<Integer> orderInsertCounts() {
			return new DynamoWindowListener<>() {

				@Override
				public Integer initialState() {
					return 0;
				}

				@Override
				public Integer onRecord(Integer state, DynamoRecord record, DynamoWindow window) {
					return state + 1;
				}

			};
		}

		@Bean
		@DynamoStreamListener(tables = "customers")
		DynamoRecordListener customerChanges() {
			return listener();
		}

	}

}
