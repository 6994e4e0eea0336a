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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The versions of the AWS SDK v2 modules ({@code software.amazon.awssdk:*}) on a class
 * path, read from the Maven metadata that each module's jar carries. The modules work
 * together only at one version; a dependency that brings another version of some of them
 * breaks the function on Lambda, sometimes only on the first call that reaches the
 * mismatched code.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AwsSdkVersions {

	private static final String MODULES = "classpath*:META-INF/maven/software.amazon.awssdk/*/pom.properties";

	private static final String FIX = "The AWS SDK v2 modules of the application (software.amazon.awssdk:*) are of"
			+ " different versions, usually because another dependency brings an older one. Import the BOM"
			+ " io.github.ddbstreams:dynamodb-streams-spring-boot-dependencies (Maven: <type>pom</type>"
			+ " <scope>import</scope> in <dependencyManagement>; Gradle: implementation platform(...)) so that"
			+ " every AWS SDK module has the version the starter was built with, and check the result with"
			+ " mvn dependency:tree -Dincludes=software.amazon.awssdk";

	private final Map<String, TreeSet<String>> modulesByVersion;

	private AwsSdkVersions(Map<String, TreeSet<String>> modulesByVersion) {
		this.modulesByVersion = modulesByVersion;
	}

	/**
	 * Read the versions of the AWS SDK modules that a class loader sees.
	 * @param classLoader the class loader of the application
	 * @return the versions
	 */
	static AwsSdkVersions of(@Nullable ClassLoader classLoader) {
		Map<String, TreeSet<String>> modulesByVersion = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(MODULES)) {
				Properties properties = new Properties();
				try (InputStream input = resource.getInputStream()) {
					properties.load(input);
				}
				String module = properties.getProperty("artifactId");
				String version = properties.getProperty("version");
				if (module != null && version != null) {
					modulesByVersion.computeIfAbsent(version, (key) -> new TreeSet<>()).add(module);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the versions of the AWS SDK modules", ex);
		}
		return new AwsSdkVersions(modulesByVersion);
	}

	/**
	 * Return the problem of modules of more than one version, naming each version's
	 * modules, the most common version's by their number only.
	 * @return the problem with its fix, or {@code null} when every module has the same
	 * version
	 */
	@Nullable String mixedVersionsProblem() {
		if (this.modulesByVersion.size() < 2) {
			return null;
		}
		List<Map.Entry<String, TreeSet<String>>> versions = new ArrayList<>(this.modulesByVersion.entrySet());
		versions.sort(Comparator.comparing((Map.Entry<String, TreeSet<String>> entry) -> entry.getValue().size())
			.thenComparing(Map.Entry::getKey));
		Map.Entry<String, TreeSet<String>> common = versions.remove(versions.size() - 1);
		List<String> others = new ArrayList<>();
		for (Map.Entry<String, TreeSet<String>> version : versions) {
			others.add(String.join(", ", version.getValue()) + " at " + version.getKey());
		}
		int commonSize = common.getValue().size();
		return "Incompatible AWS SDK versions on the class path: " + String.join("; ", others) + ", "
				+ ((commonSize != 1) ? "the other " + commonSize + " modules" : common.getValue().first()) + " at "
				+ common.getKey() + ". " + FIX;
	}

	/**
	 * Return what to do when the AWS SDK failed with a linkage error.
	 * @param error the error
	 * @return the problem, with the fix
	 */
	static String linkageErrorProblem(String error) {
		return "Incompatible AWS SDK versions on the class path: the stream lookup failed with " + error + ". " + FIX;
	}

}
