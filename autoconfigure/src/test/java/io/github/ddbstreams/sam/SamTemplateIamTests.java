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

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import io.github.ddbstreams.harness.sam.SamTranslator;
import io.github.ddbstreams.harness.sam.TransformedTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.github.ddbstreams.harness.sam.TransformedTemplates.actions;
import static io.github.ddbstreams.harness.sam.TransformedTemplates.policyStatements;
import static io.github.ddbstreams.harness.sam.TransformedTemplates.resources;
import static io.github.ddbstreams.harness.sam.TransformedTemplates.resourcesOfType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests of the permissions of the function, on the CloudFormation template that the SAM
 * transform makes of the generated template (skipped where the SAM translator is not
 * installed): by default, no DynamoDB action is allowed on every resource, and the role
 * allows what the function needs and nothing more.
 */
class SamTemplateIamTests {

	@RegisterExtension
	static final GeneratedTemplates templates = new GeneratedTemplates();

	private static final String[] SEVERAL_TABLES = { "dynamodb.streams.table-namespace=demo-dev",
			"dynamodb.streams.tables.customers.create=true", "dynamodb.streams.tables.customers.partition-key=id",
			"dynamodb.streams.tables.orders.on-failure-destination=arn:aws:sqs:us-east-1:123456789012:order-failures",
			"dynamodb.streams.sam.policy-templates[0].name=DynamoDBReadPolicy",
			"dynamodb.streams.sam.policy-templates[0].parameters.TableName=demo-dev_prices" };

	private static JsonNode leastPrivilege;

	private static JsonNode samGenerated;

	@BeforeAll
	static void transformTheTemplates(@TempDir Path directory) throws Exception {
		if (!SamTranslator.isAvailable()) {
			return;
		}
		List<JsonNode> transformed = SamTranslator.transform(generate(directory, SEVERAL_TABLES), generate(directory,
				"dynamodb.streams.sam.execution-role=sam-generated", "dynamodb.streams.table-namespace=demo-dev"));
		leastPrivilege = transformed.get(0);
		samGenerated = transformed.get(1);
	}

	@BeforeEach
	void samTranslatorIsInstalled() {
		assumeTrue(SamTranslator.isAvailable(), "SAM translator (python3 with cfn-lint) not installed");
	}

	private static String generate(Path directory, String... properties) {
		ApplicationContextRunner contextRunner = TemplateGeneration.contextRunner(directory.resolve("template.yaml"))
			.withUserConfiguration(Listeners.SeveralTables.class)
			.withPropertyValues(properties);
		String yaml = TemplateGeneration.generate(contextRunner).yaml();
		templates.check(yaml);
		return yaml;
	}

	@Test
	void allowsNoDynamoDbActionOnEveryResource() {
		JsonNode template = leastPrivilege;
		List<JsonNode> statements = policyStatements(template);
		assertThat(statements).isNotEmpty();
		assertThat(statements)
			.filteredOn((statement) -> actions(statement).stream().anyMatch((action) -> action.startsWith("dynamodb:")))
			.hasSize(7)
			.allSatisfy((statement) -> assertThat(resources(statement)).doesNotContain("*"));
		assertThat(statements).flatExtracting(TransformedTemplates::actions).doesNotContain("dynamodb:*", "*");
		assertThat(resourcesOfType(template, "AWS::IAM::Role")).singleElement()
			.satisfies((role) -> assertThat(role.path("Properties").has("ManagedPolicyArns")).isFalse());
	}

	@Test
	void grantsTheStreamReadsTheLogsAndTheFailureDestinationOfTheFunctionOnly() {
		JsonNode template = leastPrivilege;
		JsonNode function = resourcesOfType(template, "AWS::Lambda::Function").get(0);
		assertThat(function.path("Properties").path("Role").toString())
			.isEqualTo("{\"Fn::GetAtt\":[\"ClerkFunctionRole\",\"Arn\"]}");
		List<String> granted = policyStatements(template).stream()
			.map((statement) -> actions(statement) + " on " + resources(statement))
			.toList();
		assertThat(granted).containsExactly(
				"[logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents] on [{\"Fn::Sub\":\"arn:${AWS::Partition}:"
						+ "logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/${AWS::StackName}-ClerkFunction\"},"
						+ " {\"Fn::Sub\":\"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/"
						+ "${AWS::StackName}-ClerkFunction:*\"}]",
				"[dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator] on ["
						+ Listeners.SeveralTables.AUDIT_STREAM + "]",
				"[dynamodb:ListStreams] on [arn:aws:dynamodb:eu-west-1:123456789012:table/audit/stream/*]",
				"[dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator] on"
						+ " [{\"Fn::GetAtt\":[\"Customers\",\"StreamArn\"]}]",
				"[dynamodb:ListStreams] on [{\"Fn::Sub\":\"${Customers.Arn}/stream/*\"}]",
				"[dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator] on"
						+ " [{\"Ref\":\"OrdersStreamArn\"}]",
				"[dynamodb:ListStreams] on [{\"Fn::Sub\":\"arn:${AWS::Partition}:dynamodb:${AWS::Region}:"
						+ "${AWS::AccountId}:table/demo-dev_orders/stream/*\"}]",
				"[sqs:SendMessage] on [arn:aws:sqs:us-east-1:123456789012:order-failures]",
				"[dynamodb:GetItem, dynamodb:Scan, dynamodb:Query, dynamodb:BatchGetItem, dynamodb:DescribeTable] on"
						+ " [{\"Fn::Sub\":[\"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/"
						+ "${tableName}\",{\"tableName\":\"demo-dev_prices\"}]}, {\"Fn::Sub\":[\"arn:${AWS::Partition}:"
						+ "dynamodb:${AWS::Region}:${AWS::AccountId}:table/${tableName}/index/*\",{\"tableName\":"
						+ "\"demo-dev_prices\"}]}]");
	}

	@Test
	void invokesThePublishedAliasFromOneMappingPerTable() {
		JsonNode template = leastPrivilege;
		List<JsonNode> mappings = resourcesOfType(template, "AWS::Lambda::EventSourceMapping");
		assertThat(mappings).hasSize(3)
			.allSatisfy((mapping) -> assertThat(mapping.path("Properties").path("FunctionName").toString())
				.isEqualTo("{\"Ref\":\"ClerkFunctionAliaslive\"}"));
		assertThat(resourcesOfType(template, "AWS::Lambda::Alias")).hasSize(1);
		assertThat(resourcesOfType(template, "AWS::Lambda::Function")).singleElement()
			.satisfies((function) -> assertThat(function.path("Properties").path("SnapStart").toString())
				.isEqualTo("{\"ApplyOn\":\"PublishedVersions\"}"));
	}

	@Test
	void samGeneratedRoleReadsEachStreamWithThePolicyTemplateAndAlsoGetsTheBroadManagedPolicies() {
		JsonNode template = samGenerated;
		JsonNode role = resourcesOfType(template, "AWS::IAM::Role").get(0);
		assertThat(role.path("Properties").path("ManagedPolicyArns").toString())
			.contains("service-role/AWSLambdaBasicExecutionRole", "service-role/AWSLambdaDynamoDBExecutionRole");
		List<JsonNode> statements = policyStatements(template);
		assertThat(statements).filteredOn((statement) -> actions(statement).contains("dynamodb:GetRecords"))
			.hasSize(3)
			.allSatisfy((statement) -> assertThat(resources(statement)).doesNotContain("*"));
	}

}
