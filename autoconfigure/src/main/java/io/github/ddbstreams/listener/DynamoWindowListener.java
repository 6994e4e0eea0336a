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

package io.github.ddbstreams.listener;

/**
 * Aggregates the records of each tumbling window into a state that Lambda carries from
 * one invocation of the window to the next, and receives the window's final state when it
 * closes: counts or sums per minute, with no database.
 * <p>
 * Declare the tables with {@link DynamoStreamListener @DynamoStreamListener} on the
 * class, as for a record listener, and give each of those tables a
 * {@code dynamodb.streams.tables.<name>.tumbling-window}. The state is a value the
 * listener's Jackson mapping turns into JSON and back without loss (a record, a bean, a
 * map); the starter carries it in Lambda's state map under the listener's bean name, at
 * most 1 MB in all.
 * <p>
 * {@link #onRecord} folds one record into the state and returns the new state. It must
 * compute only that: it may be called again with the same state and record, when the
 * dispatcher rebuilds the state as of an earlier record, and Lambda may deliver a record
 * again. Return a new state rather than changing the given one.
 * <p>
 * Failure: a record whose {@code onRecord} throws fails as a record listener's failure
 * does (the partial batch response names it), and the response carries the state as of
 * the record before it, so that the retry from that record counts nothing twice. A state
 * that would exceed 1 MB fails the record that made it grow over the limit. An
 * {@link #onWindowEnd} that throws fails the invocation: Lambda retries the final
 * invocation with the state it had before.
 *
 * @param <S> the type of the state
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DynamoWindow
 */
public interface DynamoWindowListener<S> {

	/**
	 * Return the state of a window that has none yet (its first invocation, or the first
	 * after Lambda ended the window early).
	 * @return the initial state
	 */
	S initialState();

	/**
	 * Fold one record of the window into its state.
	 * @param state the state as of the record before
	 * @param record the record
	 * @param window the window of the invocation
	 * @return the state as of this record
	 * @throws Exception to fail the record
	 */
	S onRecord(S state, DynamoRecord record, DynamoWindow window) throws Exception;

	/**
	 * Receive the final state of a window, in its last invocation, once every record of
	 * that invocation was folded: where the result is emitted.
	 * @param state the final state of the window
	 * @param window the window
	 * @throws Exception to fail the invocation, which Lambda retries
	 */
	default void onWindowEnd(S state, DynamoWindow window) throws Exception {
	}

}
