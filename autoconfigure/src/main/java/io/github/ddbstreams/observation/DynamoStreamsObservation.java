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

package io.github.ddbstreams.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of DynamoDB stream dispatch: one per batch (an invocation of the
 * function) and one per record, a child of its batch's.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum DynamoStreamsObservation implements ObservationDocumentation {

	/**
	 * The listeners, interceptors and error handler of one record, on the thread that
	 * runs the record.
	 */
	RECORD {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRecordObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return RecordLowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return RecordHighCardinalityKeyNames.values();
		}

	},

	/**
	 * One batch of records, from the first record started to the last one finished.
	 */
	BATCH {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultBatchObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return BatchLowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return BatchHighCardinalityKeyNames.values();
		}

	};

	/**
	 * Low cardinality keys of the record observation: tags of its timer.
	 */
	public enum RecordLowCardinalityKeyNames implements KeyName {

		/**
		 * Logical name of the record's table ({@code unknown} when its event source is
		 * not a table stream).
		 */
		TABLE {

			@Override
			public String asString() {
				return "table";
			}

		},

		/**
		 * Event name of the record: {@code INSERT}, {@code MODIFY} or {@code REMOVE}.
		 */
		EVENT_NAME {

			@Override
			public String asString() {
				return "event.name";
			}

		},

		/**
		 * What became of the record: {@code processed}, {@code recovered}, {@code failed}
		 * or {@code error}.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		}

	}

	/**
	 * High cardinality keys of the record observation: on spans, never on meters.
	 */
	public enum RecordHighCardinalityKeyNames implements KeyName {

		/**
		 * Sequence number of the record.
		 */
		SEQUENCE_NUMBER {

			@Override
			public String asString() {
				return "sequence.number";
			}

		},

		/**
		 * Event id of the record.
		 */
		EVENT_ID {

			@Override
			public String asString() {
				return "event.id";
			}

		}

	}

	/**
	 * Low cardinality keys of the batch observation: tags of its timer.
	 */
	public enum BatchLowCardinalityKeyNames implements KeyName {

		/**
		 * Logical name of the batch's table ({@code unknown} when its event source is not
		 * a table stream).
		 */
		TABLE {

			@Override
			public String asString() {
				return "table";
			}

		},

		/**
		 * What became of the batch: {@code success} (every record done), {@code failure}
		 * (a record failed: partial batch response or failed invocation) or {@code error}
		 * (an {@link Error} failed the invocation).
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		}

	}

	/**
	 * High cardinality keys of the batch observation: on spans, never on meters.
	 */
	public enum BatchHighCardinalityKeyNames implements KeyName {

		/**
		 * Number of records in the batch.
		 */
		SIZE {

			@Override
			public String asString() {
				return "batch.size";
			}

		},

		/**
		 * Lambda request id of the invocation (absent when not known).
		 */
		REQUEST_ID {

			@Override
			public String asString() {
				return "request.id";
			}

		},

		/**
		 * Sequence number the batch answers as failed (absent when none failed).
		 */
		FAILED_SEQUENCE_NUMBER {

			@Override
			public String asString() {
				return "failed.sequence.number";
			}

		}

	}

}
