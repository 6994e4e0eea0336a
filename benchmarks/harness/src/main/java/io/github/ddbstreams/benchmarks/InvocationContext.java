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

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Context} of an invocation in the dispatch benchmark, as Lambda passes one to
 * every handler (Spring Cloud Function's {@code FunctionInvoker} logs a warning for each
 * invocation without it).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class InvocationContext implements Context {

	private static final LambdaLogger LOGGER = new LambdaLogger() {

		@Override
		public void log(String message) {
			System.out.print(message);
		}

		@Override
		public void log(byte[] message) {
			System.out.write(message, 0, message.length);
		}

	};

	private final int memorySize;

	/**
	 * Create a context.
	 * @param memorySize the memory of the function in MB
	 */
	InvocationContext(int memorySize) {
		this.memorySize = memorySize;
	}

	@Override
	public String getAwsRequestId() {
		return "00000000-0000-0000-0000-000000000000";
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/benchmark";
	}

	@Override
	public String getLogStreamName() {
		return "benchmark";
	}

	@Override
	public String getFunctionName() {
		return "benchmark";
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:us-east-1:123456789012:function:benchmark";
	}

	@Override
	public @Nullable CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public @Nullable ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return Integer.MAX_VALUE;
	}

	@Override
	public int getMemoryLimitInMB() {
		return this.memorySize;
	}

	@Override
	public LambdaLogger getLogger() {
		return LOGGER;
	}

}
