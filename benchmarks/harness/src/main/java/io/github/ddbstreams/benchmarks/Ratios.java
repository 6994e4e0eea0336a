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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Medians, and ratios of measurements taken in the same rounds.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class Ratios {

	private Ratios() {
	}

	/**
	 * Return the median of some values.
	 * @param values the values, at least one
	 * @return the median
	 */
	static double median(List<? extends Number> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("No values");
		}
		List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).toList());
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * Return the median of the ratios of two series measured in the same rounds, so that
	 * a disturbance of the machine during one round affects both sides of its ratio.
	 * @param numerators the values of the contender, in round order
	 * @param denominators the values of the baseline, in the same rounds
	 * @return the median of the ratios of the rounds that measured both
	 */
	static double pairedRatio(List<? extends Number> numerators, List<? extends Number> denominators) {
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < Math.min(numerators.size(), denominators.size()); i++) {
			ratios.add(numerators.get(i).doubleValue() / denominators.get(i).doubleValue());
		}
		return median(ratios);
	}

}
