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

package io.github.ddbstreams.harness.lambda;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * A Lambda deployment package running the way the Lambda Java runtime runs it: a task
 * root directory (the {@code sam build} layout: classes at the root, libraries in
 * {@code lib/}, or an unzipped jar or zip) that is the working directory, in a fresh JVM
 * whose class path has only the runtime interface client and its libraries, started with
 * the handler and the environment that Lambda sets, polling a {@link LocalRuntimeApi}.
 * The runtime interface client loads the function from the task root and
 * {@code lib/*.jar}, as Lambda does.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
public final class LambdaJavaRuntime implements AutoCloseable {

	private static final String MAIN_CLASS = AWSLambda.class.getName();

	private final Process process;

	private final Path log;

	private LambdaJavaRuntime(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Return the task root of the code that a template's {@code CodeUri} names: a
	 * directory as it is (the artifacts of {@code sam build}), a zip or jar unzipped as
	 * Lambda does.
	 * @param code the directory, zip or jar
	 * @param unzipped the directory to unzip an archive into, created or emptied
	 * @return the task root
	 * @throws IOException if the archive cannot be read or written
	 * @throws IllegalArgumentException if the code is a Spring Boot executable jar, which
	 * Lambda cannot load
	 */
	public static Path taskRoot(Path code, Path unzipped) throws IOException {
		if (Files.isDirectory(code)) {
			checkNotSpringBootJar(code, Files.isDirectory(code.resolve("BOOT-INF")));
			return code;
		}
		try (ZipFile zip = new ZipFile(code.toFile())) {
			checkNotSpringBootJar(code, zip.stream().anyMatch((entry) -> entry.getName().startsWith("BOOT-INF/")));
		}
		return unzip(code, unzipped);
	}

	private static void checkNotSpringBootJar(Path code, boolean springBootJar) {
		if (springBootJar) {
			throw new IllegalArgumentException(code + " is (or holds) a Spring Boot executable jar: Lambda cannot load"
					+ " the classes and libraries under BOOT-INF/");
		}
	}

	/**
	 * Unzip a deployment package into a task root, as Lambda does before it starts the
	 * runtime.
	 * @param deploymentPackage the jar or zip file
	 * @param taskRoot the directory to unzip it into, created or emptied
	 * @return the task root
	 * @throws IOException if the package cannot be read or written
	 */
	public static Path unzip(Path deploymentPackage, Path taskRoot) throws IOException {
		if (Files.exists(taskRoot)) {
			try (Stream<Path> paths = Files.walk(taskRoot)) {
				for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(taskRoot);
		try (ZipFile zip = new ZipFile(deploymentPackage.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				Path target = taskRoot.resolve(entry.getName()).normalize();
				if (!target.startsWith(taskRoot)) {
					throw new IOException("Entry outside the task root: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					try (InputStream input = zip.getInputStream(entry)) {
						Files.copy(input, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
		return taskRoot;
	}

	/**
	 * Start the runtime on a task root.
	 * @param taskRoot the task root directory: the {@code sam build} layout or an
	 * unzipped package
	 * @param handler the handler, such as {@code com.example.Handler::handleRequest}
	 * @param memorySize the memory of the function in MB, which bounds the heap
	 * @param variables the environment variables of the function
	 * @param runtimeApi the Runtime API to poll
	 * @param log the file that receives the output of the runtime, the function's logs
	 * @return the running runtime
	 * @throws IOException if the JVM cannot start
	 */
	public static LambdaJavaRuntime start(Path taskRoot, String handler, int memorySize, Map<String, String> variables,
			LocalRuntimeApi runtimeApi, Path log) throws IOException {
		if (!Files.isDirectory(taskRoot)) {
			throw new IllegalArgumentException("The task root " + taskRoot + " is not a directory; see taskRoot(...)");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:MaxHeapSize=" + (memorySize * 85 / 100) + "m");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:+TieredCompilation");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Djava.net.preferIPv4Stack=true");
		command.add("-cp");
		command.add(runtimeClassPath());
		command.add(MAIN_CLASS);
		command.add(handler);
		ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		String path = environment.get("PATH");
		environment.clear();
		environment.putAll(lambdaEnvironment(taskRoot, handler, memorySize, runtimeApi));
		environment.put("PATH", (path != null) ? path : "/usr/bin:/bin");
		environment.putAll(variables);
		return new LambdaJavaRuntime(builder.start(), log);
	}

	private static Map<String, String> lambdaEnvironment(Path taskRoot, String handler, int memorySize,
			LocalRuntimeApi runtimeApi) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
		environment.put("_HANDLER", handler);
		environment.put("LAMBDA_TASK_ROOT", taskRoot.toString());
		environment.put("LAMBDA_RUNTIME_DIR", taskRoot.toString());
		environment.put("AWS_LAMBDA_FUNCTION_NAME", "local");
		environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
		environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memorySize));
		environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/local");
		environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
		environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
		environment.put("AWS_REGION", "us-east-1");
		environment.put("AWS_DEFAULT_REGION", "us-east-1");
		environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java" + Runtime.version().feature());
		environment.put("TZ", ":UTC");
		return environment;
	}

	/**
	 * Return the class path of the runtime: the runtime interface client and the
	 * libraries it needs, as in the runtime's own {@code lib} directory.
	 * @return the class path
	 */
	public static String runtimeClassPath() {
		return Stream.of(AWSLambda.class, Context.class, PojoSerializer.class, SdkInternalThreadLocal.class)
			.map(LambdaJavaRuntime::location)
			.distinct()
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static String location(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return whether the runtime's JVM still runs.
	 * @return whether it is alive
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Return what the runtime wrote so far: the logs of the function.
	 * @return the output
	 */
	public String output() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
