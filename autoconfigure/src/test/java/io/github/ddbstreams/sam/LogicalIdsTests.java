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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LogicalIds}.
 */
class LogicalIdsTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			test-table,         TestTable
			demo-dev_test-table, DemoDevTestTable
			orders.v2,          OrdersV2
			clerk,              Clerk
			Already-Camel,      AlreadyCamel
			2026_events,        2026Events
			""")
	void writesNamesInUpperCamelCase(String name, String logicalId) {
		assertThat(LogicalIds.of(name)).isEqualTo(logicalId);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			test-table, test_table
			a.b,        a-b
			""")
	void distinguishesNamesThatDifferOnlyInPunctuation(String name, String other) {
		assertThat(LogicalIds.of(name)).isEqualTo(LogicalIds.of(other));
		assertThat(LogicalIds.distinct(name)).isNotEqualTo(LogicalIds.distinct(other))
			.startsWith(LogicalIds.of(name))
			.matches("[A-Za-z0-9]+");
		assertThat(LogicalIds.distinct(name)).isEqualTo(LogicalIds.distinct(name));
	}

}
