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

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/**
 * A Lambda context with a request id, for tests.
 *
 * @param getAwsRequestId the request id
 * @author DynamoDB Streams for Spring Boot contributors
 */
public record RequestContext(String getAwsRequestId) implements Context {

	@Override
	public String getLogGroupName() {
		return "group";
	}

	@Override
	public String getLogStreamName() {
		return "stream";
	}

	@Override
	public String getFunctionName() {
		return "function";
	}

	@Override
	public String getFunctionVersion() {
		return "$LATEST";
	}

	@Override
	public String getInvokedFunctionArn() {
		return "arn:aws:lambda:us-east-1:123456789012:function:function";
	}

	@Override
	public CognitoIdentity getIdentity() {
		return null;
	}

	@Override
	public ClientContext getClientContext() {
		return null;
	}

	@Override
	public int getRemainingTimeInMillis() {
		return 1000;
	}

	@Override
	public int getMemoryLimitInMB() {
		return 1024;
	}

	@Override
	public LambdaLogger getLogger() {
		return null;
	}

}
