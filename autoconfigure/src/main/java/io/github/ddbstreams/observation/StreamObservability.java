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

package io.github.ddbstreams.observation;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * What a dispatcher records about the records it runs: observations (in a registry, with
 * the conventions of the user, if any) and meters.
 *
 * @param registry the observation registry, {@link ObservationRegistry#NOOP} for no
 * observations
 * @param recordConvention the convention of record observations that replaces the
 * default, or {@code null}
 * @param batchConvention the convention of batch observations that replaces the default,
 * or {@code null}
 * @param metrics the meters
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record StreamObservability(ObservationRegistry registry, @Nullable RecordObservationConvention recordConvention,
		@Nullable BatchObservationConvention batchConvention, StreamMetrics metrics) {

	/**
	 * No observations and no meters.
	 */
	public static final StreamObservability NONE = new StreamObservability(ObservationRegistry.NOOP, null, null,
			StreamMetrics.NONE);

	/**
	 * Return whether observations are recorded.
	 * @return whether the registry is not a no-op one
	 */
	public boolean isObserving() {
		return !this.registry.isNoop();
	}

}
