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

package io.github.ddbstreams.harness.tools;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Probes for the command line tools that some tests need (Maven, cfn-lint, the SAM
 * translator, the aws CLI, moto), so that those tests are skipped cleanly, or pick
 * another way, on machines without them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class InstalledTools {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private InstalledTools() {
	}

	/**
	 * Return whether a command runs and exits with status 0 within a minute.
	 * @param command the command and its arguments
	 * @return whether the command succeeds
	 */
	public static boolean succeeds(String... command) {
		return succeeds(TIMEOUT, command);
	}

	/**
	 * Return whether a command runs and exits with status 0 in time; its output is
	 * discarded, and a command still running at the timeout counts as failed.
	 * @param timeout how long to wait for it
	 * @param command the command and its arguments
	 * @return whether the command succeeds
	 */
	public static boolean succeeds(Duration timeout, String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
