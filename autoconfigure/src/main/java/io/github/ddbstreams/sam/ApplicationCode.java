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

package io.github.ddbstreams.sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * Where the code of the application that writes the template lives: the jar or classes
 * directory it runs from, the Maven or Gradle project that builds it, and its application
 * class. The template's {@code CodeUri} and its default location follow from it.
 * <p>
 * The project directory is the one with {@code pom.xml}, {@code build.gradle} or
 * {@code build.gradle.kts} around the build output the application runs from
 * ({@code target/<app>.jar}, {@code target/classes}, {@code build/libs/<app>.jar},
 * {@code build/classes/<language>/main}), or else the working directory when it has one
 * of those files.
 *
 * @param location the jar or classes directory the application class was loaded from, or
 * {@code null} when unknown
 * @param projectDirectory the directory of the Maven or Gradle project that builds the
 * application, or {@code null} when none was found
 * @param workingDirectory the working directory of the application
 * @param applicationClass the name of the {@code @SpringBootApplication} class, or
 * {@code null} when unknown
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record ApplicationCode(@Nullable Path location, @Nullable Path projectDirectory, Path workingDirectory,
		@Nullable String applicationClass) {

	private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");

	/**
	 * Work out where the code of an application lives.
	 * @param location the jar or classes directory the application class was loaded from,
	 * or {@code null} when unknown
	 * @param workingDirectory the working directory of the application
	 * @param applicationClass the name of the application class, or {@code null}
	 * @return where the code lives
	 */
	public static ApplicationCode locate(@Nullable Path location, Path workingDirectory,
			@Nullable String applicationClass) {
		Path code = (location != null) ? location.toAbsolutePath().normalize() : null;
		Path working = workingDirectory.toAbsolutePath().normalize();
		Path project = (code != null) ? projectDirectoryOf(code) : null;
		if (project == null && isProjectDirectory(working)) {
			project = working;
		}
		return new ApplicationCode(code, project, working, applicationClass);
	}

	/**
	 * Return the directory of the Maven or Gradle project whose build output a jar or
	 * classes directory is.
	 * @param location the jar or classes directory
	 * @return the project directory, or {@code null} when the location is not the build
	 * output of a project
	 */
	static @Nullable Path projectDirectoryOf(Path location) {
		Path candidate = null;
		if (Files.isRegularFile(location)) {
			Path directory = location.getParent();
			if (isNamed(directory, "target")) {
				candidate = directory.getParent();
			}
			else if (isNamed(directory, "libs") && isNamed(directory.getParent(), "build")) {
				candidate = directory.getParent().getParent();
			}
		}
		else if (isNamed(location, "classes") && isNamed(location.getParent(), "target")) {
			candidate = location.getParent().getParent();
		}
		else if (isNamed(location, "main") && location.getParent() != null
				&& isNamed(location.getParent().getParent(), "classes")
				&& isNamed(location.getParent().getParent().getParent(), "build")) {
			candidate = location.getParent().getParent().getParent().getParent();
		}
		return (candidate != null && isProjectDirectory(candidate)) ? candidate : null;
	}

	private static boolean isNamed(@Nullable Path path, String name) {
		return path != null && path.getFileName() != null && path.getFileName().toString().equals(name);
	}

	private static boolean isProjectDirectory(Path directory) {
		return BUILD_FILES.stream().anyMatch((file) -> Files.isRegularFile(directory.resolve(file)));
	}

	/**
	 * Return the directory that the template goes to by default: the project directory,
	 * or else the working directory.
	 * @return the directory of the template
	 */
	public Path templateDirectory() {
		return (this.projectDirectory != null) ? this.projectDirectory : this.workingDirectory;
	}

	/**
	 * Return whether a file is a Spring Boot executable jar, whose classes and libraries
	 * are under {@code BOOT-INF/}, where Lambda cannot load them.
	 * @param file the file
	 * @return whether it is a Spring Boot executable jar
	 */
	static boolean isSpringBootJar(Path file) {
		return hasEntry(file, "BOOT-INF/");
	}

	/**
	 * Return whether an archive is a Lambda deployment package by itself: the Lambda
	 * handler class is at its root, or its libraries are under {@code lib/}.
	 * @param file the jar or zip file
	 * @param handlerClass the name of the handler class
	 * @return whether the archive holds the handler and the libraries
	 */
	static boolean isLambdaPackage(Path file, String handlerClass) {
		return !isSpringBootJar(file)
				&& (hasEntry(file, handlerClass.replace('.', '/') + ".class") || hasEntry(file, "lib/"));
	}

	private static boolean hasEntry(Path file, String prefix) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.stream().anyMatch((entry) -> entry.getName().startsWith(prefix));
		}
		catch (IOException ex) {
			return false;
		}
	}

}
