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

package io.github.ddbstreams.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Ratios}.
 */
class RatiosTests {

	@Test
	void medianOfOddCountIsMiddleValue() {
		assertThat(Ratios.median(List.of(5, 1, 3))).isEqualTo(3.0);
	}

	@Test
	void medianOfEvenCountIsMeanOfMiddleValues() {
		assertThat(Ratios.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2.5);
	}

	@Test
	void medianOfNothingFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ratios.median(List.of()));
	}

	@Test
	void pairedRatioComparesValuesOfTheSameRound() {
		assertThat(Ratios.pairedRatio(List.of(200, 400, 90), List.of(100, 100, 100))).isEqualTo(2.0);
	}

	@Test
	void pairedRatioIgnoresRoundsMeasuredOnOneSideOnly() {
		assertThat(Ratios.pairedRatio(List.of(300, 330), List.of(100, 110, 120))).isEqualTo(3.0);
	}

}
