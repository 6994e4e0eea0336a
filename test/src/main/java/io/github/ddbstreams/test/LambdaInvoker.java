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

package io.github.ddbstreams.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.amazonaws.services.lambda.runtime.Context;
import org.jspecify.annotations.Nullable;

import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * Invokes the application's Lambda function with the JSON of an event the way AWS Lambda
 * does through Spring Cloud Function's {@code FunctionInvoker} handler, and returns what
 * the function answered: the function of the {@code spring.cloud.function.definition} is
 * looked up in the {@link FunctionCatalog} for {@code application/json}, the event
 * becomes a message with
 * {@link AWSLambdaUtils#generateMessage(java.io.InputStream, java.lang.reflect.Type, boolean, JsonMapper, Context)
 * AWSLambdaUtils.generateMessage} from its input stream (a function that takes the raw
 * {@code InputStream} gets it unparsed) with a Lambda {@link Context} in header
 * {@code aws-context}, and the result becomes bytes with
 * {@link AWSLambdaUtils#generateOutputFromObject
 * AWSLambdaUtils.generateOutputFromObject}.
 * <p>
 * What the function throws (a malformed event, a failed record without partial batch
 * responses) is thrown to the caller unchanged, as the handler throws it to Lambda. The
 * handler also enables case-insensitive properties on the Jackson mapper; with Jackson 3
 * that has no effect on the shared mapper, so this invoker leaves it alone.
 * <p>
 * Tests get one as a bean (see {@code DynamoStreamsTestAutoConfiguration}); the local
 * stream loop invokes the function with it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class LambdaInvoker {

	private final FunctionCatalog functionCatalog;

	private final JsonMapper jsonMapper;

	private final String functionDefinition;

	private volatile @Nullable FunctionInvocationWrapper function;

	/**
	 * Create an invoker.
	 * @param functionCatalog the function catalog of the application
	 * @param jsonMapper the JSON mapper of Spring Cloud Function
	 * @param functionDefinition the function definition, as in
	 * {@code spring.cloud.function.definition}
	 */
	public LambdaInvoker(FunctionCatalog functionCatalog, JsonMapper jsonMapper, String functionDefinition) {
		Assert.hasText(functionDefinition, "'functionDefinition' must not be empty");
		this.functionCatalog = functionCatalog;
		this.jsonMapper = jsonMapper;
		this.functionDefinition = functionDefinition;
	}

	/**
	 * Return the definition of the invoked function.
	 * @return the function definition
	 */
	public String functionDefinition() {
		return this.functionDefinition;
	}

	/**
	 * Invoke the function with an event built for a test.
	 * @param event the event
	 * @return the response of the function
	 * @throws RuntimeException what the function threw
	 */
	public LambdaResponse invoke(StreamEventBuilder event) {
		return invoke(event.toBytes());
	}

	/**
	 * Invoke the function with an event.
	 * @param event the event JSON
	 * @return the response of the function
	 * @throws RuntimeException what the function threw
	 */
	public LambdaResponse invoke(String event) {
		return invoke(event.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Invoke the function with an event, with a Lambda context of its own (a new request
	 * id for each invocation).
	 * @param event the event, UTF-8 JSON
	 * @return the response of the function
	 * @throws RuntimeException what the function threw
	 */
	public LambdaResponse invoke(byte[] event) {
		return invoke(event, new InvocationContext(this.functionDefinition));
	}

	/**
	 * Invoke the function with an event and a Lambda context.
	 * @param event the event, UTF-8 JSON
	 * @param context the Lambda context, which the function finds in header
	 * {@code aws-context}; {@code null} for none
	 * @return the response of the function
	 * @throws RuntimeException what the function threw
	 */
	public LambdaResponse invoke(byte[] event, @Nullable Context context) {
		FunctionInvocationWrapper function = function();
		Message<?> request;
		try {
			request = AWSLambdaUtils.generateMessage(new ByteArrayInputStream(event), function.getInputType(),
					function.isSupplier(), this.jsonMapper, context);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Object response = function.apply(request);
		return LambdaResponse
			.of(AWSLambdaUtils.generateOutputFromObject(request, response, this.jsonMapper, function.getOutputType()));
	}

	/**
	 * Look the function up, so that a missing function fails before the first event.
	 * @throws IllegalStateException if the catalog has no such function
	 */
	public void resolve() {
		function();
	}

	private FunctionInvocationWrapper function() {
		FunctionInvocationWrapper function = this.function;
		if (function == null) {
			synchronized (this) {
				function = this.function;
				if (function == null) {
					function = lookup();
					this.function = function;
				}
			}
		}
		return function;
	}

	private FunctionInvocationWrapper lookup() {
		FunctionInvocationWrapper function = this.functionCatalog.lookup(this.functionDefinition, "application/json");
		if (function == null) {
			throw new IllegalStateException("No function '" + this.functionDefinition
					+ "' in the function catalog (spring.cloud.function.definition); functions: "
					+ this.functionCatalog.getNames(null));
		}
		if (function.isOutputTypePublisher()) {
			function.setSkipOutputConversion(true);
		}
		return function;
	}

}
