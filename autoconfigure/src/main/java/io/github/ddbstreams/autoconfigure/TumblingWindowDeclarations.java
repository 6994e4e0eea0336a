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

package io.github.ddbstreams.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.github.ddbstreams.endpoint.WindowEndpoint;
import io.github.ddbstreams.lambda.DynamoStreamsConsumer;
import io.github.ddbstreams.lambda.DynamoStreamsFunction;
import io.github.ddbstreams.lambda.WindowStateCodec;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import org.jspecify.annotations.Nullable;

/**
 * Checks at start-up that window listeners and tumbling windows come together: each table
 * a window listener reads has a tumbling window, each table with a tumbling window has a
 * window listener (Lambda would otherwise invoke the function per window with state
 * nobody keeps, or a window listener would never be called), and each window listener's
 * state is written as JSON and read back without loss.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class TumblingWindowDeclarations {

	private TumblingWindowDeclarations() {
	}

	static void check(StreamSubscriptions subscriptions, Collection<String> configuredTables,
			Function<String, EventSourceMappingSettings> settings, WindowStateCodec states,
			@Nullable String functionDefinition) {
		List<String> problems = new ArrayList<>();
		boolean hasWindowListener = subscriptions.subscriptions()
			.stream()
			.anyMatch((subscription) -> subscription.endpoint() instanceof WindowEndpoint);
		if (hasWindowListener && DynamoStreamsConsumer.BEAN_NAME.equals(functionDefinition)) {
			problems.add("spring.cloud.function.definition is " + DynamoStreamsConsumer.BEAN_NAME
					+ ", which answers no window state, so Lambda would fail every invocation of a tumbling window:"
					+ " use the default function, " + DynamoStreamsFunction.BEAN_NAME);
		}
		Set<String> tables = new TreeSet<>(subscriptions.declaredTables());
		tables.addAll(configuredTables);
		for (String table : tables) {
			List<String> windowListeners = subscriptions.subscriptionsOf(table)
				.stream()
				.filter((subscription) -> subscription.endpoint() instanceof WindowEndpoint)
				.map(StreamSubscription::beanName)
				.toList();
			boolean hasWindow = settings.apply(table).hasTumblingWindow();
			if (!windowListeners.isEmpty() && !hasWindow) {
				problems.add("Window listener " + String.join(", ", windowListeners) + " reads table '" + table
						+ "', which has no tumbling window: set dynamodb.streams.tables." + table
						+ ".tumbling-window (1-900 s), or dynamodb.streams.tumbling-window for every table");
			}
			if (windowListeners.isEmpty() && hasWindow) {
				problems.add("Table '" + table + "' has a tumbling window of "
						+ settings.apply(table).tumblingWindow().getSeconds()
						+ " s but no window listener keeps its state: declare a DynamoWindowListener bean for it, or"
						+ " set dynamodb.streams.tables." + table + ".tumbling-window to 0");
			}
		}
		for (StreamSubscription subscription : subscriptions.subscriptions()) {
			if (subscription.endpoint() instanceof WindowEndpoint endpoint) {
				if (subscription.isForAllTables() && tables.isEmpty()) {
					problems.add("Window listener " + subscription.beanName() + " names no table and no table is"
							+ " configured: name its tables with @DynamoStreamListener(tables = ...) and give each a"
							+ " tumbling window");
				}
				String stateProblem = states.check(endpoint);
				if (stateProblem != null) {
					problems.add(stateProblem);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new DynamoStreamsConfigurationException(problems,
					"Fix the tumbling windows above: each table read by a DynamoWindowListener needs"
							+ " dynamodb.streams.tables.<name>.tumbling-window, and each table with a window needs a"
							+ " window listener.");
		}
	}

}
