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

/**
 * Reads the peak resident set size of a process ({@code VmHWM} in
 * {@code /proc/<pid>/status}): the most physical memory it has used so far, the figure
 * that Lambda reports as "Max Memory Used".
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ResidentMemory {

	private ResidentMemory() {
	}

	/**
	 * Return the peak resident set size of a process.
	 * @param process the process
	 * @return the peak in kilobytes
	 */
	static long peakKilobytes(ProcessHandle process) {
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		try {
			return Files.readAllLines(status)
				.stream()
				.filter((line) -> line.startsWith("VmHWM:"))
				.map((line) -> Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No VmHWM in " + status));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + status + " (measuring memory needs Linux)", ex);
		}
	}

}
