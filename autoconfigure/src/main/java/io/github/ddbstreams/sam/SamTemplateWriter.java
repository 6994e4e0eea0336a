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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Writes the SAM template once the application has started with the {@code sam} profile,
 * and says how to deploy it. A template that cannot be generated fails the application,
 * and leaves no file behind.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class SamTemplateWriter implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SamTemplateWriter.class);

	private final SamTemplateGenerator generator;

	private final ApplicationCode code;

	/**
	 * Create a writer.
	 * @param generator the generator of the template
	 * @param code where the code of the application lives
	 */
	public SamTemplateWriter(SamTemplateGenerator generator, ApplicationCode code) {
		this.generator = generator;
		this.code = code;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		write();
	}

	/**
	 * Generate the template and write it, replacing the file atomically.
	 * @return the template written
	 * @throws IOException if the file cannot be written
	 * @throws SamTemplateException if the template cannot be generated
	 */
	public SamTemplate write() throws IOException {
		SamTemplate template = this.generator.generate(this.code);
		Path output = template.output();
		Path directory = Files.createDirectories(output.getParent());
		Path written = directory.resolve("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			Files.writeString(written, template.yaml(), StandardCharsets.UTF_8);
			Files.move(written, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(written);
		}
		template.warnings().forEach(logger::warn);
		template.streamArnParameters()
			.forEach((parameter) -> logger.warn("Stream ARN of table " + parameter.tableName() + " not looked up ("
					+ parameter.reason() + "): the template takes it as parameter " + parameter.name()));
		String indent = System.lineSeparator() + "    ";
		logger.info("Wrote SAM template " + output + ". Deploy it with:" + indent
				+ String.join(indent, template.deployCommands()));
		return template;
	}

}
