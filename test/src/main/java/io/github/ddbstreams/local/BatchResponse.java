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

import java.util.List;

import io.github.ddbstreams.test.LambdaResponse;
import org.jspecify.annotations.Nullable;

/**
 * What the function answered for a batch, read the way Lambda reads it.
 * <p>
 * Without partial batch responses, any answer is a success. With them, Lambda takes an
 * empty or missing {@code batchItemFailures} list as a success, retries from the record
 * with the lowest sequence number among those reported, and fails the whole batch when
 * the response is one it rejects (see {@link LambdaResponse}) or an
 * {@code itemIdentifier} is not in the batch.
 *
 * @param processed the number of records at the start of the batch that are done
 * @param failed whether the rest of the batch must be retried
 * @param problem why the whole batch failed although the function returned, or
 * {@code null}
 * @author DynamoDB Streams for Spring Boot contributors
 */
record BatchResponse(int processed, boolean failed, @Nullable String problem) {

	/**
	 * Read the response of the function.
	 * @param response the response
	 * @param reportBatchItemFailures whether the mapping reads partial batch responses
	 * @param batch the records of the batch, in order
	 * @param windowed whether the invocation was one of a tumbling window, whose response
	 * Lambda takes for a failed invocation when it carries no {@code state}
	 * @return the response
	 */
	static BatchResponse read(LambdaResponse response, boolean reportBatchItemFailures, List<ShardRecord> batch,
			boolean windowed) {
		if (windowed && response.windowState() == null) {
			return wholeBatch("the response to a tumbling window's invocation has no 'state' object");
		}
		if (!reportBatchItemFailures || response.isSuccess()) {
			return new BatchResponse(batch.size(), false, null);
		}
		String rejectionReason = response.rejectionReason();
		if (rejectionReason != null) {
			return wholeBatch(rejectionReason);
		}
		int first = batch.size();
		for (String sequenceNumber : response.failedSequenceNumbers()) {
			int index = indexOf(batch, sequenceNumber);
			if (index < 0) {
				return wholeBatch("batch item failure '" + sequenceNumber + "' is not a record of the batch");
			}
			first = Math.min(first, index);
		}
		return new BatchResponse(first, true, null);
	}

	/**
	 * Return the response of an invocation that threw.
	 * @return the response
	 */
	static BatchResponse error() {
		return new BatchResponse(0, true, null);
	}

	private static BatchResponse wholeBatch(String problem) {
		return new BatchResponse(0, true, problem);
	}

	private static int indexOf(List<ShardRecord> batch, String sequenceNumber) {
		for (int i = 0; i < batch.size(); i++) {
			if (batch.get(i).sequenceNumber().equals(sequenceNumber)) {
				return i;
			}
		}
		return -1;
	}

}
