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

import java.util.Map;

/**
 * The names of the contenders in the results.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class Contenders {

	static final String STARTER = "Starter";

	static final String STARTER_LAZY = "Starter + lazy initialization";

	static final String STARTER_AOT = "Starter + Spring AOT";

	static final String STARTER_CDS = "Starter + AppCDS";

	static final String STARTER_AOT_CDS = "Starter + Spring AOT + AppCDS";

	static final String STOCK = "Stock Spring Cloud Function";

	static final String PLAIN = "Plain Java";

	static final String PLAIN_CDS = "Plain Java + AppCDS";

	static final String SAMPLE = "Sample clerk app (starter)";

	static final String STARTER_AOT_JAR = "Starter + Spring AOT";

	static final String DISPATCH_HAND_WRITTEN = "handWritten";

	private static final Map<String, String> DISPATCH_NAMES = Map.of(DISPATCH_HAND_WRITTEN,
			"Hand-written RequestStreamHandler", "functionInvoker", "Starter, FunctionInvoker");

	private Contenders() {
	}

	/**
	 * Return whether a contender is the starter, for which the targets hold.
	 * @param name the name of the contender
	 * @return whether it is the starter or one of its variants
	 */
	static boolean isStarter(String name) {
		return name.startsWith(STARTER);
	}

	/**
	 * Return the name of a contender of the dispatch benchmark.
	 * @param contender the parameter value of {@link DispatchBenchmark}
	 * @return the name in the results
	 */
	static String dispatchName(String contender) {
		return DISPATCH_NAMES.getOrDefault(contender, contender);
	}

}
