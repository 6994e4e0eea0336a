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

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The meters of DynamoDB stream dispatch in a Micrometer {@link MeterRegistry}:
 * <ul>
 * <li>{@value #ITERATOR_AGE} (timer, tag {@code table}): per batch, the time between its
 * arrival and the approximate creation time of its last record, as Lambda's
 * {@code IteratorAge} metric measures it;</li>
 * <li>{@value #RECORDS} (counter, tags {@code table} and {@code outcome}:
 * {@code processed}, {@code recovered}, {@code failed}, {@code error}): the records that
 * ran.</li>
 * </ul>
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class MicrometerStreamMetrics implements StreamMetrics {

	/**
	 * The name of the iterator age timer.
	 */
	public static final String ITERATOR_AGE = "dynamodb.streams.iterator.age";

	/**
	 * The name of the records counter.
	 */
	public static final String RECORDS = "dynamodb.streams.records";

	private static final RecordOutcome[] OUTCOMES = RecordOutcome.values();

	private final MeterRegistry registry;

	private final Map<String, TableMeters> tables = new ConcurrentHashMap<>();

	/**
	 * Create the meters in a registry.
	 * @param registry the registry
	 */
	public MicrometerStreamMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void recordBatch(@Nullable String tableName, @Nullable Instant lastCreationTime) {
		if (lastCreationTime != null) {
			long age = this.registry.config().clock().wallTime() - lastCreationTime.toEpochMilli();
			metersOf(tableName).iteratorAge.record(Math.max(age, 0), TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void recordOutcome(@Nullable String tableName, RecordOutcome outcome) {
		metersOf(tableName).records[outcome.ordinal()].increment();
	}

	private TableMeters metersOf(@Nullable String tableName) {
		String table = (tableName != null) ? tableName : DefaultRecordObservationConvention.UNKNOWN;
		TableMeters meters = this.tables.get(table);
		return (meters != null) ? meters : this.tables.computeIfAbsent(table, this::register);
	}

	private TableMeters register(String table) {
		Timer iteratorAge = Timer.builder(ITERATOR_AGE)
			.description("Time between the arrival of a batch and the creation of its last record in the stream")
			.tag("table", table)
			.register(this.registry);
		Counter[] records = new Counter[OUTCOMES.length];
		for (RecordOutcome outcome : OUTCOMES) {
			records[outcome.ordinal()] = Counter.builder(RECORDS)
				.description("Stream records that ran, by outcome")
				.baseUnit("records")
				.tag("table", table)
				.tag("outcome", outcome.value())
				.register(this.registry);
		}
		return new TableMeters(iteratorAge, records);
	}

	private record TableMeters(Timer iteratorAge, Counter[] records) {

	}

}
