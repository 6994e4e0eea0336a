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

import java.nio.file.Path;
import java.util.List;

/**
 * A generated SAM template: its YAML, where it belongs, and what a deployment must be
 * told that the generation could not find out.
 *
 * @param yaml the template
 * @param output the file the template is written to
 * @param streamArnParameters the parameters that take the stream ARN of a table whose
 * stream could not be looked up
 * @param warnings what deserves attention in the template
 * @param deployCommands the commands that build and deploy the template, run from the
 * working directory
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record SamTemplate(String yaml, Path output, List<StreamArnParameter> streamArnParameters, List<String> warnings,
		List<String> deployCommands) {

	/**
	 * A template parameter that takes the stream ARN of a table.
	 *
	 * @param name the name of the parameter, such as {@code TestTableStreamArn}
	 * @param tableName the name of the table in DynamoDB
	 * @param reason why the ARN was not looked up
	 */
	public record StreamArnParameter(String name, String tableName, String reason) {

	}

}
