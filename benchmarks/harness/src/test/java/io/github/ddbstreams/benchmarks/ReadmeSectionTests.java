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

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ReadmeSection}.
 */
class ReadmeSectionTests {

	@TempDir
	Path directory;

	@Test
	void replacesOnlyTheContentBetweenTheMarkers() throws Exception {
		Path readme = Files.writeString(this.directory.resolve("README.md"), """
				# Title
				<!-- section:benchmarks -->
				old
				<!-- /section:benchmarks -->
				<!-- section:other -->
				kept
				<!-- /section:other -->
				""");
		new ReadmeSection(readme, "benchmarks").replace("new\ntable");
		assertThat(readme).content().isEqualTo("""
				# Title
				<!-- section:benchmarks -->
				new
				table
				<!-- /section:benchmarks -->
				<!-- section:other -->
				kept
				<!-- /section:other -->
				""");
	}

	@Test
	void fillsAnEmptySection() throws Exception {
		Path readme = Files.writeString(this.directory.resolve("README.md"),
				"<!-- section:benchmarks -->\n<!-- /section:benchmarks -->\n");
		new ReadmeSection(readme, "benchmarks").replace("table\n");
		assertThat(readme).content().isEqualTo("<!-- section:benchmarks -->\ntable\n<!-- /section:benchmarks -->\n");
	}

	@Test
	void failsWithoutTheMarkers() throws Exception {
		Path readme = Files.writeString(this.directory.resolve("README.md"), "# Title\n");
		assertThatIllegalStateException().isThrownBy(() -> new ReadmeSection(readme, "benchmarks").replace("table"))
			.withMessageContaining("<!-- section:benchmarks -->");
	}

}
