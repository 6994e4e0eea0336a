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

package io.github.ddbstreams.endpoint;

import java.lang.reflect.Type;

import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoWindow;
import io.github.ddbstreams.listener.DynamoWindowListener;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.ResolvableType;

/**
 * An endpoint that folds the records of each tumbling window into a state, and receives
 * the final state of each window.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 * @see DynamoWindowListener
 */
public non-sealed interface WindowEndpoint extends ListenerEndpoint {

	/**
	 * Return the key of this endpoint's state in the state map that Lambda carries.
	 * @return the key, the listener's bean name
	 */
	String stateKey();

	/**
	 * Return the type of the state, which the state is read as.
	 * @return the type
	 */
	Type stateType();

	/**
	 * Return the state of a window that has none yet.
	 * @return the initial state
	 */
	Object initialState();

	/**
	 * Fold one record into the state.
	 * @param state the state as of the record before
	 * @param record the record
	 * @param window the window
	 * @return the state as of this record
	 * @throws Exception to fail the record
	 */
	Object onRecord(Object state, DynamoRecord record, DynamoWindow window) throws Exception;

	/**
	 * Receive the final state of a window.
	 * @param state the final state
	 * @param window the window
	 * @throws Exception to fail the invocation
	 */
	void onWindowEnd(Object state, DynamoWindow window) throws Exception;

	/**
	 * Return the endpoint of a {@link DynamoWindowListener} bean.
	 * @param beanName the name of the bean
	 * @param listener the listener
	 * @return the endpoint
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static WindowEndpoint of(String beanName, DynamoWindowListener<?> listener) {
		DynamoWindowListener raw = listener;
		ResolvableType declared = ResolvableType.forClass(AopUtils.getTargetClass(listener))
			.as(DynamoWindowListener.class)
			.getGeneric(0);
		Type stateType = (declared.resolve() != null) ? declared.getType() : listener.initialState().getClass();
		return new WindowEndpoint() {

			@Override
			public String stateKey() {
				return beanName;
			}

			@Override
			public Type stateType() {
				return stateType;
			}

			@Override
			public Object initialState() {
				return raw.initialState();
			}

			@Override
			public Object onRecord(Object state, DynamoRecord record, DynamoWindow window) throws Exception {
				return raw.onRecord(state, record, window);
			}

			@Override
			public void onWindowEnd(Object state, DynamoWindow window) throws Exception {
				raw.onWindowEnd(state, window);
			}

			@Override
			public String description() {
				return "window listener bean '" + beanName + "'";
			}

			@Override
			public @Nullable ListenerEndpoint readingEndpoint() {
				return null;
			}

		};
	}

}
