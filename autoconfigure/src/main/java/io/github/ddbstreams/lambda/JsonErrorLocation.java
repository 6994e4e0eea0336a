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

package io.github.ddbstreams.lambda;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Formats where in a Lambda event a JSON problem is, the one way every message of the
 * Lambda input says it: {@code  (line 1, column 42)}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class JsonErrorLocation {

	private JsonErrorLocation() {
	}

	/**
	 * Describe a location.
	 * @param location the location, or {@code null}
	 * @return {@code " (line L, column C)"}, or an empty string when the location is not
	 * known
	 */
	static String of(@Nullable TokenStreamLocation location) {
		if (location == null || location == TokenStreamLocation.NA || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
