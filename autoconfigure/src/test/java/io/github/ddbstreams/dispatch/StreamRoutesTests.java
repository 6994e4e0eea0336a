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

import io.github.ddbstreams.endpoint.ListenerEndpoint;
import io.github.ddbstreams.mapping.DeclaredListeners;
import io.github.ddbstreams.mapping.TableNamespace;
import org.junit.jupiter.api.Test;

import static io.github.ddbstreams.listener.DynamoEventName.INSERT;
import static io.github.ddbstreams.listener.DynamoEventName.MODIFY;
import static io.github.ddbstreams.listener.DynamoEventName.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamRoutes}.
 */
class StreamRoutesTests {

	private static final String TEST_TABLE = DeclaredListeners.TEST_TABLE_STREAM;

	private static final String OTHER_TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_other/stream/2026-11-01T00:00:00.000";

	private final DeclaredListeners listeners = new DeclaredListeners();

	private final StreamRoutes routes = new StreamRoutes(this.listeners.subscriptions(),
			new TableNamespace("demo-dev", "_"));

	@Test
	void routesByNamespacedTableAndEventNameInListenerOrder() {
		assertThat(this.routes.listenersFor(TEST_TABLE, INSERT)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'insertsOfTestTable'", "bean 'all'", "bean 'byStreamArn'", "bean 'byTableArn'");
		assertThat(this.routes.listenersFor(TEST_TABLE, MODIFY)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'", "bean 'byStreamArn'", "bean 'byTableArn'");
	}

	@Test
	void routesRecordsOfOtherTablesOnlyToListenersOfAllTables() {
		assertThat(this.routes.listenersFor(OTHER_TABLE, INSERT)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'");
		assertThat(this.routes.listenersFor("eventsource_arn", REMOVE)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'");
		assertThat(this.routes.listenersFor(null, REMOVE)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'");
	}

	@Test
	void doesNotMatchTheLogicalNameOutsideTheNamespace() {
		String unnamespaced = "arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2026-11-01T00:00:00.000";
		assertThat(this.routes.listenersFor(unnamespaced, INSERT)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'");
	}

	@Test
	void matchesAStreamArnExactlyAndATableArnForEveryStreamOfTheTable() {
		String newerStream = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-12-01T00:00:00.000";
		assertThat(this.routes.listenersFor(newerStream, MODIFY)).extracting(ListenerEndpoint::description)
			.containsExactly("bean 'all'", "bean 'byTableArn'");
	}

	@Test
	void namesTheLogicalTableOfAStream() {
		assertThat(this.routes.tableNameOf(TEST_TABLE)).isEqualTo("test-table");
		assertThat(this.routes.tableNameOf("eventsource_arn")).isNull();
	}

}
