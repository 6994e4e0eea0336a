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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.github.ddbstreams.autoconfigure.DynamoStreamsAutoConfiguration;
import io.github.ddbstreams.autoconfigure.DynamoStreamsSamAutoConfiguration;
import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import io.github.ddbstreams.harness.sam.Template;
import io.github.ddbstreams.sam.SamTemplate.StreamArnParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SamTemplateGenerator}: the template for the listeners and the
 * configuration, every template checked against the SAM schema and by {@code cfn-lint}.
 */
class SamTemplateGeneratorTests {

	@RegisterExtension
	static final GeneratedTemplates templates = new GeneratedTemplates();

	private static final String FUNCTION = "ClerkFunction";

	@TempDir
	Path directory;

	private ApplicationContextRunner contextRunner() {
		return TemplateGeneration.contextRunner(this.directory.resolve("template.yaml"));
	}

	private Template generate(Class<?> listeners, String... properties) {
		return templates.check(generateTemplate(listeners, properties).yaml());
	}

	private SamTemplate generateTemplate(Class<?> listeners, String... properties) {
		return TemplateGeneration
			.generate(contextRunner().withUserConfiguration(listeners).withPropertyValues(properties));
	}

	private SamTemplateException failure(Class<?> listeners, String... properties) {
		return TemplateGeneration
			.failure(contextRunner().withUserConfiguration(listeners).withPropertyValues(properties));
	}

