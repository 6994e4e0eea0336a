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

import io.github.ddbstreams.listener.RequiredImages;
import org.junit.jupiter.api.Test;

import static io.github.ddbstreams.listener.DynamoEventName.INSERT;
import static io.github.ddbstreams.listener.DynamoEventName.MODIFY;
import static io.github.ddbstreams.listener.DynamoEventName.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamSubscriptions}.
 */
class StreamSubscriptionsTests {

	private final DeclaredListeners listeners = new DeclaredListeners();

	private final StreamSubscriptions subscriptions = this.listeners.subscriptions();

	@Test
	void describesWhatTheListenersOfATableNeed() {
		assertThat(this.subscriptions.declaredTables()).containsExactly("test-table",
				DeclaredListeners.TEST_TABLE_STREAM, DeclaredListeners.TEST_TABLE_ARN);
		assertThat(this.subscriptions.eventsOf("test-table")).containsExactly(INSERT, MODIFY, REMOVE);
		assertThat(this.subscriptions.imagesOf("test-table")).isEqualTo(RequiredImages.NEW_AND_OLD);
		StreamSubscriptions onlyInserts = new StreamSubscriptions(
				List.of(DeclaredListeners.subscription("insertsOfTestTable", this.listeners.insertsOfTestTable())));
		assertThat(onlyInserts.eventsOf("test-table")).containsExactly(INSERT);
		assertThat(onlyInserts.imagesOf("test-table")).isEqualTo(RequiredImages.NEW);
		assertThat(onlyInserts.eventsOf("other")).isEmpty();
		assertThat(onlyInserts.imagesOf("other")).isEqualTo(RequiredImages.NONE);
	}

}
