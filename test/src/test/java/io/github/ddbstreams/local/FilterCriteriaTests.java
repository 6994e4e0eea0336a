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

package io.github.ddbstreams.local;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.ddbstreams.harness.events.StreamEventJson;
import io.github.ddbstreams.harness.events.StreamEvents;
import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.mapping.FilterPatterns;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link FilterCriteria}: the event names the listeners want, and the
 * configured filter patterns.
 */
class FilterCriteriaTests {

	private final List<JsonNode> records = records(StreamEventJson.event()
		.insert("1", "a", "keep-a")
		.modify("2", "a", "keep-a", "drop-a")
		.remove("3", "a", "drop-a")
		.insert("4", "b", "drop-b"));

	@Test
	void letsEveryRecordThroughWithoutPatternsWhenTheListenersWantEveryEvent() {
		FilterCriteria criteria = criteria(EnumSet.allOf(DynamoEventName.class));
		assertThat(criteria.isEmpty()).isTrue();
		assertThat(this.records).allMatch(criteria::matches);
		assertThat(criteria).hasToString("no filter");
	}

	@Test
	void letsEveryRecordThroughWhenNoListenerWantsTheTable() {
		FilterCriteria criteria = criteria(Set.of());
		assertThat(this.records).allMatch(criteria::matches);
	}

	@Test
	void letsThroughOnlyTheEventsTheListenersWant() {
		FilterCriteria criteria = criteria(EnumSet.of(DynamoEventName.INSERT, DynamoEventName.MODIFY));
		assertThat(this.records.stream().filter(criteria::matches)).extracting(this::sequenceNumber)
			.containsExactly("1", "2", "4");
		assertThat(criteria).hasToString("any of [{\"eventName\":[\"INSERT\",\"MODIFY\"]}]");
	}

	@Test
	void letsThroughRecordsMatchingAnyPatternAmongTheWantedEvents() {
		FilterCriteria criteria = criteria(EnumSet.of(DynamoEventName.INSERT, DynamoEventName.MODIFY),
				"{\"dynamodb\":{\"NewImage\":{\"name\":{\"S\":[{\"prefix\":\"keep\"}]}}}}",
				"{\"dynamodb\":{\"OldImage\":{\"name\":{\"S\":[{\"prefix\":\"drop\"}]}}}}");
		assertThat(this.records.stream().filter(criteria::matches)).extracting(this::sequenceNumber)
			.containsExactly("1");
	}

	@Test
	void appliesPatternsToEveryEventWhenTheListenersWantEveryEvent() {
		FilterCriteria criteria = criteria(EnumSet.allOf(DynamoEventName.class),
				"{\"dynamodb\":{\"OldImage\":{\"name\":{\"S\":[{\"prefix\":\"drop\"}]}}}}");
		assertThat(this.records.stream().filter(criteria::matches)).extracting(this::sequenceNumber)
			.containsExactly("3");
	}

	@Test
	void rejectsAnInvalidPattern() {
		assertThatIllegalArgumentException().isThrownBy(() -> FilterCriteria.of(List.of("{\"eventName\":\"INSERT\"}")))
			.withMessageStartingWith("Filter pattern {\"eventName\":\"INSERT\"} has field 'eventName'");
	}

	private static FilterCriteria criteria(Set<DynamoEventName> wanted, String... configured) {
		List<String> problems = new java.util.ArrayList<>();
		List<String> patterns = FilterPatterns.of(wanted, List.of(configured), "test", problems);
		assertThat(problems).isEmpty();
		return FilterCriteria.of(patterns);
	}

	private String sequenceNumber(JsonNode record) {
		return record.get("dynamodb").get("SequenceNumber").asString();
	}

	private static List<JsonNode> records(StreamEventJson event) {
		List<JsonNode> records = new java.util.ArrayList<>();
		StreamEvents.tree(event.bytes()).get("Records").forEach(records::add);
		return records;
	}

}
