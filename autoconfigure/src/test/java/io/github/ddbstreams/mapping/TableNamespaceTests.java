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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TableNamespace}.
 */
class TableNamespaceTests {

	private final TableNamespace namespace = new TableNamespace("demo-dev", "_");

	@Test
	void prefixesLogicalNamesLikeJets() {
		assertThat(this.namespace.physicalName("test-table")).isEqualTo("demo-dev_test-table");
		assertThat(TableNamespace.NONE.physicalName("test-table")).isEqualTo("test-table");
		assertThat(new TableNamespace("", "_").physicalName("test-table")).isEqualTo("test-table");
	}

	@Test
	void stripsTheNamespaceFromPhysicalNames() {
		assertThat(this.namespace.logicalName("demo-dev_test-table")).isEqualTo("test-table");
		assertThat(this.namespace.logicalName("other_test-table")).isEqualTo("other_test-table");
		assertThat(this.namespace.logicalName("demo-dev_")).isEqualTo("demo-dev_");
		assertThat(new TableNamespace("prod", ".").logicalName("prod.orders")).isEqualTo("orders");
	}

}
