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

package io.github.ddbstreams.harness.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.ddbstreams.harness.tools.InstalledTools;
import org.jspecify.annotations.Nullable;

/**
 * The packaging steps of {@code sam build} for a Maven project (aws-lambda-builders,
 * workflow {@code java_maven}), exactly: copy the project (without {@code .aws-sam} and
 * {@code .git}) to a scratch directory; there run {@code mvn clean install}, tests
 * included, then
 * {@code mvn dependency:copy-dependencies -DincludeScope=runtime -Dmdep.prependGroupId=true};
 * copy {@code target/classes} to the artifacts directory and {@code target/dependency} to
 * its {@code lib/}. The Lambda Java runtime puts that directory and {@code lib/*.jar} on
 * the class path.
 * <p>
 * Maven is the {@code mvn} on the {@code PATH}, as for {@code sam build}, or a given one.
 * Arguments added with {@link #withArguments(String...)} go to both Maven runs, such as
 * the local repository and settings of a test.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class SamBuild {

	private static final Set<String> EXCLUDED = Set.of(".aws-sam", ".git");

	private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(10);

	private final String maven;

	private final List<String> arguments;

	private final @Nullable Path javaHome;

	private SamBuild(String maven, List<String> arguments, @Nullable Path javaHome) {
		this.maven = maven;
		this.arguments = List.copyOf(arguments);
		this.javaHome = javaHome;
	}

	/**
	 * Return the build with the {@code mvn} on the {@code PATH}, as {@code sam build}
	 * runs it.
	 * @return the build
	 */
	public static SamBuild withMavenOnPath() {
		return new SamBuild("mvn", List.of(), null);
	}

	/**
	 * Return the build with a given Maven.
	 * @param maven the {@code mvn} executable
	 * @return the build
	 */
	public static SamBuild withMaven(Path maven) {
		return new SamBuild(maven.toAbsolutePath().toString(), List.of(), null);
	}

	/**
	 * Return this build with more arguments for both Maven runs.
	 * @param arguments the arguments, such as {@code -Dmaven.repo.local=...}
	 * @return the build
	 */
	public SamBuild withArguments(String... arguments) {
		List<String> all = new ArrayList<>(this.arguments);
		all.addAll(List.of(arguments));
		return new SamBuild(this.maven, all, this.javaHome);
	}

	/**
	 * Return this build with Maven running on a given JDK ({@code JAVA_HOME}).
	 * @param javaHome the JDK
	 * @return the build
	 */
	public SamBuild withJavaHome(Path javaHome) {
		return new SamBuild(this.maven, this.arguments, javaHome);
	}

	/**
	 * Return whether the Maven of this build runs.
	 * @return whether {@code mvn --version} succeeds
	 */
	public boolean isAvailable() {
		return InstalledTools.succeeds(this.maven, "--version");
	}

	/**
	 * Build the Lambda package of a Maven project as {@code sam build} does.
	 * @param project the project directory, the {@code CodeUri} of the function
	 * @param scratch the scratch directory, created or emptied
	 * @param artifacts the artifacts directory, created or emptied: the task root
	 * @param log the file that receives the output of Maven
	 * @return the artifacts directory
	 * @throws IOException if a file cannot be copied, or Maven fails
	 * @throws InterruptedException if interrupted while Maven runs
	 */
	public Path build(Path project, Path scratch, Path artifacts, Path log) throws IOException, InterruptedException {
		recreate(scratch);
		copy(project, scratch, EXCLUDED);
		Files.deleteIfExists(log);
		run(scratch, log, "clean", "install");
		run(scratch, log, "dependency:copy-dependencies", "-DincludeScope=runtime", "-Dmdep.prependGroupId=true");
		Path classes = scratch.resolve("target/classes");
		if (!Files.isDirectory(classes)) {
			throw new IOException("Required target/classes directory was not produced from 'mvn package'");
		}
		return taskRoot(classes, scratch.resolve("target/dependency"), artifacts);
	}

	/**
	 * Lay out a task root as {@code sam build} does from a module's own build output: the
	 * classes at its root, the dependencies in {@code lib/}.
	 * @param classes the classes directory, such as {@code target/classes}
	 * @param dependencies the directory the dependencies were copied to, such as
	 * {@code target/dependency} after
	 * {@code dependency:copy-dependencies -DincludeScope=runtime -Dmdep.prependGroupId=true}
	 * @param taskRoot the task root, created or emptied
	 * @return the task root
	 * @throws IOException if a file cannot be copied
	 */
	public static Path taskRoot(Path classes, Path dependencies, Path taskRoot) throws IOException {
		recreate(taskRoot);
		copy(classes, taskRoot, Set.of());
		if (Files.isDirectory(dependencies)) {
			copy(dependencies, taskRoot.resolve("lib"), Set.of());
		}
		return taskRoot;
	}

	/**
	 * Run the Maven of this build, with its arguments, such as the {@code mvn package} of
	 * the user before {@code sam build}.
	 * @param directory the project directory
	 * @param log the file that receives the output of Maven, appended to
	 * @param goals the goals and their arguments
	 * @throws IOException if Maven cannot start, fails or takes longer than 10 minutes
	 * @throws InterruptedException if interrupted while Maven runs
	 */
	public void run(Path directory, Path log, String... goals) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(this.maven);
		command.addAll(List.of(goals));
		command.addAll(this.arguments);
		Files.createDirectories(log.toAbsolutePath().getParent());
		Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().remove("MAVEN_ARGS");
		builder.environment().remove("MAVEN_OPTS");
		if (this.javaHome != null) {
			builder.environment().put("JAVA_HOME", this.javaHome.toString());
			builder.environment()
				.put("PATH", this.javaHome.resolve("bin") + File.pathSeparator + builder.environment().get("PATH"));
		}
		Process process = builder.start();
		if (!process.waitFor(MAVEN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IOException(String.join(" ", command) + " did not finish within " + MAVEN_TIMEOUT.toMinutes()
					+ " minutes; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IOException("Maven Failed: " + String.join(" ", command) + " exited with " + process.exitValue()
					+ "; see " + log + System.lineSeparator() + tail(log));
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static void recreate(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(directory);
	}

	private static void copy(Path source, Path target, Set<String> excluded) throws IOException {
		Files.walkFileTree(source, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
					throws IOException {
				if (!directory.equals(source) && excluded.contains(directory.getFileName().toString())) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(target.resolve(source.relativize(directory).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (!excluded.contains(file.getFileName().toString())) {
					Files.copy(file, target.resolve(source.relativize(file).toString()),
							StandardCopyOption.REPLACE_EXISTING);
				}
				return FileVisitResult.CONTINUE;
			}

		});
	}

}
