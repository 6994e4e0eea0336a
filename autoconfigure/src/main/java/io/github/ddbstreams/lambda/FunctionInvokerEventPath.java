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

package io.github.ddbstreams.lambda;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.cloud.function.json.JsonMapper;
import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * The path of an event through Spring Cloud Function's {@link FunctionInvoker}, without
 * the invoker itself (which would start another application context): the function looked
 * up in the application's {@link FunctionCatalog} as the invoker looks it up, the input
 * message built, the function applied and its output written as JSON, each step as
 * {@code FunctionInvoker.handleRequest} takes it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class FunctionInvokerEventPath implements StreamFunctionPrimer.EventPath {

	private final FunctionCatalog catalog;

	private final JsonMapper jsonMapper;

	private final String functionName;

	/**
	 * Create the path.
	 * @param catalog the application's function catalog
	 * @param jsonMapper the application's JSON mapper, which writes the output
	 * @param functionName the name of the function to invoke
	 */
	public FunctionInvokerEventPath(FunctionCatalog catalog, JsonMapper jsonMapper, String functionName) {
		this.catalog = catalog;
		this.jsonMapper = jsonMapper;
		this.functionName = functionName;
	}

	@Override
	public byte[] handle(InputStream event) throws IOException {
		FunctionInvocationWrapper function = this.catalog.lookup(this.functionName, "application/json");
		Assert.state(function != null, () -> "No function '" + this.functionName + "' in the function catalog");
		Message<?> message = AWSLambdaUtils.generateMessage(event, function.getInputType(), function.isSupplier(),
				this.jsonMapper, null);
		Object response = function.apply(message);
		return AWSLambdaUtils.generateOutputFromObject(message, response, this.jsonMapper, function.getOutputType());
	}

}
