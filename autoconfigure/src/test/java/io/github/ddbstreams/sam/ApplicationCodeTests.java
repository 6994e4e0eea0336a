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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApplicationCode}: the project directory found from the build output an
 * application runs from, and the kinds of jar.
 */
class ApplicationCodeTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@CsvSource(textBlock = """
			pom.xml,          target/demo-0.0.1-SNAPSHOT.jar
			pom.xml,          target/classes
			build.gradle,     build/libs/demo-0.0.1-SNAPSHOT.jar
			build.gradle.kts, build/libs/demo-0.0.1-SNAPSHOT-plain.jar
			build.gradle,     build/classes/java/main
			build.gradle.kts, build/classes/kotlin/main
			""")
	void findsTheProjectAroundTheBuildOutput(String buildFile, String buildOutput) throws IOException {
		Path project = project("demo", buildFile);
		Path location = buildOutput(project.resolve(buildOutput));
		Path working = Files.createDirectories(this.directory.resolve("elsewhere"));
		ApplicationCode code = ApplicationCode.locate(location, working, "com.example.demo.DemoApplication");
		assertThat(code.projectDirectory()).isEqualTo(project);
		assertThat(code.location()).isEqualTo(location);
		assertThat(code.templateDirectory()).isEqualTo(project);
		assertThat(code.applicationClass()).isEqualTo("com.example.demo.DemoApplication");
	}

	@Test
	void takesTheWorkingDirectoryWhenTheBuildOutputIsNotInAProject() throws IOException {
		Path location = buildOutput(this.directory.resolve("downloads/demo.jar"));
		Path working = project("demo", "pom.xml");
		assertThat(ApplicationCode.locate(location, working, null).projectDirectory()).isEqualTo(working);
		assertThat(ApplicationCode.locate(null, working, null).projectDirectory()).isEqualTo(working);
	}

	@Test
	void takesNoProjectWhenNeitherTheBuildOutputNorTheWorkingDirectoryIsInOne() throws IOException {
		Path location = buildOutput(this.directory.resolve("app/target/demo.jar"));
		Path working = Files.createDirectories(this.directory.resolve("elsewhere"));
		ApplicationCode code = ApplicationCode.locate(location, working, null);
		assertThat(code.projectDirectory()).isNull();
		assertThat(code.templateDirectory()).isEqualTo(working);
	}

	@Test
	void tellsASpringBootJarFromALambdaPackage() throws IOException {
		String handler = "org.springframework.cloud.function.adapter.aws.FunctionInvoker";
		Path boot = SamTemplateGeneratorTests.bootJar(this.directory.resolve("boot.jar"));
		Path shaded = SamTemplateGeneratorTests.jar(this.directory.resolve("shaded.jar"),
				"org/springframework/cloud/function/adapter/aws/FunctionInvoker.class");
		Path zip = SamTemplateGeneratorTests.jar(this.directory.resolve("function.zip"), "com/example/Demo.class",
				"lib/spring-cloud-function-adapter-aws-5.0.1.jar");
		Path plain = SamTemplateGeneratorTests.jar(this.directory.resolve("plain.jar"), "com/example/Demo.class");
		assertThat(ApplicationCode.isSpringBootJar(boot)).isTrue();
		assertThat(ApplicationCode.isLambdaPackage(boot, handler)).isFalse();
		assertThat(ApplicationCode.isLambdaPackage(shaded, handler)).isTrue();
		assertThat(ApplicationCode.isLambdaPackage(zip, handler)).isTrue();
		assertThat(ApplicationCode.isLambdaPackage(plain, handler)).isFalse();
		assertThat(ApplicationCode.isSpringBootJar(this.directory)).isFalse();
	}

	private Path project(String name, String buildFile) throws IOException {
		Path project = Files.createDirectories(this.directory.resolve(name));
		Files.writeString(project.resolve(buildFile), "");
		return project;
	}

	private static Path buildOutput(Path location) throws IOException {
		if (location.getFileName().toString().endsWith(".jar")) {
			return SamTemplateGeneratorTests.bootJar(location);
		}
		return Files.createDirectories(location);
	}

}
