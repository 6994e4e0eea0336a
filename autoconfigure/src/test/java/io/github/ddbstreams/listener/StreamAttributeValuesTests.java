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

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import io.github.ddbstreams.harness.events.StreamEvents;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamAttributeValues}.
 */
class StreamAttributeValuesTests {

	@Test
	void convertsEveryAttributeTypeOfTheGoFixtureLikeAnIndependentReadingOfItsJson() {
		var event = StreamEvents.fixture("lambda-go__dynamodb-event.json");
		var expected = StreamEvents
			.attributes(StreamEvents.records("lambda-go__dynamodb-event.json").get(1).get("dynamodb").get("NewImage"));
		var converted = StreamAttributeValues.toSdk(event.getRecords().get(1).getDynamodb().getNewImage());
		assertThat(converted).isEqualTo(expected);
		assertThat(converted.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
	}

	@Test
	void keepsTheExactDecimalTextOfNumbers() {
		var converted = StreamAttributeValues
			.toSdk(new AttributeValue().withN("0.10000000000000000000000000000000000001"));
		assertThat(converted.n()).isEqualTo("0.10000000000000000000000000000000000001");
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withNS("1E+3", "-0.0")).ns())
			.containsExactly("1E+3", "-0.0");
	}

	@Test
	void keepsBinaryBytes() {
		var bytes = new byte[] { 0, 1, 42, 65, (byte) 0xFF };
		var converted = StreamAttributeValues.toSdk(new AttributeValue().withB(ByteBuffer.wrap(bytes)));
		assertThat(converted.b().asByteArray()).containsExactly(bytes);
		var set = StreamAttributeValues
			.toSdk(new AttributeValue().withBS(ByteBuffer.wrap(bytes), ByteBuffer.wrap(new byte[] { 7 })));
		assertThat(set.bs()).containsExactly(SdkBytes.fromByteArray(bytes), SdkBytes.fromByteArray(new byte[] { 7 }));
	}

	@Test
	void readingBinaryDoesNotConsumeTheEventBuffer() {
		var buffer = ByteBuffer.wrap(new byte[] { 1, 2, 3 });
		var value = new AttributeValue().withB(buffer);
		StreamAttributeValues.toSdk(value);
		assertThat(StreamAttributeValues.toSdk(value).b().asByteArray()).containsExactly(1, 2, 3);
		assertThat(buffer.remaining()).isEqualTo(3);
	}

	@Test
	void keepsEmptyListsMapsAndSetsEmpty() {
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withL(List.of())).l()).isEmpty();
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withM(Map.of())).hasM()).isTrue();
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withM(Map.of())).m()).isEmpty();
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withL(List.of())).hasL()).isTrue();
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withSS(List.of())).hasSs()).isTrue();
	}

	@Test
	void convertsNullAndBooleans() {
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withNULL(true)).nul()).isTrue();
		assertThat(StreamAttributeValues.toSdk(new AttributeValue().withBOOL(false)).bool()).isFalse();
		assertThat(StreamAttributeValues.typeOf(new AttributeValue().withBOOL(false))).isEqualTo("BOOL");
	}

	@Test
	void convertsNestedMapsAndLists() {
		var nested = new AttributeValue().withM(Map.of("lines",
				new AttributeValue().withL(List.of(new AttributeValue().withS("a"), new AttributeValue().withN("2")))));
		var converted = StreamAttributeValues.toSdk(nested);
		assertThat(converted.m().get("lines").l())
			.extracting(software.amazon.awssdk.services.dynamodb.model.AttributeValue::toString)
			.containsExactly("AttributeValue(S=a)", "AttributeValue(N=2)");
	}

	@Test
	void rejectsAValueWithoutTypeNamingOnlyItsTopLevelAttribute() {
		var image = Map.of("address", new AttributeValue().withM(Map.of("alice@example.com",
				new AttributeValue().withL(List.of(new AttributeValue().withS("a"), new AttributeValue())))));
		assertThat(StreamAttributeValues.findUntypedValue(image)).isEqualTo("address");
		assertThatExceptionOfType(UntypedAttributeException.class).isThrownBy(() -> StreamAttributeValues.toSdk(image))
			.withMessage("Attribute 'address' has no value of a known DynamoDB type "
					+ "(S, N, B, SS, NS, BS, M, L, NULL, BOOL)")
			.satisfies((ex) -> assertThat(ex.getAttributeName()).isEqualTo("address"));
	}

	@Test
	void convertsBackToTheModelOfTheLambdaEventsLibrary() {
		var event = StreamEvents.fixture("lambda-go__dynamodb-event.json");
		var image = event.getRecords().get(1).getDynamodb().getNewImage();
		assertThat(StreamAttributeValues.toLambdaEvent(StreamAttributeValues.toSdk(image))).isEqualTo(image);
	}

	@Test
	void recognisesFullyTypedImages() {
		var event = StreamEvents.fixture("lambda-dotnet__dynamodb-event.json");
		assertThat(StreamAttributeValues.findUntypedValue(event.getRecords().get(0).getDynamodb().getNewImage()))
			.isNull();
	}

	@Test
	void treatsNullFalseAsNoType() {
		assertThat(StreamAttributeValues.typeOf(new AttributeValue().withNULL(false))).isNull();
	}

}
