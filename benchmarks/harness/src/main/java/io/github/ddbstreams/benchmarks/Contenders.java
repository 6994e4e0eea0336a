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

/**
 * The names of the contenders in the results.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class Contenders {

	static final String STARTER = "Starter (default handler)";

	static final String STARTER_PRIMED = "Starter, priming=startup";

	static final String STARTER_METHOD = "Starter, listener method onOrder(Order)";

	static final String STARTER_METHOD_PRIMED = "Starter, listener method, priming=startup";

	static final String STARTER_PRESENCE = "Starter, listener bean testing newImage() != null first";

	static final String STARTER_AOT = "Starter, AOT mode";

	static final String HAND_WRITTEN = "Hand-written RequestStreamHandler";

	static final String FLOOR = "Floor: ";

	static final String STOCK_FLOOR = FLOOR + "Spring Cloud Function, empty function";

	static final String STOCK_FLOOR_AOT = STOCK_FLOOR + ", AOT mode";

	static final String LEAN_FLOOR = FLOOR + "Spring Cloud Function without web modules, empty function";

	static final String PLAIN_FLOOR = FLOOR + "empty RequestStreamHandler";

	private Contenders() {
	}

}
