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

package io.github.ddbstreams.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoDbArn}.
 */
class DynamoDbArnTests {

	@Test
	void readsTheTableNameOfStreamAndTableArns() {
		assertThat(DynamoDbArn.tableNameOf(
				"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2015-06-27T00:48:05.899"))
			.isEqualTo("demo-dev_test-table");
		assertThat(DynamoDbArn.tableNameOf("arn:aws-cn:dynamodb:cn-north-1:123456789012:table/orders"))
			.isEqualTo("orders");
		assertThat(DynamoDbArn.tableNameOf("eventsource_arn")).isNull();
		assertThat(DynamoDbArn.tableNameOf("stream-ARN")).isNull();
		assertThat(DynamoDbArn.tableNameOf(null)).isNull();
		assertThat(DynamoDbArn.tableNameOf("arn:aws:sqs:us-east-1:123456789012:queue")).isNull();
	}

	@Test
	void readsTheTableArnOfAStreamArn() {
		assertThat(DynamoDbArn.tableArnOf("arn:aws:dynamodb:us-east-1:1:table/t/stream/2020"))
			.isEqualTo("arn:aws:dynamodb:us-east-1:1:table/t");
		assertThat(DynamoDbArn.tableArnOf("arn:aws:dynamodb:us-east-1:1:table/t"))
			.isEqualTo("arn:aws:dynamodb:us-east-1:1:table/t");
	}

	@Test
	void tellsStreamArnsFromTableArnsAndNames() {
		assertThat(DynamoDbArn.isStreamArn("arn:aws:dynamodb:us-east-1:1:table/t/stream/2020")).isTrue();
		assertThat(DynamoDbArn.isStreamArn("arn:aws:dynamodb:us-east-1:1:table/t")).isFalse();
		assertThat(DynamoDbArn.isStreamArn("t/stream/x")).isFalse();
		assertThat(DynamoDbArn.streamLabelOf("arn:aws:dynamodb:us-east-1:1:table/t/stream/2020")).isEqualTo("2020");
		assertThat(DynamoDbArn.streamLabelOf("arn:aws:dynamodb:us-east-1:1:table/t")).isNull();
	}

	@Test
	void tellsTableStreamArnsFromEverythingElse() {
		assertThat(DynamoDbArn.isTableStreamArn(
				"arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2015-06-27T00:48:05.899"))
			.isTrue();
		assertThat(DynamoDbArn.isTableStreamArn(
				"arn:aws-us-gov:dynamodb:us-gov-west-1:000000000000:table/a.b-c/stream/2026-12-07T16:00:00.123456"))
			.isTrue();
		assertThat(DynamoDbArn.isTableStreamArn("arn:aws:dynamodb:us-east-1:1:table/t/stream/2020")).isFalse();
		assertThat(DynamoDbArn.isTableStreamArn("arn:aws:dynamodb:us-east-1:123456789012:table/orders")).isFalse();
		assertThat(DynamoDbArn.isTableStreamArn("arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/"))
			.isFalse();
		assertThat(DynamoDbArn.isTableStreamArn("arn:aws:kinesis:us-east-1:123456789012:table/orders/stream/x"))
			.isFalse();
		assertThat(DynamoDbArn.isTableStreamArn("stream-ARN")).isFalse();
		assertThat(DynamoDbArn.isTableStreamArn(" arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/x"))
			.isFalse();
	}

}
