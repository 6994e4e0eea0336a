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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The machine and JVM a run measured on.
 *
 * @param cores the processors available to the JVM
 * @param cpu the CPU model
 * @param memory the physical memory, as the operating system reports it
 * @param jvm the JVM that runs every contender
 * @param date the day of the run (UTC)
 * @author DynamoDB Streams for Spring Boot contributors
 */
record Machine(int cores, String cpu, String memory, String jvm, LocalDate date) {

	/**
	 * Describe this machine and JVM.
	 * @return the description
	 */
	static Machine describe() {
		return new Machine(Runtime.getRuntime().availableProcessors(), procValue("cpuinfo", "model name"),
				physicalMemory(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
						+ " (" + System.getProperty("java.vm.vendor") + ")",
				LocalDate.now(ZoneOffset.UTC));
	}

	/**
	 * Return the machine's load average over the last minute.
	 * @return the load average, or -1 when it cannot be read
	 */
	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static String physicalMemory() {
		String total = procValue("meminfo", "MemTotal");
		if (!total.endsWith("kB")) {
			return total;
		}
		long kilobytes = Long.parseLong(total.replace("kB", "").trim());
		return String.format("%.0f GiB", kilobytes / 1024.0 / 1024.0);
	}

	private static String procValue(String file, String key) {
		try {
			return Files.readAllLines(Path.of("/proc", file))
				.stream()
				.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
