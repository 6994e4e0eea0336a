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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.listener.DynamoEventName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FilterPatterns}.
 */
class FilterPatternsTests {

	private final List<String> problems = new ArrayList<>();

	private List<String> patterns(Set<DynamoEventName> wanted, String... configured) {
		return FilterPatterns.of(wanted, List.of(configured), "filters", this.problems);
	}

	@Test
	void filtersNothingWhenEveryEventIsWantedOrNoListenerReceivesTheTable() {
		assertThat(patterns(EnumSet.allOf(DynamoEventName.class))).isEmpty();
		assertThat(patterns(EnumSet.noneOf(DynamoEventName.class))).isEmpty();
		assertThat(this.problems).isEmpty();
	}

	@Test
	void filtersTheWantedEventNamesInTheirOrder() {
		assertThat(patterns(EnumSet.of(DynamoEventName.REMOVE, DynamoEventName.INSERT)))
			.containsExactly("{\"eventName\":[\"INSERT\",\"REMOVE\"]}");
	}

	@Test
	void addsTheWantedEventNamesToEachConfiguredPattern() {
		assertThat(patterns(EnumSet.of(DynamoEventName.INSERT), "{\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[\"a\"]}}}}",
				"{ \"userIdentity\" : { \"type\" : [\"Service\"] } }"))
			.containsExactly("{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[\"a\"]}}}}",
					"{\"eventName\":[\"INSERT\"],\"userIdentity\":{\"type\":[\"Service\"]}}");
	}

	@Test
	void intersectsTheEventNamesThatAPatternLists() {
		assertThat(patterns(EnumSet.of(DynamoEventName.INSERT, DynamoEventName.MODIFY),
				"{\"eventName\":[\"REMOVE\",\"MODIFY\"]}"))
			.containsExactly("{\"eventName\":[\"MODIFY\"]}");
	}

	@Test
	void leavesAContentFilterOnEventNamesAsConfigured() {
		assertThat(patterns(EnumSet.of(DynamoEventName.INSERT), "{\"eventName\":[{\"anything-but\":[\"REMOVE\"]}]}"))
			.containsExactly("{\"eventName\":[{\"anything-but\":[\"REMOVE\"]}]}");
	}

	@Test
	void keepsTheConfiguredPatternsWhenEveryEventIsWanted() {
		assertThat(patterns(EnumSet.allOf(DynamoEventName.class), "{\"eventName\": [\"REMOVE\"]}"))
			.containsExactly("{\"eventName\":[\"REMOVE\"]}");
	}

	@Test
	void reportsPatternsThatAreNotJsonObjectsOrLetNothingWantedThrough() {
		patterns(EnumSet.of(DynamoEventName.INSERT), "[1]", "{}", "{\"eventName\":", "{\"eventName\":[\"REMOVE\"]}");
		assertThat(this.problems).hasSize(4)
			.allMatch((problem) -> problem.startsWith("filters: filter pattern "))
			.last()
			.isEqualTo("filters: filter pattern {\"eventName\":[\"REMOVE\"]} lets through none of the events [INSERT]"
					+ " that the listeners of the table receive");
	}

	@Test
	void reportsPatternsLongerThanLambdaAllows() {
		patterns(EnumSet.allOf(DynamoEventName.class),
				"{\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[\"" + "a".repeat(4100) + "\"]}}}}");
		assertThat(this.problems).singleElement().asString().endsWith("must be at most 4096 characters long");
	}

}
