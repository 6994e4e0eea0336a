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

import java.time.Duration;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import org.jspecify.annotations.Nullable;

/**
 * The Lambda {@link Context} of one invocation by a {@link LambdaInvoker}: a new request
 * id, the function definition as function name, version {@code $LATEST}, the defaults of
 * the generated SAM template (1024 MB, a 30 second timeout that runs from the start of
 * the invocation), and the logger of the Lambda runtime library, which writes to standard
 * output outside Lambda.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class InvocationContext implements Context {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	static final int MEMORY_LIMIT_IN_MB = 1024;

	private final String awsRequestId = UUID.randomUUID().toString();

	private final String functionName;

	private final long deadline = System.nanoTime() + TIMEOUT.toNanos();

	InvocationContext(String functionName) {
		this.functionName = functionName;
	}

	@Override
	public String getAwsRequestId() {
		return this.awsRequestId;
	}

	@Override
	public String getLogGroupName() {
		return "/aws/lambda/" + this.functionName;
	}

	@Override
	public @Nullable String getLogStreamName() {
		return null;
	}

	@Override
	public String getFunctionName() {
		return this.functionName;
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public @Nullable String getInvokedFunctionArn() {
		return null;
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
		return (int) Math.max(0, Duration.ofNanos(this.deadline - System.nanoTime()).toMillis());
	}

	@Override
	public int getMemoryLimitInMB() {
		return MEMORY_LIMIT_IN_MB;
	}

	@Override
	public LambdaLogger getLogger() {
		return LambdaRuntime.getLogger();
	}

	@Override
	public String toString() {
		return "InvocationContext{awsRequestId=" + this.awsRequestId + ", functionName=" + this.functionName + "}";
	}

}
