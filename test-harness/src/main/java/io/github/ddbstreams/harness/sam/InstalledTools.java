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

package io.github.ddbstreams.harness.sam;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Probes for the command line tools that some template checks need (cfn-lint, the SAM
 * translator, the aws CLI), so that those checks are skipped cleanly on machines without
 * them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class InstalledTools {

	private InstalledTools() {
	}

	/**
	 * Return whether a command runs and exits with status 0.
	 * @param command the command and its arguments
	 * @return whether the command succeeds
	 */
	public static boolean succeeds(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
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
