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
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.RequiredImages;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;

import static io.github.ddbstreams.listener.DynamoEventName.INSERT;
import static io.github.ddbstreams.listener.DynamoEventName.MODIFY;
import static io.github.ddbstreams.listener.DynamoEventName.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamSubscriptions}.
 */
class StreamSubscriptionsTests {

	private static final String TEST_TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-11-01T00:00:00.000";

	private static final String OTHER_TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_other/stream/2026-11-01T00:00:00.000";

	private final DynamoRecordListener all = (record) -> {
	};

	private final DynamoRecordListener insertsOfTestTable = new InsertsOfTestTable();

	private final DynamoRecordListener byStreamArn = new ByStreamArn();

	private final DynamoRecordListener byTableArn = new ByTableArn();

	private final StreamSubscriptions subscriptions = new StreamSubscriptions(
			List.of(subscription("insertsOfTestTable", this.insertsOfTestTable), subscription("all", this.all),
					subscription("byStreamArn", this.byStreamArn), subscription("byTableArn", this.byTableArn)));

	@Test
	void describesWhatTheListenersOfATableNeed() {
		assertThat(this.subscriptions.declaredTables()).containsExactly("test-table", TEST_TABLE,
				"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table");
		assertThat(this.subscriptions.eventsOf("test-table")).containsExactly(INSERT, MODIFY, REMOVE);
		assertThat(this.subscriptions.imagesOf("test-table")).isEqualTo(RequiredImages.NEW_AND_OLD);
		StreamSubscriptions onlyInserts = new StreamSubscriptions(
				List.of(subscription("insertsOfTestTable", this.insertsOfTestTable)));
		assertThat(onlyInserts.eventsOf("test-table")).containsExactly(INSERT);
		assertThat(onlyInserts.imagesOf("test-table")).isEqualTo(RequiredImages.NEW);
		assertThat(onlyInserts.eventsOf("other")).isEmpty();
		assertThat(onlyInserts.imagesOf("other")).isEqualTo(RequiredImages.NONE);
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
