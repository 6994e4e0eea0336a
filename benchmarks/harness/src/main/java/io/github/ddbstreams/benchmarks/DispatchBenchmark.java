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

package io.github.ddbstreams.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.ddbstreams.benchmarks.orders.OrderAudit;
import io.github.ddbstreams.benchmarks.plain.HandWrittenStreamHandler;
import io.github.ddbstreams.benchmarks.starter.StarterFunctionApplication;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.util.Assert;

/**
 * Dispatch throughput: one real-shaped DynamoDB stream event (10,000 records by default,
 * close to Lambda's 6 MB payload limit), bytes in to listener calls out, through a Lambda
 * handler: the starter's default path (Spring Cloud Function's {@code FunctionInvoker}),
 * and the hand-written {@link HandWrittenStreamHandler}, with untyped and typed listener
 * logic. Iterations, forks and JVM options come from {@link BenchmarkHarness}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DispatchBenchmark {

	/**
	 * The contender that handles the event.
	 */
	@Param({ "handWritten", "functionInvoker" })
	public String contender;

	/**
	 * Whether the listener logic maps the new image to an {@code Order}.
	 */
	@Param({ "false", "true" })
	public boolean typed;

	/**
	 * The number of records of the event.
	 */
	@Param("10000")
	public int records;

	/**
	 * The memory of the function in MB, for the invocation context.
	 */
	@Param("1024")
	public int memorySize;

	private byte[] event = new byte[0];

	private @Nullable RequestStreamHandler handler;

	private @Nullable Context context;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		this.event = StreamEventFactory.event(this.records);
		this.context = new InvocationContext(this.memorySize);
		System.setProperty("MAIN_CLASS", StarterFunctionApplication.class.getName());
		System.setProperty("bench.typed", String.valueOf(this.typed));
		this.handler = switch (this.contender) {
			case "handWritten" -> new HandWrittenStreamHandler(this.typed);
			case "functionInvoker" -> new FunctionInvoker();
			default -> throw new IllegalArgumentException("Unknown contender " + this.contender);
		};
		String response = handle();
		if (!response.equals(LambdaFunction.NO_FAILURES)) {
			throw new IllegalStateException(this.contender + " answered " + response);
		}
		OrderAudit audit = audit();
		if (audit != null && audit.records() != this.records) {
			throw new IllegalStateException(
					this.contender + " audited " + audit.records() + " records of " + this.records);
		}
	}

	@Benchmark
	public ByteArrayOutputStream dispatch() throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream(64);
		Assert.state(this.handler != null, "Not set up");
		this.handler.handleRequest(new ByteArrayInputStream(this.event), response, this.context);
		return response;
	}

	private String handle() throws IOException {
		return dispatch().toString(StandardCharsets.UTF_8);
	}

	private @Nullable OrderAudit audit() {
		if (this.handler instanceof HandWrittenStreamHandler handWritten) {
			return handWritten.audit();
		}
		return null;
	}

}
