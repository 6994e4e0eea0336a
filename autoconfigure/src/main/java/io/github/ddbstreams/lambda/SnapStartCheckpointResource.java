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

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The CRaC {@link Resource} through which a SnapStart checkpoint primes the function, and
 * a restore renews what restored copies must not share. Loaded only when the CRaC API is
 * on the class path.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class SnapStartCheckpointResource implements Resource {

	private final StreamFunctionPriming priming;

	private SnapStartCheckpointResource(StreamFunctionPriming priming) {
		this.priming = priming;
	}

	/**
	 * Register a resource for a priming with the global CRaC context, which holds it
	 * weakly: the caller keeps the returned resource.
	 * @param priming the priming
	 * @return the registered resource
	 */
	static Resource register(StreamFunctionPriming priming) {
		Resource resource = new SnapStartCheckpointResource(priming);
		Core.getGlobalContext().register(resource);
		return resource;
	}

	@Override
	public void beforeCheckpoint(Context<? extends Resource> context) {
		this.priming.beforeCheckpoint();
	}

	@Override
	public void afterRestore(Context<? extends Resource> context) {
		this.priming.afterRestore();
	}

}
