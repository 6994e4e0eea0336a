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

package io.github.ddbstreams.sam;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PolicyTemplates}, on the SAM translator's own definitions.
 */
class PolicyTemplatesTests {

	private final PolicyTemplates policyTemplates = PolicyTemplates.load();

	@Test
	void acceptsATemplateWithExactlyItsParameters() {
		assertThat(this.policyTemplates.check("DynamoDBStreamReadPolicy",
				Map.of("TableName", "orders", "StreamName", "2026-01-01T00:00:00.000")))
			.isEmpty();
		assertThat(this.policyTemplates.check("CloudWatchPutMetricPolicy", Map.of())).isEmpty();
	}

	@Test
	void reportsUnknownTemplatesAndMissingOrUnknownParameters() {
		assertThat(this.policyTemplates.check("S3Everything", Map.of()))
			.containsExactly("'S3Everything' is not a SAM policy template");
		assertThat(this.policyTemplates.check("DynamoDBStreamReadPolicy", Map.of("Table", "orders"))).containsExactly(
				"policy template DynamoDBStreamReadPolicy requires parameters [StreamName, TableName]",
				"policy template DynamoDBStreamReadPolicy has no parameters [Table], only [StreamName, TableName]");
	}

	@Test
	void expandsTheStatementsOfATemplateWithItsParameterValues() {
		assertThat(this.policyTemplates.statements("DynamoDBStreamReadPolicy",
				Map.of("TableName", "orders", "StreamName", "2026-01-01T00:00:00.000")))
			.containsExactly(Map.of("Action",
					List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), "Effect",
					"Allow", "Resource",
					Map.of("Fn::Sub", List.of(
							"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/stream/${streamName}",
							Map.of("streamName", "2026-01-01T00:00:00.000", "tableName", "orders")))),
					Map.of("Action", List.of("dynamodb:ListStreams"), "Effect", "Allow", "Resource", Map
						.of("Fn::Sub", List.of(
								"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/stream/*",
								Map.of("tableName", "orders")))));
	}

}
