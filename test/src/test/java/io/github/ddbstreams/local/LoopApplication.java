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

package io.github.ddbstreams.local;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * An application with one listener for every table and a recording function invoker.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class LoopApplication {

	/**
	 * Run the application, as {@link ManagedMotoServerTests} does in a JVM of its own.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(LoopApplication.class, args);
	}

	@Bean
	RecordingListener recordingListener() {
		return new RecordingListener();
	}

	@Bean
	RecordingFunctionInvoker recordingFunctionInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper,
			Environment environment) {
		return new RecordingFunctionInvoker(functionCatalog, jsonMapper,
				environment.getRequiredProperty("spring.cloud.function.definition"));
	}

}
