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

package io.github.ddbstreams.mapping;

import java.util.List;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Listeners that name {@code test-table} of namespace {@code demo-dev} in each way a
 * {@link DynamoStreamListener} can (logical name, stream ARN, table ARN), and one that
 * names no table, subscribed in that order: the fixture of the tests of subscriptions and
 * of routes.
 */
public final class DeclaredListeners {

	/**
	 * The stream ARN of {@code demo-dev_test-table}, which {@link #byStreamArn()} names.
	 */
	public static final String TEST_TABLE_STREAM = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-11-01T00:00:00.000";

	/**
	 * The table ARN of {@code demo-dev_test-table}, which {@link #byTableArn()} names.
	 */
	public static final String TEST_TABLE_ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table";

	private final DynamoRecordListener all = (record) -> {
	};

	private final DynamoRecordListener insertsOfTestTable = new InsertsOfTestTable();

	private final DynamoRecordListener byStreamArn = new ByStreamArn();

	private final DynamoRecordListener byTableArn = new ByTableArn();

	/**
	 * Return the listener of every table and event.
	 * @return the listener
	 */
	public DynamoRecordListener all() {
		return this.all;
	}

	/**
	 * Return the listener of the {@code INSERT}s of {@code test-table}, which reads new
	 * images.
	 * @return the listener
	 */
	public DynamoRecordListener insertsOfTestTable() {
		return this.insertsOfTestTable;
	}

	/**
	 * Return the listener of {@link #TEST_TABLE_STREAM}.
	 * @return the listener
	 */
	public DynamoRecordListener byStreamArn() {
		return this.byStreamArn;
	}

	/**
	 * Return the listener of the {@code MODIFY}s and {@code INSERT}s of
	 * {@link #TEST_TABLE_ARN}.
	 * @return the listener
	 */
	public DynamoRecordListener byTableArn() {
		return this.byTableArn;
	}

	/**
	 * Return the subscriptions of the listeners, in the order {@code insertsOfTestTable},
	 * {@code all}, {@code byStreamArn}, {@code byTableArn}.
	 * @return the subscriptions
	 */
	public StreamSubscriptions subscriptions() {
		return new StreamSubscriptions(
				List.of(subscription("insertsOfTestTable", this.insertsOfTestTable), subscription("all", this.all),
						subscription("byStreamArn", this.byStreamArn), subscription("byTableArn", this.byTableArn)));
	}

	/**
	 * Return the subscription of a listener bean, as its {@link DynamoStreamListener}
	 * declares it.
	 * @param name the bean name
	 * @param listener the listener
	 * @return the subscription
	 */
	public static StreamSubscription subscription(String name, DynamoRecordListener listener) {
		DynamoStreamListener declaration = AnnotatedElementUtils.findMergedAnnotation(listener.getClass(),
				DynamoStreamListener.class);
		List<String> tables = (declaration != null) ? List.of(declaration.tables()) : List.of();
		return StreamSubscription.of(name, listener, declaration, tables);
	}

	@DynamoStreamListener(tables = "test-table", events = DynamoEventName.INSERT, images = RequiredImages.NEW)
	static class InsertsOfTestTable implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

	@DynamoStreamListener(TEST_TABLE_STREAM)
	static class ByStreamArn implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

	@DynamoStreamListener(tables = TEST_TABLE_ARN, events = { DynamoEventName.MODIFY, DynamoEventName.INSERT })
	static class ByTableArn implements DynamoRecordListener {

		@Override
		public void onRecord(DynamoRecord record) {
		}

	}

}
