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

import java.util.function.Supplier;

import io.github.ddbstreams.lambda.StreamFunctionPrimer.Priming;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.ClassUtils;

/**
 * Primes the DynamoDB stream function when its {@link PrimingMode} says: at the end of
 * start-up, or before a SnapStart checkpoint, through a CRaC {@code org.crac.Resource}
 * registered with the global CRaC context.
 * <p>
 * Both happen once the application context is refreshed, so that priming runs against the
 * running context and never starts another (a Spring context started during a checkpoint
 * registers its own CRaC resource, whose restore then waits forever for a checkpoint it
 * never saw). Registered after Spring's own lifecycle resource, the resource primes
 * before Spring stops the lifecycle beans for the checkpoint, and renews its state after
 * Spring restarted them on restore: the JSON parser factory of the
 * {@link StreamEventDecoder}, whose symbol tables hash with a seed taken from the clock,
 * which restored copies would otherwise share.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamFunctionPriming implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

	private static final Log logger = LogFactory.getLog(StreamFunctionPriming.class);

	private static final String CRAC_RESOURCE = "org.crac.Resource";

	private final PrimingMode mode;

	private final Supplier<StreamFunctionPrimer> primer;

	private final StreamEventDecoder decoder;

	private @Nullable ApplicationContext applicationContext;

	private @Nullable Object checkpointResource;

	private volatile @Nullable Priming lastPriming;

	private boolean started;

	/**
	 * Create the priming.
	 * @param mode when to prime
	 * @param primer supplies the primer when it is first needed
	 * @param decoder the decoder of the function, renewed after a restore
	 */
	public StreamFunctionPriming(PrimingMode mode, Supplier<StreamFunctionPrimer> primer, StreamEventDecoder decoder) {
		this.mode = mode;
		this.primer = primer;
		this.decoder = decoder;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (this.started
				|| (this.applicationContext != null && event.getApplicationContext() != this.applicationContext)) {
			return;
		}
		this.started = true;
		switch (this.mode) {
			case STARTUP -> prime();
			case SNAPSHOT -> registerCheckpointResource();
			case OFF -> {
			}
		}
	}

	/**
	 * Return the mode of this priming.
	 * @return when it primes
	 */
	public PrimingMode mode() {
		return this.mode;
	}

	/**
	 * Return whether a CRaC resource is registered, to prime before a checkpoint.
	 * @return whether the resource is registered
	 */
	public boolean isRegisteredForCheckpoint() {
		return this.checkpointResource != null;
	}

	/**
	 * Return what the last priming did.
	 * @return the last priming, or {@code null} before the first
	 */
	public @Nullable Priming lastPriming() {
		return this.lastPriming;
	}

	/**
	 * Prime before a checkpoint.
	 */
	public void beforeCheckpoint() {
		prime();
	}

	/**
	 * Renew what restored copies of a snapshot must not share.
	 */
	public void afterRestore() {
		this.decoder.renewJsonFactory();
		if (logger.isDebugEnabled()) {
			logger.debug("Renewed the JSON parser factory of the DynamoDB stream event decoder after a restore");
		}
	}

	private void prime() {
		this.lastPriming = this.primer.get().prime();
	}

	private void registerCheckpointResource() {
		ClassLoader classLoader = (this.applicationContext != null) ? this.applicationContext.getClassLoader() : null;
		if (!ClassUtils.isPresent(CRAC_RESOURCE, classLoader)) {
			if (logger.isInfoEnabled()) {
				logger.info("The CRaC API (org.crac:crac) is not on the class path: the DynamoDB stream function is not"
						+ " primed before a SnapStart checkpoint");
			}
			return;
		}
		this.checkpointResource = SnapStartCheckpointResource.register(this);
	}

}
