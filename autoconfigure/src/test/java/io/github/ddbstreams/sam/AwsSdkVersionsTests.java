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
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AwsSdkVersions}.
 */
class AwsSdkVersionsTests {

	@TempDir
	Path directory;

	@Test
	void findsNoProblemInModulesOfOneVersion() throws IOException {
		assertThat(
				versionsOf(module("a", "sdk-core", "2.40.0"), module("b", "dynamodb", "2.40.0")).mixedVersionsProblem())
			.isNull();
	}

	@Test
	void findsNoProblemWithoutTheSdk() throws IOException {
		assertThat(versionsOf().mixedVersionsProblem()).isNull();
	}

	@Test
	void namesTheModulesOfTheOtherVersionsAndCountsThoseOfTheCommonOne() throws IOException {
		String problem = versionsOf(module("a", "sdk-core", "2.37.5"), module("b", "cloudwatch", "2.37.5"),
				module("c", "dynamodb", "2.40.0"), module("d", "regions", "2.40.0"), module("e", "utils", "2.40.0"),
				module("f", "auth", "2.38.0"))
			.mixedVersionsProblem();
		assertThat(problem)
			.startsWith("Incompatible AWS SDK versions on the class path: auth at 2.38.0;"
					+ " cloudwatch, sdk-core at 2.37.5, the other 3 modules at 2.40.0. The AWS SDK v2 modules of the"
					+ " application (software.amazon.awssdk:*) are of different versions")
			.contains("Import the BOM io.github.ddbstreams:dynamodb-streams-spring-boot-dependencies")
			.endsWith("mvn dependency:tree -Dincludes=software.amazon.awssdk");
	}

	@Test
	void namesASingleModuleOfTheCommonVersion() throws IOException {
		assertThat(
				versionsOf(module("a", "sdk-core", "2.37.5"), module("b", "dynamodb", "2.40.0")).mixedVersionsProblem())
			.startsWith("Incompatible AWS SDK versions on the class path: sdk-core at 2.37.5, dynamodb at 2.40.0. ");
	}

	@Test
	void readsTheModulesOfTheTestClassPathAsOneVersion() {
		AwsSdkVersions versions = AwsSdkVersions.of(getClass().getClassLoader());
		assertThat(versions.mixedVersionsProblem()).isNull();
	}

	private AwsSdkVersions versionsOf(Path... roots) throws IOException {
		URL[] urls = new URL[roots.length];
		for (int i = 0; i < roots.length; i++) {
			urls[i] = roots[i].toUri().toURL();
		}
		return AwsSdkVersions.of(new URLClassLoader(urls, null));
	}

	private Path module(String root, String artifactId, String version) throws IOException {
		Path properties = this.directory
			.resolve(root + "/META-INF/maven/software.amazon.awssdk/" + artifactId + "/pom.properties");
		Files.createDirectories(properties.getParent());
		Files.writeString(properties,
				"artifactId=" + artifactId + "\ngroupId=software.amazon.awssdk\nversion=" + version + "\n");
		return this.directory.resolve(root);
	}

}
