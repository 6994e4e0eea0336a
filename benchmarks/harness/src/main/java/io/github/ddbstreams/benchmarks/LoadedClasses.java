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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many classes a function's JVM loaded until its first response, and how many of them
 * came from a class data sharing archive, from a start with {@code -Xlog:class+load} (not
 * one of the timed starts: the log slows it down).
 *
 * @param total the classes loaded
 * @param shared the classes mapped from the JDK's or the application's CDS archive
 * @author DynamoDB Streams for Spring Boot contributors
 */
record LoadedClasses(int total, int shared) {

	/**
	 * Start a function once with class loading logged, and count.
	 * @param launcher the launcher
	 * @param function the function
	 * @param event the first event
	 * @param name a name for the log, unique per function
	 * @return the counts
	 * @throws IOException if the runtime cannot start or its log cannot be read
	 * @throws InterruptedException if interrupted while waiting for the runtime
	 */
	static LoadedClasses count(LambdaLauncher launcher, LambdaFunction function, String event, String name)
			throws IOException, InterruptedException {
		Path log = Files.createDirectories(launcher.work().resolve("logs")).resolve("class-load-" + name + ".log");
		Files.deleteIfExists(log);
		launcher.launch(function.withJvmOptions("-Xlog:class+load=info:file=" + log),
				LambdaLauncher.Plan.firstOnly(event), "class-load-run-" + name);
		List<String> lines = Files.readAllLines(log);
		int shared = (int) lines.stream()
			.filter((line) -> line.endsWith("source: shared objects file")
					|| line.endsWith("source: shared objects file (top)"))
			.count();
		return new LoadedClasses(lines.size(), shared);
	}

}
