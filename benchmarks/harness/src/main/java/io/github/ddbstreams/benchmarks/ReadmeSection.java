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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a Markdown file between {@code <!-- section:name -->} and
 * {@code <!-- /section:name -->}, whose content can be replaced.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ReadmeSection {

	private final Path file;

	private final String start;

	private final String end;

	/**
	 * Create a section.
	 * @param file the Markdown file
	 * @param name the name of the section
	 */
	ReadmeSection(Path file, String name) {
		this.file = file;
		this.start = "<!-- section:" + name + " -->";
		this.end = "<!-- /section:" + name + " -->";
	}

	/**
	 * Replace everything between the markers.
	 * @param content the new content, without the markers
	 * @throws IOException if the file cannot be read or written
	 */
	void replace(String content) throws IOException {
		String text = Files.readString(this.file, StandardCharsets.UTF_8);
		int start = text.indexOf(this.start);
		int end = text.indexOf(this.end);
		if (start < 0 || end < start) {
			throw new IllegalStateException(this.file + " has no section " + this.start + " ... " + this.end);
		}
		String body = content.endsWith("\n") ? content : content + "\n";
		String replaced = text.substring(0, start + this.start.length()) + "\n" + body + text.substring(end);
		Files.writeString(this.file, replaced, StandardCharsets.UTF_8);
	}

}
