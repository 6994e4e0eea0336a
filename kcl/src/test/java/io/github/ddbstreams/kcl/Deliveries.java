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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deliveries that consumer processes logged, read from their files.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class Deliveries {

	private final List<Delivery> all;

	private Deliveries(List<Delivery> all) {
		this.all = all;
	}

	static Deliveries read(Path... files) {
		List<Delivery> all = new ArrayList<>();
		for (Path file : files) {
			if (!Files.exists(file)) {
				continue;
			}
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] fields = line.split("\\|");
					if (fields.length == 7) {
						all.add(new Delivery(file.getFileName().toString(), fields[0].equals("D"),
								fields[1] + "/" + fields[2], Integer.parseInt(fields[3]), fields[4],
								Long.parseLong(fields[5]), Long.parseLong(fields[6])));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Deliveries(all);
	}

	List<Delivery> successes() {
		return this.all.stream().filter(Delivery::succeeded).toList();
	}

	List<Delivery> failures() {
		return this.all.stream().filter((delivery) -> !delivery.succeeded()).toList();
	}

	int distinctSuccesses() {
		Set<String> seen = new HashSet<>();
		successes().forEach((delivery) -> seen.add(delivery.key() + "#" + delivery.version()));
		return seen.size();
	}

	int duplicates() {
		return successes().size() - distinctSuccesses();
	}

	Set<String> consumers() {
		Set<String> consumers = new HashSet<>();
		successes().forEach((delivery) -> consumers.add(delivery.consumer()));
		return consumers;
	}

	/**
	 * Return the versions each key received in order, per consumer.
	 * @return the versions by consumer and key
	 */
	Map<String, List<Integer>> versionsByConsumerAndKey() {
		Map<String, List<Integer>> versions = new LinkedHashMap<>();
		for (Delivery delivery : successes()) {
			versions.computeIfAbsent(delivery.consumer() + ":" + delivery.key(), (key) -> new ArrayList<>())
				.add(delivery.version());
		}
		return versions;
	}

	/**
	 * Return the versions each key received in the order of their first delivery by any
	 * consumer.
	 * @return the versions by key
	 */
	Map<String, List<Integer>> firstDeliveriesByKey() {
		List<Delivery> ordered = new ArrayList<>(successes());
		ordered.sort((a, b) -> Long.compare(a.receivedAt(), b.receivedAt()));
		Map<String, List<Integer>> versions = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (Delivery delivery : ordered) {
			if (seen.add(delivery.key() + "#" + delivery.version())) {
				versions.computeIfAbsent(delivery.key(), (key) -> new ArrayList<>()).add(delivery.version());
			}
		}
		return versions;
	}

	long[] delaysMillis() {
		return successes().stream()
			.mapToLong((delivery) -> delivery.receivedAt() - delivery.createdAt())
			.sorted()
			.toArray();
	}

	static long percentile(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return -1;
		}
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	@Override
	public String toString() {
		return successes().size() + " deliveries (" + distinctSuccesses() + " distinct, " + duplicates()
				+ " twice) and " + failures().size() + " failures by " + consumers() + "; delays "
				+ Arrays.toString(new long[] { percentile(delaysMillis(), 50), percentile(delaysMillis(), 95) })
				+ " ms (p50, p95)";
	}

	record Delivery(String consumer, boolean succeeded, String key, int version, String sequenceNumber, long createdAt,
			long receivedAt) {

	}

}
