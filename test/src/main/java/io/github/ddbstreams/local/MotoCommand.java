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

package io.github.ddbstreams.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Finds the command that starts a moto server: a configured {@code moto_server}, else
 * {@code moto_server} on the {@code PATH} or in {@code ~/.local/bin} (where pipx installs
 * it), else {@code python3 -m moto.server} when python3 has the moto module.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class MotoCommand {

	private static final long PYTHON_CHECK_SECONDS = 20;

	private final List<String> command;

	private MotoCommand(List<String> command) {
		this.command = command;
	}

	/**
	 * Find the command that starts moto.
	 * @param executable the configured {@code moto_server}, or {@code null} to look for
	 * one
	 * @param environment the environment whose {@code PATH} to search
	 * @param home the home directory of the user
	 * @return the command, or {@code null} when moto is not installed
	 * @throws LocalLoopSetupException if the configured executable is not one
	 */
	static @Nullable MotoCommand find(@Nullable Path executable, Map<String, String> environment, Path home) {
		if (executable != null) {
			if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
				throw new LocalLoopSetupException(
						"dynamodb.streams.local.moto.executable is " + executable
								+ ", which is not an executable file.",
						"Set it to the path of moto_server, or leave it unset to use moto_server on the PATH.");
			}
			return new MotoCommand(List.of(executable.toString()));
		}
		List<Path> directories = new ArrayList<>(pathOf(environment));
		directories.add(home.resolve(".local").resolve("bin"));
		Path motoServer = findExecutable("moto_server", directories);
		if (motoServer != null) {
			return new MotoCommand(List.of(motoServer.toString()));
		}
		Path python = findExecutable("python3", pathOf(environment));
		if (python != null && succeeds(python.toString(), "-c", "import moto.server")) {
			return new MotoCommand(List.of(python.toString(), "-m", "moto.server"));
		}
		return null;
	}

	/**
	 * Return the command that serves on a port of the loopback interface.
	 * @param host the address to listen on
	 * @param port the port
	 * @return the command and its arguments
	 */
	List<String> serving(String host, int port) {
		List<String> serving = new ArrayList<>(this.command);
		serving.addAll(List.of("-H", host, "-p", Integer.toString(port)));
		return serving;
	}

	/**
	 * Return the program, for messages.
	 * @return the program and the arguments that name moto
	 */
	String program() {
		return String.join(" ", this.command);
	}

	/**
	 * Return the {@code setsid} executable of the {@code PATH}, which starts a program in
	 * a session and process group of its own.
	 * @param environment the environment whose {@code PATH} to search
	 * @return the executable, or {@code null} where there is none
	 */
	static @Nullable Path setsid(Map<String, String> environment) {
		return findExecutable("setsid", pathOf(environment));
	}

	private static List<Path> pathOf(Map<String, String> environment) {
		String path = environment.get("PATH");
		if (path == null || path.isBlank()) {
			return List.of();
		}
		List<Path> directories = new ArrayList<>();
		for (String directory : path.split(File.pathSeparator)) {
			if (!directory.isBlank()) {
				directories.add(Path.of(directory));
			}
		}
		return directories;
	}

	private static @Nullable Path findExecutable(String name, List<Path> directories) {
		for (Path directory : directories) {
			Path candidate = directory.resolve(name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean succeeds(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(PYTHON_CHECK_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
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
