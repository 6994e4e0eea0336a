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

package io.github.ddbstreams.benchmarks.stock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The floor of every Spring Cloud Function handler: Spring Boot and Spring Cloud
 * Function's AWS adapter behind the stock {@code FunctionInvoker}, and one function that
 * reads the event without decoding it (an {@link InputStream} input, which the adapter
 * hands over unparsed) and answers that nothing failed. What it costs is what any
 * application with this handler pays before its own work.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@SpringBootApplication
public class StockFunctionApplication {

	/**
	 * The name of the function, for {@code SPRING_CLOUD_FUNCTION_DEFINITION}.
	 */
	public static final String FUNCTION = "emptyStreamFunction";

	private static final String NO_FAILURES = "{\"batchItemFailures\":[]}";

	public static void main(String[] args) {
		SpringApplication.run(StockFunctionApplication.class, args);
	}

	@Bean(FUNCTION)
	Function<InputStream, String> emptyStreamFunction() {
		return (event) -> {
			try {
				event.transferTo(OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return NO_FAILURES;
		};
	}

}
