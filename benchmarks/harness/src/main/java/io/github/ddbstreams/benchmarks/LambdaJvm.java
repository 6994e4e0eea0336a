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

import io.github.ddbstreams.harness.lambda.LambdaJavaRuntime;

/**
 * The JVM options of a function, the same for every contender.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LambdaJvm {

	private LambdaJvm() {
	}

	/**
	 * Return the options that the Lambda Java runtime passes on the command line, as
	 * {@link LambdaJavaRuntime} passes them: a heap of 85% of the function's memory, the
	 * serial collector, and compilation stopped at C1 (the default of the java17 and
	 * later runtimes). For JVMs that do not run under {@link LambdaJavaRuntime}, such as
	 * the forks of the dispatch benchmark.
	 * @param memorySize the memory of the function in MB
	 * @return the options
	 */
	static List<String> runtimeOptions(int memorySize) {
		return List.of("-XX:MaxHeapSize=" + (memorySize * 85 / 100) + "m", "-XX:+UseSerialGC", "-XX:+TieredCompilation",
				"-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true");
	}

	/**
	 * Return the option that makes the JVM size itself for the function's memory, as it
	 * does on Lambda, where the sandbox's memory is the function's memory: without it,
	 * the JVM would take this machine's memory into account, and start with a heap 64th
	 * of it, which changes when it collects and so its resident memory.
	 * @param memorySize the memory of the function in MB
	 * @return the option
	 */
	static String sandboxOption(int memorySize) {
		return "-XX:MaxRAM=" + memorySize + "m";
	}

}
