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
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.github.ddbstreams.lambda.DynamoStreamsHandler;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * Dispatch throughput: one real-shaped 10,000-record DynamoDB stream event (close to
 * Lambda's 6 MB payload limit), bytes in to listener calls out, through the starter's
 * Lambda path (Spring Cloud Function's {@code FunctionInvoker}) and through a
 * hand-written {@code RequestStreamHandler}, with untyped and typed listener logic.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Xms1g" })
public class DispatchBenchmark {

	/**
	 * The number of records of the event.
	 */
	public static final int RECORDS = 10_000;

	@Param({ "false", "true" })
	public boolean typed;

	private byte[] event;

	private FunctionInvoker starter;

	private DynamoStreamsHandler starterHandler;

	private HandWrittenStreamHandler handWritten;

	@Setup(Level.Trial)
	public void setUp() {
		this.event = StreamEventFactory.event(RECORDS);
		System.setProperty("MAIN_CLASS", StarterBenchmarkApplication.class.getName());
		System.setProperty("bench.typed", String.valueOf(this.typed));
		System.setProperty("dynamodb.streams.table-namespace", "bench");
		this.starter = new FunctionInvoker();
		this.starterHandler = new DynamoStreamsHandler();
		this.handWritten = new HandWrittenStreamHandler(this.typed);
	}

	@Benchmark
	public void starter(Blackhole blackhole) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		this.starter.handleRequest(new ByteArrayInputStream(this.event), response, null);
		blackhole.consume(response);
		blackhole.consume(StarterBenchmarkApplication.audit.checksum());
	}

	@Benchmark
	public void starterHandler(Blackhole blackhole) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		this.starterHandler.handleRequest(new ByteArrayInputStream(this.event), response, null);
		blackhole.consume(response);
		blackhole.consume(StarterBenchmarkApplication.audit.checksum());
	}

	@Benchmark
	public void handWritten(Blackhole blackhole) throws IOException {
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		this.handWritten.handleRequest(new ByteArrayInputStream(this.event), response, null);
		blackhole.consume(response);
		blackhole.consume(this.handWritten.audit().checksum());
	}

}