	@Test
	void writesTheTemplateOfTheSampleByteForByte() throws Exception {
		SamTemplate template = generateTemplate(Listeners.Clerk.class, "dynamodb.streams.table-namespace=demo-dev",
				"dynamodb.streams.batch-size=10", "dynamodb.streams.tables.test-table.partition-key=id");
		templates.check(template.yaml());
		assertThat(template.yaml())
			.isEqualTo(new ClassPathResource("sam/clerk-template.yaml").getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void writesTheSameBytesForTheSameConfiguration() {
		String[] properties = { "dynamodb.streams.tables.orders.batch-size=5",
				"dynamodb.streams.tables.customers.create=true", "dynamodb.streams.tables.customers.partition-key=id" };
		String first = generateTemplate(Listeners.SeveralTables.class, properties).yaml();
		String second = generateTemplate(Listeners.SeveralTables.class, properties).yaml();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void hasTheDefaultsOfAFunctionForDynamoDbStreams() {
		Template template = generate(Listeners.Clerk.class);
		assertThat(template.<String>get("AWSTemplateFormatVersion")).isEqualTo("2010-09-09");
		assertThat(template.<String>get("Transform")).isEqualTo("AWS::Serverless-2016-10-31");
		Map<String, Object> function = template.properties(FUNCTION);
		assertThat(template.resource(FUNCTION)).containsEntry("Type", "AWS::Serverless::Function");
		assertThat(function).containsEntry("FunctionName", Map.of("Fn::Sub", "${AWS::StackName}-ClerkFunction"))
			.containsEntry("Runtime", "java21")
			.containsEntry("Handler", "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest")
			.containsEntry("CodeUri", ".")
			.containsEntry("MemorySize", 1024)
			.containsEntry("Timeout", 30)
			.containsEntry("Architectures", List.of("x86_64"))
			.containsEntry("Role", Map.of("Fn::GetAtt", List.of("ClerkFunctionRole", "Arn")))
			.containsEntry("AutoPublishAlias", "live")
			.containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"))
			.containsEntry("Environment",
					Map.of("Variables",
							Map.of("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction", "MAIN_CLASS",
									TemplateGeneration.APPLICATION_CLASS)))
			.doesNotContainKeys("Description", "Tags", "Policies");
		assertThat(template.event(FUNCTION, "TestTableStream")).containsExactly(
				Map.entry("Stream", Map.of("Ref", "TestTableStreamArn")), Map.entry("StartingPosition", "TRIM_HORIZON"),
				Map.entry("BatchSize", 100), Map.entry("Enabled", true), Map.entry("MaximumBatchingWindowInSeconds", 0),
				Map.entry("BisectBatchOnFunctionError", false), Map.entry("MaximumRetryAttempts", -1),
				Map.entry("MaximumRecordAgeInSeconds", -1), Map.entry("ParallelizationFactor", 1),
				Map.entry("FunctionResponseTypes", List.of("ReportBatchItemFailures")));
	}

	@Test
	void appliesEverySamProperty() {
		Template template = generate(Listeners.Clerk.class, "dynamodb.streams.sam.function-logical-id=Clerk",
				"dynamodb.streams.sam.function-name=clerk-prod", "dynamodb.streams.sam.description=The clerk",
				"dynamodb.streams.sam.runtime=java25", "dynamodb.streams.sam.memory-size=2GB",
				"dynamodb.streams.sam.timeout=2m", "dynamodb.streams.sam.architecture=arm64",
				"dynamodb.streams.sam.snap-start=false", "dynamodb.streams.sam.auto-publish-alias=",
				"dynamodb.streams.sam.environment.JAVA_TOOL_OPTIONS=-XX:+UseSerialGC",
				"dynamodb.streams.sam.environment.APP_MODE=strict",
				"dynamodb.streams.sam.managed-policy-arns[0]=arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess",
				"dynamodb.streams.sam.policy-templates[0].name=SQSSendMessagePolicy",
				"dynamodb.streams.sam.policy-templates[0].parameters.QueueName=audit",
				"dynamodb.streams.sam.tags.team=clerks", "dynamodb.streams.sam.tags.cost-center=42",
				"dynamodb.streams.sam.code-uri=build/clerk.zip",
				"dynamodb.streams.sam.main-class=com.example.clerk.Clerk");
		assertThat(template.<String>get("Description")).isEqualTo("The clerk");
		Map<String, Object> function = template.properties("Clerk");
		assertThat(function).containsEntry("FunctionName", "clerk-prod")
			.containsEntry("Description", "The clerk")
			.containsEntry("Runtime", "java25")
			.containsEntry("Handler", "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest")
			.containsEntry("MemorySize", 2048)
			.containsEntry("Timeout", 120)
			.containsEntry("Architectures", List.of("arm64"))
			.containsEntry("CodeUri", "build/clerk.zip")
			.containsEntry("Role", Map.of("Fn::GetAtt", List.of("ClerkRole", "Arn")))
			.containsEntry("Tags", Map.of("cost-center", "42", "team", "clerks"))
			.doesNotContainKeys("AutoPublishAlias", "SnapStart");
		assertThat(template.<Map<String, String>>get("Resources", "Clerk", "Properties", "Environment", "Variables"))
			.containsExactly(Map.entry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction"),
					Map.entry("MAIN_CLASS", "com.example.clerk.Clerk"), Map.entry("APP_MODE", "strict"),
					Map.entry("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC"));
		Map<String, Object> role = template.properties("ClerkRole");
		assertThat(role).containsEntry("ManagedPolicyArns", List.of("arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"))
			.containsEntry("Tags",
					List.of(Map.of("Key", "cost-center", "Value", "42"), Map.of("Key", "team", "Value", "clerks")));
		assertThat(template.<List<Object>>get("Resources", "ClerkRole", "Properties", "Policies", 0, "PolicyDocument",
				"Statement", 0, "Resource"))
			.containsExactly(Map.of("Fn::Sub",
					"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/clerk-prod"),
					Map.of("Fn::Sub",
							"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/clerk-prod:*"));
		assertThat(template.<String>get("Resources", "ClerkRole", "Properties", "Policies", 2, "PolicyName"))
			.isEqualTo("SQSSendMessagePolicy");
		assertThat(template.<Map<String, Object>>get("Resources", "ClerkRole", "Properties", "Policies", 2,
				"PolicyDocument", "Statement", 0))
			.containsEntry("Action", List.of("sqs:SendMessage*"))
			.containsEntry("Resource",
					Map.of("Fn::Sub", List.of("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}",
							Map.of("queueName", "audit"))));
		assertThat(template.<Map<String, Object>>get("Outputs")).containsOnlyKeys("ClerkName");
	}

	@Test
	void appliesTheMappingSettingsToEveryTableAndTheOverridesOfEachTable() {
		Template template = generate(Listeners.SeveralTables.class, "dynamodb.streams.starting-position=LATEST",
				"dynamodb.streams.batch-size=50", "dynamodb.streams.maximum-batching-window=5s",
				"dynamodb.streams.bisect-batch-on-function-error=true", "dynamodb.streams.maximum-retry-attempts=3",
				"dynamodb.streams.maximum-record-age=1h", "dynamodb.streams.parallelization-factor=2",
				"dynamodb.streams.on-failure-destination=arn:aws:sqs:us-east-1:123456789012:failures",
				"dynamodb.streams.tables.orders.batch-size=1000", "dynamodb.streams.tables.orders.enabled=false",
				"dynamodb.streams.tables.orders.starting-position=TRIM_HORIZON",
				"dynamodb.streams.tables.orders.maximum-batching-window=300",
				"dynamodb.streams.tables.orders.bisect-batch-on-function-error=false",
				"dynamodb.streams.tables.orders.maximum-retry-attempts=-1",
				"dynamodb.streams.tables.orders.maximum-record-age=-1",
				"dynamodb.streams.tables.orders.parallelization-factor=10",
				"dynamodb.streams.tables.orders.on-failure-destination=arn:aws:sns:us-east-1:123456789012:order-failures");
		assertThat(template.event(FUNCTION, "CustomersStream")).containsEntry("StartingPosition", "LATEST")
			.containsEntry("BatchSize", 50)
			.containsEntry("Enabled", true)
			.containsEntry("MaximumBatchingWindowInSeconds", 5)
			.containsEntry("BisectBatchOnFunctionError", true)
			.containsEntry("MaximumRetryAttempts", 3)
			.containsEntry("MaximumRecordAgeInSeconds", 3600)
			.containsEntry("ParallelizationFactor", 2)
			.containsEntry("DestinationConfig", Map.of("OnFailure",
					Map.of("Type", "SQS", "Destination", "arn:aws:sqs:us-east-1:123456789012:failures")));
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("StartingPosition", "TRIM_HORIZON")
			.containsEntry("BatchSize", 1000)
			.containsEntry("Enabled", false)
			.containsEntry("MaximumBatchingWindowInSeconds", 300)
			.containsEntry("BisectBatchOnFunctionError", false)
			.containsEntry("MaximumRetryAttempts", -1)
			.containsEntry("MaximumRecordAgeInSeconds", -1)
			.containsEntry("ParallelizationFactor", 10)
			.containsEntry("DestinationConfig", Map.of("OnFailure",
					Map.of("Type", "SNS", "Destination", "arn:aws:sns:us-east-1:123456789012:order-failures")));
		assertThat(template.<List<Map<String, Object>>>get("Resources", "ClerkFunctionRole", "Properties", "Policies",
				2, "PolicyDocument", "Statement"))
			.containsExactly(
					Map.of("Effect", "Allow", "Action", "sns:Publish", "Resource",
							"arn:aws:sns:us-east-1:123456789012:order-failures"),
					Map.of("Effect", "Allow", "Action", "sqs:SendMessage", "Resource",
							"arn:aws:sqs:us-east-1:123456789012:failures"));
	}

	@Test
	void hasOneEventPerTableOfTheListenersAndOfTheConfiguration() {
		Template template = generate(Listeners.SeveralTables.class, "dynamodb.streams.tables.invoices.partition-key=id",
				"dynamodb.streams.table-namespace=demo-dev");
		assertThat(template.<Map<String, Object>>get("Resources", FUNCTION, "Properties", "Events"))
			.containsOnlyKeys("AuditStream", "CustomersStream", "InvoicesStream", "OrdersStream");
		assertThat(template.<Map<String, Object>>get("Parameters")).containsOnlyKeys("CustomersStreamArn",
				"InvoicesStreamArn", "OrdersStreamArn");
		assertThat(template.event(FUNCTION, "AuditStream")).containsEntry("Stream",
				Listeners.SeveralTables.AUDIT_STREAM);
		assertThat(template.<Map<String, Object>>get("Parameters", "OrdersStreamArn")).containsEntry("AllowedPattern",
				"arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/demo-dev_orders/stream/.+");
		List<Map<String, Object>> statements = template.get("Resources", "ClerkFunctionRole", "Properties", "Policies",
				1, "PolicyDocument", "Statement");
		assertThat(statements).extracting((statement) -> statement.get("Sid"))
			.containsExactly("ReadAuditStream", "ListAuditStreams", "ReadCustomersStream", "ListCustomersStreams",
					"ReadInvoicesStream", "ListInvoicesStreams", "ReadOrdersStream", "ListOrdersStreams");
		assertThat(statements.get(0)).containsEntry("Resource", Listeners.SeveralTables.AUDIT_STREAM)
			.containsEntry("Action",
					List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"));
		assertThat(statements.get(1)).containsEntry("Resource",
				"arn:aws:dynamodb:eu-west-1:123456789012:table/audit/stream/*");
		assertThat(statements.get(6)).containsEntry("Resource", Map.of("Ref", "OrdersStreamArn"));
		assertThat(statements.get(7)).containsEntry("Action", "dynamodb:ListStreams")
			.containsEntry("Resource", Map.of("Fn::Sub",
					"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/demo-dev_orders/stream/*"));
		assertThat(template.<Map<String, String>>get("Resources", FUNCTION, "Properties", "Environment", "Variables"))
			.containsEntry("DYNAMODB_STREAMS_TABLENAMESPACE", "demo-dev");
	}

	@Test
	void filtersTheEventNamesWhenEveryListenerOfTheTableNamesThem() {
		Template template = generate(Listeners.OrderChanges.class);
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("FilterCriteria",
				Map.of("Filters", List.of(Map.of("Pattern", "{\"eventName\":[\"INSERT\",\"MODIFY\"]}"))));
	}

	@Test
	void doesNotFilterWhenAListenerWantsEveryEventOfTheTable() {
		Template template = generate(Listeners.Clerk.class);
		assertThat(template.event(FUNCTION, "TestTableStream")).doesNotContainKey("FilterCriteria");
	}

	@Test
	void doesNotFilterWhenAListenerOfEveryTableWantsEveryEvent() {
		Template template = generate(Listeners.OrderChangesAndEveryTable.class);
		assertThat(template.event(FUNCTION, "OrdersStream")).doesNotContainKey("FilterCriteria");
	}

	@Test
	void narrowsTheConfiguredFilterPatternsToTheEventNamesOfTheListeners() {
		Template template = generate(Listeners.OrderChanges.class,
				"dynamodb.streams.filter-patterns[0]={\"dynamodb\": {\"NewImage\": {\"status\": {\"S\": [\"open\"]}}}}",
				"dynamodb.streams.tables.orders.filter-patterns[0]={\"eventName\": [\"MODIFY\", \"REMOVE\"]}");
		assertThat(template.event(FUNCTION, "OrdersStream"))
			.containsEntry("FilterCriteria", Map.of("Filters", List.of(Map.of("Pattern",
					"{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"open\"]}}}}"),
					Map.of("Pattern", "{\"eventName\":[\"MODIFY\"]}"))));
	}

	@Test
	void keepsTheConfiguredFilterPatternsWhenTheListenersWantEveryEvent() {
		Template template = generate(Listeners.Clerk.class,
				"dynamodb.streams.filter-patterns[0]={\"dynamodb\": {\"Keys\": {\"id\": {\"S\": [{\"prefix\": \"c-\"}]}}}}");
		assertThat(template.event(FUNCTION, "TestTableStream")).containsEntry("FilterCriteria", Map.of("Filters",
				List.of(Map.of("Pattern", "{\"dynamodb\":{\"Keys\":{\"id\":{\"S\":[{\"prefix\":\"c-\"}]}}}}"))));
	}

	@Test
	void createsATableAndReadsItsStreamWithGetAtt() {
		Template template = generate(Listeners.Clerk.class, "dynamodb.streams.table-namespace=demo-dev",
				"dynamodb.streams.tables.test-table.create=true", "dynamodb.streams.tables.test-table.partition-key=id",
				"dynamodb.streams.tables.test-table.sort-key=version",
				"dynamodb.streams.tables.test-table.sort-key-type=N",
				"dynamodb.streams.tables.test-table.stream-view-type=NEW_IMAGE",
				"dynamodb.streams.sam.tags.team=clerks");
		assertThat(template.resource("TestTable")).containsEntry("Type", "AWS::DynamoDB::Table")
			.containsEntry("DeletionPolicy", "Retain")
			.containsEntry("UpdateReplacePolicy", "Retain");
		assertThat(template.properties("TestTable")).containsEntry("TableName", "demo-dev_test-table")
			.containsEntry("BillingMode", "PAY_PER_REQUEST")
			.containsEntry("AttributeDefinitions",
					List.of(Map.of("AttributeName", "id", "AttributeType", "S"),
							Map.of("AttributeName", "version", "AttributeType", "N")))
			.containsEntry("KeySchema",
					List.of(Map.of("AttributeName", "id", "KeyType", "HASH"),
							Map.of("AttributeName", "version", "KeyType", "RANGE")))
			.containsEntry("StreamSpecification", Map.of("StreamViewType", "NEW_IMAGE"))
			.containsEntry("Tags", List.of(Map.of("Key", "team", "Value", "clerks")));
		assertThat(template.event(FUNCTION, "TestTableStream")).containsEntry("Stream",
				Map.of("Fn::GetAtt", List.of("TestTable", "StreamArn")));
		assertThat(template.<Object>find("Parameters")).isNull();
		assertThat(template.<Map<String, Object>>get("Resources", "ClerkFunctionRole", "Properties", "Policies", 1,
				"PolicyDocument", "Statement", 1))
			.containsEntry("Resource", Map.of("Fn::Sub", "${TestTable.Arn}/stream/*"));
	}

	@Test
	void usesTheConfiguredStreamArn() {
		String streamArn = "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2026-01-01T00:00:00.000";
		Template template = generate(Listeners.Clerk.class, "dynamodb.streams.table-namespace=demo-dev",
				"dynamodb.streams.tables.test-table.stream-arn=" + streamArn);
		assertThat(template.event(FUNCTION, "TestTableStream")).containsEntry("Stream", streamArn);
		assertThat(template.<Object>find("Parameters")).isNull();
		assertThat(template.<Map<String, Object>>get("Resources", "ClerkFunctionRole", "Properties", "Policies", 1,
				"PolicyDocument", "Statement", 1))
			.containsEntry("Resource", "arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/*");
	}

	@Test
	void takesTheStreamArnAsParameterWhenItIsNotLookedUp() {
		SamTemplate generated = generateTemplate(Listeners.Clerk.class, "dynamodb.streams.table-namespace=demo-dev");
		Template template = templates.check(generated.yaml());
		assertThat(template.<Map<String, Object>>get("Parameters", "TestTableStreamArn"))
			.containsEntry("Type", "String")
			.containsEntry("Description", "Stream ARN of DynamoDB table demo-dev_test-table (aws dynamodb"
					+ " describe-table --table-name demo-dev_test-table --query Table.LatestStreamArn --output text)");
		assertThat(generated.streamArnParameters())
			.containsExactly(new StreamArnParameter("TestTableStreamArn", "demo-dev_test-table",
					"the stream lookup is disabled (dynamodb.streams.sam.stream-lookup.enabled=false)"));
		assertThat(generated.deployCommands()).containsExactly("sam build",
				"sam deploy --guided --parameter-overrides TestTableStreamArn=$(aws dynamodb describe-table"
						+ " --table-name demo-dev_test-table --query Table.LatestStreamArn --output text)");
	}

	@Test
	void tellsTheFunctionToFailWholeBatchesWithoutPartialBatchResponses() {
		Template template = generate(Listeners.Clerk.class, "dynamodb.streams.report-batch-item-failures=false");
		assertThat(template.event(FUNCTION, "TestTableStream")).doesNotContainKey("FunctionResponseTypes");
		assertThat(template.<Map<String, String>>get("Resources", FUNCTION, "Properties", "Environment", "Variables"))
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "dynamodbStreamsFunction")
			.containsEntry("DYNAMODB_STREAMS_REPORTBATCHITEMFAILURES", "false");
	}

	@Test
	void passesAPrimingModeOtherThanTheDefaultToTheFunction() {
		Template template = generate(Listeners.Clerk.class, "dynamodb.streams.priming=startup",
				"dynamodb.streams.prime-listeners=true");
		assertThat(template.<Map<String, String>>get("Resources", FUNCTION, "Properties", "Environment", "Variables"))
			.containsEntry("DYNAMODB_STREAMS_PRIMING", "startup")
			.containsEntry("DYNAMODB_STREAMS_PRIMELISTENERS", "true");
		assertThat(generate(Listeners.Clerk.class).<Map<String, String>>get("Resources", FUNCTION, "Properties",
				"Environment", "Variables"))
			.doesNotContainKeys("DYNAMODB_STREAMS_PRIMING", "DYNAMODB_STREAMS_PRIMELISTENERS");
	}

	@Test
	void callsTheFunctionTheUserDefines() {
		Template template = generate(Listeners.Clerk.class, "spring.cloud.function.definition=auditedStreams");
		assertThat(template.<Map<String, String>>get("Resources", FUNCTION, "Properties", "Environment", "Variables"))
			.containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", "auditedStreams");
	}

	@Test
	void letsSamGenerateTheRoleWithTheStreamReadPolicyOfEachTable() {
		Template template = generate(Listeners.SeveralTables.class, "dynamodb.streams.sam.execution-role=sam-generated",
				"dynamodb.streams.tables.customers.create=true", "dynamodb.streams.tables.customers.partition-key=id",
				"dynamodb.streams.sam.policy-templates[0].name=SQSSendMessagePolicy",
				"dynamodb.streams.sam.policy-templates[0].parameters.QueueName=audit",
				"dynamodb.streams.sam.managed-policy-arns[0]=arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess");
		assertThat(template.<Map<String, Object>>get("Resources")).containsOnlyKeys(FUNCTION, "Customers");
		assertThat(template.properties(FUNCTION)).doesNotContainKey("Role");
		assertThat(template.<List<Object>>get("Resources", FUNCTION, "Properties", "Policies")).containsExactly(
				Map.of("DynamoDBStreamReadPolicy", Map
					.of("TableName", "audit", "StreamName", "2026-01-01T00:00:00.000")),
				Map.of("DynamoDBStreamReadPolicy", Map.of("TableName", "customers", "StreamName",
						Map.of("Fn::Select", List.of(3,
								Map.of("Fn::Split",
										List.of("/", Map.of("Fn::GetAtt", List.of("Customers", "StreamArn")))))))),
				Map.of("DynamoDBStreamReadPolicy", Map.of("TableName", "orders", "StreamName",
						Map.of("Fn::Select",
								List.of(3, Map.of("Fn::Split", List.of("/", Map.of("Ref", "OrdersStreamArn"))))))),
				Map.of("SQSSendMessagePolicy", Map.of("QueueName", "audit")),
				"arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess");
	}

	@Test
	void givesTablesWhoseNamesDifferOnlyInPunctuationDistinctStableIds() {
		String[] properties = { "dynamodb.streams.tables[test-table].partition-key=id",
				"dynamodb.streams.tables[test_table].partition-key=id",
				"dynamodb.streams.tables[orders].partition-key=id" };
		Template template = generate(Listeners.EveryTable.class, properties);
		Map<String, Object> events = template.get("Resources", FUNCTION, "Properties", "Events");
		assertThat(events).hasSize(3).containsKey("OrdersStream");
		assertThat(events.keySet()).filteredOn((event) -> !event.equals("OrdersStream"))
			.hasSize(2)
			.allMatch((event) -> event.matches("TableTestTable[0-9A-F]{1,8}Stream"));
		assertThat(generateTemplate(Listeners.EveryTable.class, properties).yaml()).isEqualTo(template.yaml());
	}

	@Test
	void writesTheTemplateIntoTheProjectOfTheBootJarTheApplicationRunsFromAndNamesTheProjectAsCode() throws Exception {
		Path project = mavenProject("clerk");
		Path jar = bootJar(project.resolve("target/clerk-0.0.1-SNAPSHOT.jar"));
		SamTemplate generated = generateTemplateWithoutOutput(
				ApplicationCode.locate(jar, this.directory, TemplateGeneration.APPLICATION_CLASS));
		assertThat(generated.output()).isEqualTo(project.resolve("template.yaml"));
		Template template = templates.check(generated.yaml());
		assertThat(template.properties(FUNCTION)).containsEntry("CodeUri", ".");
		assertThat(template.<Map<String, String>>get("Resources", FUNCTION, "Properties", "Environment", "Variables"))
			.containsEntry("MAIN_CLASS", TemplateGeneration.APPLICATION_CLASS);
		assertThat(generated.deployCommands()).hasSize(3).startsWith("cd " + project, "sam build");
		assertThat(generated.deployCommands().get(2)).startsWith("sam deploy --guided --parameter-overrides");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			pom.xml,          target/classes
			build.gradle,     build/libs/clerk-0.0.1-SNAPSHOT.jar
			build.gradle.kts, build/classes/java/main
			build.gradle.kts, build/classes/kotlin/main
			""")
	void writesTheTemplateIntoTheProjectOfItsBuildOutput(String buildFile, String buildOutput) throws Exception {
		Path project = Files.createDirectories(this.directory.resolve("clerk"));
		Files.writeString(project.resolve(buildFile), "");
		Path location = project.resolve(buildOutput);
		if (buildOutput.endsWith(".jar")) {
			bootJar(location);
		}
		else {
			Files.createDirectories(location);
		}
		SamTemplate generated = generateTemplateWithoutOutput(
				ApplicationCode.locate(location, project, TemplateGeneration.APPLICATION_CLASS));
		assertThat(generated.output()).isEqualTo(project.resolve("template.yaml"));
		assertThat(templates.check(generated.yaml()).properties(FUNCTION)).containsEntry("CodeUri", ".");
		assertThat(generated.deployCommands()).containsExactly("sam build",
				"sam deploy --guided --parameter-overrides"
						+ " TestTableStreamArn=$(aws dynamodb describe-table --table-name test-table --query"
						+ " Table.LatestStreamArn --output text)");
	}

	@Test
	void namesTheProjectRelativeToATemplateWrittenElsewhere() throws Exception {
		Path project = mavenProject("clerk");
		Path jar = bootJar(project.resolve("target/clerk.jar"));
		SamTemplate generated = TemplateGeneration.generate(TemplateGeneration
			.contextRunner(project.resolve("deploy/template.yaml"))
			.withUserConfiguration(Listeners.Clerk.class)
			.withPropertyValues("dynamodb.streams.tables.test-table.stream-arn=arn:aws:dynamodb:us-east-1:123456789012"
					+ ":table/test-table/stream/2026-01-01T00:00:00.000"),
				ApplicationCode.locate(jar, project, TemplateGeneration.APPLICATION_CLASS));
		assertThat(templates.check(generated.yaml()).properties(FUNCTION)).containsEntry("CodeUri", "..");
		assertThat(generated.deployCommands()).containsExactly("cd " + project.resolve("deploy"), "sam build",
				"sam deploy --guided");
	}

	@Test
	void namesTheLambdaReadyJarTheApplicationRunsFrom() throws Exception {
		Path project = mavenProject("clerk");
		Path jar = jar(project.resolve("target/clerk-aws.jar"),
				"org/springframework/cloud/function/adapter/aws/FunctionInvoker.class",
				"io/github/ddbstreams/sample/ClerkApplication.class");
		SamTemplate generated = generateTemplateWithoutOutput(
				ApplicationCode.locate(jar, project, TemplateGeneration.APPLICATION_CLASS));
		assertThat(templates.check(generated.yaml()).properties(FUNCTION)).containsEntry("CodeUri",
				"target/clerk-aws.jar");
		assertThat(generated.deployCommands()).singleElement()
			.asString()
			.startsWith("sam deploy --guided --template-file " + project.resolve("template.yaml")
					+ " --parameter-overrides TestTableStreamArn=");
	}

	@Test
	void namesTheProjectWhenTheApplicationRunsFromAJarWithoutItsLibraries() throws Exception {
		Path project = mavenProject("clerk");
		Path jar = jar(project.resolve("target/clerk-plain.jar"), "io/github/ddbstreams/sample/ClerkApplication.class");
		SamTemplate generated = generateTemplateWithoutOutput(
				ApplicationCode.locate(jar, project, TemplateGeneration.APPLICATION_CLASS));
		assertThat(templates.check(generated.yaml()).properties(FUNCTION)).containsEntry("CodeUri", ".");
	}

	@Test
	void refusesASpringBootJarAsCode() throws Exception {
		Path project = mavenProject("clerk");
		bootJar(project.resolve("target/clerk.jar"));
		SamTemplateException failure = TemplateGeneration.failure(
				TemplateGeneration.contextRunner(project.resolve("template.yaml"))
					.withUserConfiguration(Listeners.Clerk.class)
					.withPropertyValues("dynamodb.streams.sam.code-uri=target/clerk.jar"),
				ApplicationCode.locate(null, project, TemplateGeneration.APPLICATION_CLASS));
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.sam.code-uri: target/clerk.jar is a Spring"
				+ " Boot executable jar, whose classes and libraries under BOOT-INF/ Lambda cannot load. Remove"
				+ " code-uri, so that the template names the project directory and sam build packages it, or name a"
				+ " Lambda-ready package (a zip, or a jar with the classes and the libraries at its root)");
	}

	@Test
	void refusesToNameTheSpringBootJarOfAnApplicationRunOutsideOfItsProject() throws Exception {
		Path jar = bootJar(this.directory.resolve("downloads/clerk.jar"));
		Path working = Files.createDirectories(this.directory.resolve("elsewhere"));
		SamTemplateException failure = TemplateGeneration.failure(
				TemplateGeneration.contextRunner(working.resolve("template.yaml"))
					.withUserConfiguration(Listeners.Clerk.class),
				ApplicationCode.locate(jar, working, TemplateGeneration.APPLICATION_CLASS));
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.sam.code-uri: not set, and the application"
				+ " runs from the Spring Boot executable jar " + jar + ", which Lambda cannot load, outside of its"
				+ " project: no pom.xml, build.gradle or build.gradle.kts around it or in the working directory "
				+ working + ". Run it from its project directory (java -jar target/<app>.jar"
				+ " --spring.profiles.active=sam), or set code-uri to the project directory, relative to the template");
	}

	@Test
	void refusesATemplateWithoutCodeWhenThereIsNoProject() {
		SamTemplateException failure = TemplateGeneration.failure(
				contextRunner().withUserConfiguration(Listeners.Clerk.class),
				ApplicationCode.locate(null, this.directory, TemplateGeneration.APPLICATION_CLASS));
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.sam.code-uri: not set, and no Maven or"
				+ " Gradle project (pom.xml, build.gradle or build.gradle.kts) was found around the working directory "
				+ this.directory + ". Run the application from its project directory, or set code-uri to the project"
				+ " directory or a Lambda-ready package, relative to the template");
	}

	@Test
	void refusesATemplateWithoutTheApplicationClass() {
		SamTemplateException failure = TemplateGeneration.failure(
				contextRunner().withUserConfiguration(Listeners.Clerk.class),
				new ApplicationCode(null, this.directory, this.directory, null));
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.sam.main-class: not set, and the"
				+ " application has no single @SpringBootApplication class: set it to the class that the Lambda"
				+ " handler starts");
	}

	private SamTemplate generateTemplateWithoutOutput(ApplicationCode code) {
		return TemplateGeneration.generate(new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DynamoStreamsAutoConfiguration.class,
					DynamoStreamsSamAutoConfiguration.class))
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("sam"))
			.withUserConfiguration(Listeners.Clerk.class)
			.withPropertyValues("spring.application.name=clerk", "dynamodb.streams.sam.stream-lookup.enabled=false"),
				code);
	}

	private Path mavenProject(String name) throws IOException {
		Path project = Files.createDirectories(this.directory.resolve(name));
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		return project;
	}

	static Path bootJar(Path file) throws IOException {
		return jar(file, "BOOT-INF/classes/io/github/ddbstreams/sample/ClerkApplication.class",
				"BOOT-INF/lib/spring-cloud-function-adapter-aws-5.0.1.jar",
				"org/springframework/boot/loader/launch/JarLauncher.class");
	}

	static Path jar(Path file, String... entries) throws IOException {
		Files.createDirectories(file.getParent());
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.closeEntry();
			}
		}
		return file;
	}

	@Test
	void reportsEveryProblemAtOnce() {
		SamTemplateException failure = failure(Listeners.Clerk.class, "dynamodb.streams.tables.test-table.create=true",
				"dynamodb.streams.tables.test-table.stream-view-type=KEYS_ONLY",
				"dynamodb.streams.sam.policy-templates[0].name=NoSuchPolicy",
				"dynamodb.streams.sam.policy-templates[1].name=SQSSendMessagePolicy",
				"dynamodb.streams.sam.policy-templates[1].parameters.Queue=audit",
				"dynamodb.streams.sam.environment.DYNAMODB_STREAMS_TABLENAMESPACE=prod",
				"dynamodb.streams.table-namespace=dev",
				"dynamodb.streams.tables.orders.filter-patterns[0]=eventName=INSERT");
		assertThat(failure.getProblems()).containsExactlyInAnyOrder(
				"dynamodb.streams.tables.test-table.partition-key: required to create the table"
						+ " (dynamodb.streams.tables.test-table.create=true)",
				"dynamodb.streams.tables.test-table.stream-view-type: KEYS_ONLY lacks the images that the listeners of"
						+ " dev_test-table read (NEW); set it to NEW_IMAGE or NEW_AND_OLD_IMAGES",
				"dynamodb.streams.sam.policy-templates[0]: 'NoSuchPolicy' is not a SAM policy template",
				"dynamodb.streams.sam.policy-templates[1]: policy template SQSSendMessagePolicy requires parameters"
						+ " [QueueName]",
				"dynamodb.streams.sam.policy-templates[1]: policy template SQSSendMessagePolicy has no parameters"
						+ " [Queue], only [QueueName]",
				"dynamodb.streams.sam.environment: DYNAMODB_STREAMS_TABLENAMESPACE is set by the template from"
						+ " dynamodb.streams.*, dynamodb.streams.sam.main-class and spring.cloud.function.definition;"
						+ " set those instead",
				"Filter patterns of table dev_orders: filter pattern eventName=INSERT must be a JSON object such as"
						+ " {\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"active\"]}}}}");
		assertThat(failure.getMessage()).startsWith("The SAM template was not written:");
	}

	@Test
	void refusesAStreamArnOfAnotherTable() {
		SamTemplateException failure = failure(Listeners.Clerk.class, "dynamodb.streams.tables.test-table.stream-arn="
				+ "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000");
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.tables.test-table.stream-arn:"
				+ " arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000 is a stream of"
				+ " table orders, not of test-table, so the function would ignore its records");
	}

	@Test
	void refusesAStreamArnForATableTheTemplateCreates() {
		SamTemplateException failure = failure(Listeners.Clerk.class, "dynamodb.streams.tables.test-table.create=true",
				"dynamodb.streams.tables.test-table.partition-key=id", "dynamodb.streams.tables.test-table.stream-arn="
						+ "arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2026-01-01T00:00:00.000");
		assertThat(failure.getProblems()).containsExactly("dynamodb.streams.tables.test-table.stream-arn: the table"
				+ " cannot have a stream ARN when the template creates it (dynamodb.streams.tables.test-table.create=true);"
				+ " remove one of them");
	}

	@Test
	void refusesAFilterPatternThatLetsNoWantedEventThrough() {
		SamTemplateException failure = failure(Listeners.OrderChanges.class,
				"dynamodb.streams.filter-patterns[0]={\"eventName\": [\"REMOVE\"]}");
		assertThat(failure.getProblems()).containsExactly("Filter patterns of table orders: filter pattern"
				+ " {\"eventName\": [\"REMOVE\"]} lets through none of the events [INSERT, MODIFY] that the listeners"
				+ " of the table receive");
	}

	@Test
	void refusesATemplateWithoutTables() {
		SamTemplateException failure = failure(Listeners.EveryTable.class);
		assertThat(failure.getProblems()).containsExactly("No table to subscribe to: name tables in"
				+ " @DynamoStreamListener(tables = ...) or under dynamodb.streams.tables");
	}

	@Test
	void refusesEnvironmentVariablesLargerThanLambdaAllows() {
		SamTemplateException failure = failure(Listeners.Clerk.class,
				"dynamodb.streams.sam.environment.LARGE=" + "x".repeat(4096));
		assertThat(failure.getProblems()).singleElement()
			.asString()
			.startsWith("dynamodb.streams.sam.environment: the environment variables of the function take")
			.endsWith("characters, more than the 4 KB Lambda allows");
	}

}
