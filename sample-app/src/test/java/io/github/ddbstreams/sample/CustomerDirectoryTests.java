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

package io.github.ddbstreams.sample;

import java.util.List;

import io.github.ddbstreams.listener.BatchListenerFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Unit tests of the {@link CustomerDirectory}'s batch listener, called as a plain method.
 */
class CustomerDirectoryTests {

	private final CustomerDirectory directory = new CustomerDirectory();

	@Test
	void indexesTheCustomersOfABatch() {
		this.directory.index(List.of(new Customer("id-1", "Ada"), new Customer("id-2", "Grace")));
		assertThat(this.directory.find("id-2")).contains(new Customer("id-2", "Grace"));
	}

	@Test
	void failsTheFirstCustomerWithoutANameAndIndexesThoseBeforeIt() {
		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> this.directory
				.index(List.of(new Customer("id-1", "Ada"), new Customer("id-2", null), new Customer("id-3", "Grace"))))
			.satisfies((ex) -> assertThat(ex.getIndex()).isEqualTo(1));
		assertThat(this.directory.find("id-1")).isPresent();
		assertThat(this.directory.find("id-3")).isEmpty();
	}

}
