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

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.github.ddbstreams.listener.DynamoRecord;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DynamodbEvent} decoded by {@link StreamEventDecoder}, as the message converter
 * hands it to a {@code Consumer<DynamodbEvent>}: it carries the decoded records, and
 * builds the records of the Lambda events library only when asked for them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class DecodedStreamEvent extends DynamodbEvent {

	private static final long serialVersionUID = 1L;

	private final transient List<DynamoRecord> records;

	private transient boolean rawRecordsBuilt;

	/**
	 * Create an event.
	 * @param records the decoded records
	 */
	public DecodedStreamEvent(List<DynamoRecord> records) {
		this.records = List.copyOf(records);
	}

	/**
	 * Return the decoded records.
	 * @return the records, in batch order
	 */
	public List<DynamoRecord> records() {
		return this.records;
	}

	@Override
	public List<DynamodbStreamRecord> getRecords() {
		if (!this.rawRecordsBuilt) {
			setRecords(this.records.stream().map(DynamoRecord::raw).toList());
			this.rawRecordsBuilt = true;
		}
		return super.getRecords();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	@Override
	public String toString() {
		return "DecodedStreamEvent{records=" + this.records.size() + "}";
	}

}
