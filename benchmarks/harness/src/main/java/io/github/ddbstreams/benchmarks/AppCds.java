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
 * Application class data sharing for a function, as it would be set up for Lambda: a
 * training run of the function, invoked once, writes a dynamic archive of the classes it
 * loaded when its JVM exits ({@code -XX:ArchiveClassesAtExit}); the function then starts
 * with {@code -XX:SharedArchiveFile} in {@code JAVA_TOOL_OPTIONS}, the archive next to
 * the code in the task root. The archive only works with the JVM build that wrote it, and
 * with the same runtime class path.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AppCds {

	private AppCds() {
	}

	/**
	 * Train a function and return it with the archive.
	 * @param launcher the launcher
	 * @param function the function
	 * @param event the event of the training invocation
	 * @param name a name for the archive and the log, unique per function
	 * @return the function started with the archive
	 * @throws IOException if the runtime cannot start or the archive is not written
	 * @throws InterruptedException if interrupted while waiting for the runtime
	 */
	static LambdaFunction train(LambdaLauncher launcher, LambdaFunction function, String event, String name)
			throws IOException, InterruptedException {
		Path archive = launcher.taskRoot(function).resolve(name + ".jsa");
		Files.deleteIfExists(archive);
		launcher.launch(function.withJvmOptions("-XX:ArchiveClassesAtExit=" + archive), event, null,
				"cds-training-" + name);
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("The training run of " + function.name() + " wrote no class data archive");
		}
		return function.withJvmOptions("-XX:SharedArchiveFile=" + archive);
	}

}
