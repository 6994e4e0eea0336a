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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.function.json.JacksonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DeferredJsonMapper}.
 */
class DeferredJsonMapperTests {

	private final ObjectMapper objectMapper = JsonMapper.builder().build();

	private final AtomicInteger created = new AtomicInteger();

	private final JacksonMapper mapper = (JacksonMapper) DeferredJsonMapper.of(() -> {
		this.created.incrementAndGet();
		return this.objectMapper;
	});

	@Test
	void writesPartialBatchResponsesAsTheObjectMapperDoesWithoutCreatingIt() {
		List<StreamsEventResponse> responses = List.of(new StreamsEventResponse(List.of()),
				new StreamsEventResponse(List.of(new BatchItemFailure("42"))),
				new StreamsEventResponse(List.of(new BatchItemFailure("1"), new BatchItemFailure(null))),
				new StreamsEventResponse(null),
				new StreamsEventResponse(List.of(new BatchItemFailure("a\"b\\c\u0001"))));
		List<String> written = new ArrayList<>();
		for (StreamsEventResponse response : responses) {
			written.add(new String(this.mapper.toJson(response)));
		}
		assertThat(this.created).hasValue(0);
		for (int i = 0; i < responses.size(); i++) {
			assertThat(written.get(i)).isEqualTo(this.objectMapper.writeValueAsString(responses.get(i)));
			assertThat(this.mapper.toString(responses.get(i))).isEqualTo(written.get(i));
		}
	}

	@Test
	void createsTheObjectMapperOnceWhenFirstNeededAndAppliesEarlierConfiguration() {
		List<ObjectMapper> configured = new ArrayList<>();
		this.mapper.configureObjectMapper(configured::add);
		assertThat(this.created).hasValue(0);
		assertThat(configured).isEmpty();
		assertThat(this.mapper.<Map<String, Object>>fromJson("{\"a\":1}".getBytes(), Map.class)).containsEntry("a", 1);
		assertThat(new String(this.mapper.toJson(Map.of("b", 2)))).isEqualTo("{\"b\":2}");
		assertThat(this.mapper.getObjectMapper()).isSameAs(this.objectMapper);
		this.mapper.configureObjectMapper(configured::add);
		assertThat(configured).containsExactly(this.objectMapper, this.objectMapper);
		assertThat(this.created).hasValue(1);
	}

	@Test
	void readsAsSpringCloudFunctionsMapperReads() {
		JacksonMapper stock = new JacksonMapper(
				JsonMapper.builder().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build());
		JacksonMapper deferred = (JacksonMapper) DeferredJsonMapper
			.of(() -> JsonMapper.builder().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build());
		for (Object json : Arrays.asList("{\"itemIdentifier\":\"7\",\"other\":1}",
				"{\"itemIdentifier\":\"7\"}".getBytes(), Map.of("itemIdentifier", "7"))) {
			BatchItemFailure expected = stock.fromJson(json, BatchItemFailure.class);
			assertThat(deferred.<BatchItemFailure>fromJson(json, BatchItemFailure.class)).usingRecursiveComparison()
				.isEqualTo(expected);
		}
		assertThat(deferred.<String>fromJson("\"x\"", String.class)).isEqualTo(stock.fromJson("\"x\"", String.class));
	}

}
