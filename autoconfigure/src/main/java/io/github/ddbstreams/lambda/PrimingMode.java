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

/**
 * When the DynamoDB stream function is primed: a synthetic stream event runs through its
 * decode and dispatch path, so that the first real event finds classes loaded, table
 * schemas built and the code compiled.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum PrimingMode {

	/**
	 * Prime before a SnapStart (CRaC) checkpoint, so that the snapshot holds a primed
	 * function; nothing happens when no checkpoint is taken.
	 */
	SNAPSHOT,

	/**
	 * Prime at the end of start-up, in every start (also before a checkpoint, since
	 * start-up precedes it).
	 */
	STARTUP,

	/**
	 * Never prime.
	 */
	OFF

}
