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

package io.github.ddbstreams.dispatch;

import java.util.List;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;

import static io.github.ddbstreams.listener.DynamoEventName.INSERT;
import static io.github.ddbstreams.listener.DynamoEventName.MODIFY;
import static io.github.ddbstreams.listener.DynamoEventName.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamRoutes}.
 */
class StreamRoutesTests {

	private static final String TEST_TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-11-01T00:00:00.000";

	private static final String OTHER_TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_other/stream/2026-11-01T00:00:00.000";

	private final DynamoRecordListener all = (record) -> {
	};

	private final DynamoRecordListener insertsOfTestTable = new InsertsOfTestTable();

	private final DynamoRecordListener byStreamArn = new ByStreamArn();

	private final DynamoRecordListener byTableArn = new ByTableArn();

	private final StreamRoutes subscriptions = new StreamRoutes(new StreamSubscriptions(
			List.of(subscription("insertsOfTestTable", this.insertsOfTestTable), subscription("all", this.all),
					subscription("byStreamArn", this.byStreamArn), subscription("byTableArn", this.byTableArn))),
			new TableNamespace("demo-dev", "_"));

	@Test
	void routesByNamespacedTableAndEventNameInListenerOrder() {
		assertThat(this.subscriptions.listenersFor(TEST_TABLE, INSERT)).containsExactly(this.insertsOfTestTable,
				this.all, this.byStreamArn, this.byTableArn);
		assertThat(this.subscriptions.listenersFor(TEST_TABLE, MODIFY)).containsExactly(this.all, this.byStreamArn,
				this.byTableArn);
	}

	@Test
	void routesRecordsOfOtherTablesOnlyToListenersOfAllTables() {
		assertThat(this.subscriptions.listenersFor(OTHER_TABLE, INSERT)).containsExactly(this.all);
		assertThat(this.subscriptions.listenersFor("eventsource_arn", REMOVE)).containsExactly(this.all);
		assertThat(this.subscriptions.listenersFor(null, REMOVE)).containsExactly(this.all);
	}

	@Test
	void doesNotMatchTheLogicalNameOutsideTheNamespace() {
		String unnamespaced = "arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2026-11-01T00:00:00.000";
		assertThat(this.subscriptions.listenersFor(unnamespaced, INSERT)).containsExactly(this.all);
	}

	@Test
	void matchesAStreamArnExactlyAndATableArnForEveryStreamOfTheTable() {
		String newerStream = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-12-01T00:00:00.000";
		assertThat(this.subscriptions.listenersFor(newerStream, MODIFY)).containsExactly(this.all, this.byTableArn);
	}

	@Test
	void namesTheLogicalTableOfAStream() {
		assertThat(this.subscriptions.tableNameOf(TEST_TABLE)).isEqualTo("test-table");
		assertThat(this.subscriptions.tableNameOf("eventsource_arn")).isNull();
	}

	private static StreamSubscription subscription(String name, DynamoRecordListener listener) {
		DynamoStreamListener declaration = AnnotatedElementUtils.findMergedAnnotation(listener.getClass(),
				DynamoStreamListener.class);
		List<String> tables = (declaration != null) ? List.of(declaration.tables()) : List.of();
		return StreamSubscription.of(name, listener, declaration, tables);
	}

	@DynamoStreamListener(tables = "test-table", events = DynamoEventName.INSERT, images = RequiredImages.NEW)
	static class InsertsOfTestTable implements DynamoRecordListener {

		@Override
		public void onRecord(io.github.ddbstreams.listener.DynamoRecord record) {
		}

	}

	@DynamoStreamListener(TEST_TABLE)
	static class ByStreamArn implements DynamoRecordListener {

		@Override
		public void onRecord(io.github.ddbstreams.listener.DynamoRecord record) {
		}

	}

	@DynamoStreamListener(tables = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table",
			events = { DynamoEventName.MODIFY, DynamoEventName.INSERT })
	static class ByTableArn implements DynamoRecordListener {

		@Override
		public void onRecord(io.github.ddbstreams.listener.DynamoRecord record) {
		}

	}

}
