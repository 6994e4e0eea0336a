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

package io.github.ddbstreams.kcl;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.kinesis.processor.Checkpointer;
import software.amazon.kinesis.processor.PreparedCheckpointer;
import software.amazon.kinesis.processor.RecordProcessorCheckpointer;

/**
 * A checkpointer of KCL that records the sequence numbers it is asked to checkpoint.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class RecordingCheckpointer implements RecordProcessorCheckpointer {

	private final List<String> checkpoints = new ArrayList<>();

	List<String> checkpoints() {
		return this.checkpoints;
	}

	@Override
	public void checkpoint() {
		this.checkpoints.add("SHARD_END");
	}

	@Override
	public void checkpoint(Record record) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void checkpoint(String sequenceNumber) {
		this.checkpoints.add(sequenceNumber);
	}

	@Override
	public void checkpoint(String sequenceNumber, long subSequenceNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint() {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(byte[] applicationState) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(Record record) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(Record record, byte[] applicationState) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(String sequenceNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(String sequenceNumber, byte[] applicationState) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(String sequenceNumber, long subSequenceNumber) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PreparedCheckpointer prepareCheckpoint(String sequenceNumber, long subSequenceNumber,
			byte[] applicationState) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Checkpointer checkpointer() {
		throw new UnsupportedOperationException();
	}

}
