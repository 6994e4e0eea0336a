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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddbstreams.harness.sam.GeneratedTemplates;
import io.github.ddbstreams.harness.sam.SamTranslator;
import io.github.ddbstreams.harness.sam.Template;
import io.github.ddbstreams.harness.sam.TransformedTemplates;
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
 * Tests for the event source mapping settings of the template that go beyond batching and
 * retries: tumbling windows, event count metrics, the key of the filter criteria and S3
 * on-failure destinations, with what each of them adds to the execution role. Every
 * template is checked against the SAM schema and by {@code cfn-lint}.
 */
class EventSourceMappingTemplateTests {

	@RegisterExtension
	static final GeneratedTemplates templates = new GeneratedTemplates();

	private static final String FUNCTION = "ClerkFunction";

	private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

	private static final String BUCKET = "arn:aws:s3:::order-failures";

	private static final String[] ALL_FOUR = { "dynamodb.streams.tables.orders.tumbling-window=120s",
			"dynamodb.streams.metrics=true", "dynamodb.streams.filter-kms-key-arn=" + KEY,
			"dynamodb.streams.on-failure-destination=" + BUCKET };

	@TempDir
	Path directory;

	private SamTemplate generateTemplate(Class<?> listeners, String... properties) {
		ApplicationContextRunner contextRunner = TemplateGeneration
			.contextRunner(this.directory.resolve("template.yaml"))
			.withUserConfiguration(listeners)
			.withPropertyValues(properties);
		SamTemplate template = TemplateGeneration.generate(contextRunner);
		templates.check(template.yaml());
		return template;
	}

	private Template generate(String... properties) {
		return Template.read(generateTemplate(Listeners.SeveralTables.class, properties).yaml());
	}

	private Template generateWithWindows(String... properties) {
		return Template.read(generateTemplate(Listeners.OrderInsertCounts.class, properties).yaml());
	}

	private static List<Object> rolePolicy(Template template, String name) {
		List<String> names = rolePolicyNames(template);
		assertThat(names).contains(name);
		return template.get("Resources", FUNCTION + "Role", "Properties", "Policies", names.indexOf(name),
				"PolicyDocument", "Statement");
	}

	private static List<String> rolePolicyNames(Template template) {
		List<Map<String, Object>> policies = template.get("Resources", FUNCTION + "Role", "Properties", "Policies");
		return policies.stream().map((policy) -> (String) policy.get("PolicyName")).toList();
	}

	@Test
	void writesNoneOfTheFourSettingsByDefault() {
		Template template = generate();
		assertThat(template.event(FUNCTION, "OrdersStream")).doesNotContainKeys("TumblingWindowInSeconds",
				"MetricsConfig", "KmsKeyArn", "DestinationConfig");
		assertThat(template.event(FUNCTION, "CustomersStream")).doesNotContainKeys("TumblingWindowInSeconds",
				"MetricsConfig", "KmsKeyArn", "DestinationConfig");
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads");
	}

	@Test
	void writesTheTumblingWindowOfATableThatHasOne() {
		Template template = generateWithWindows("dynamodb.streams.tables.orders.tumbling-window=900s",
				"dynamodb.streams.tables.customers.tumbling-window=0s");
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("TumblingWindowInSeconds", 900);
		assertThat(template.event(FUNCTION, "CustomersStream")).doesNotContainKey("TumblingWindowInSeconds");
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads");
	}

	@Test
	void publishesTheEventCountMetricsOfEveryTableUnlessATableTurnsThemOff() {
		Template template = generate("dynamodb.streams.metrics=true",
				"dynamodb.streams.tables.customers.metrics=false");
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("MetricsConfig",
				Map.of("Metrics", List.of("EventCount")));
		assertThat(template.event(FUNCTION, "CustomersStream")).doesNotContainKey("MetricsConfig");
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads");
	}

	@Test
	void publishesTheEventCountMetricsOfOneTableOnly() {
		Template template = generate("dynamodb.streams.tables.customers.metrics=true");
		assertThat(template.event(FUNCTION, "OrdersStream")).doesNotContainKey("MetricsConfig");
		assertThat(template.event(FUNCTION, "CustomersStream")).containsEntry("MetricsConfig",
				Map.of("Metrics", List.of("EventCount")));
	}

	@Test
	void encryptsTheFilterCriteriaOfEveryEventThatHasSomeAndLetsTheRoleDecryptWithThatKeyOnly() {
		Template template = generate("dynamodb.streams.filter-kms-key-arn=" + KEY);
		assertThat(template.event(FUNCTION, "OrdersStream")).containsKey("FilterCriteria")
			.containsEntry("KmsKeyArn", KEY);
		assertThat(template.event(FUNCTION, "AuditStream")).containsKey("FilterCriteria")
			.containsEntry("KmsKeyArn", KEY);
		assertThat(template.event(FUNCTION, "CustomersStream")).doesNotContainKeys("FilterCriteria", "KmsKeyArn");
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads", "FilterCriteriaKey");
		assertThat(rolePolicy(template, "FilterCriteriaKey"))
			.containsExactly(Map.of("Effect", "Allow", "Action", "kms:Decrypt", "Resource", KEY));
	}

	@Test
	void encryptsConfiguredFilterPatternsToo() {
		Template template = generate("dynamodb.streams.filter-kms-key-arn=" + KEY,
				"dynamodb.streams.tables.customers.filter-patterns[0]={\"dynamodb\": {\"Keys\": {\"id\": {\"S\": [{\"prefix\": \"c-\"}]}}}}");
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("KmsKeyArn", KEY);
		assertThat(template.event(FUNCTION, "CustomersStream")).containsKey("FilterCriteria")
			.containsEntry("KmsKeyArn", KEY);
		assertThat(rolePolicy(template, "FilterCriteriaKey"))
			.containsExactly(Map.of("Effect", "Allow", "Action", "kms:Decrypt", "Resource", KEY));
	}

	@Test
	void warnsThatTheKeyEncryptsNothingWhenNoEventHasFilterCriteria() {
		SamTemplate generated = generateTemplate(Listeners.EveryTable.class,
				"dynamodb.streams.tables.orders.batch-size=5", "dynamodb.streams.filter-kms-key-arn=" + KEY);
		Template template = Template.read(generated.yaml());
		assertThat(template.event(FUNCTION, "OrdersStream")).doesNotContainKeys("FilterCriteria", "KmsKeyArn");
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads");
		assertThat(generated.warnings()).containsExactly("dynamodb.streams.filter-kms-key-arn is set, but no DynamoDB"
				+ " event has filter criteria to encrypt: the template names no key");
	}

	@Test
	void sendsFailuresToAnS3BucketThatTheRoleMayWriteObjectsToAndList() {
		Template template = generate("dynamodb.streams.tables.orders.on-failure-destination=" + BUCKET);
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("DestinationConfig",
				Map.of("OnFailure", Map.of("Type", "S3", "Destination", BUCKET)));
		assertThat(template.event(FUNCTION, "CustomersStream")).doesNotContainKey("DestinationConfig");
		assertThat(rolePolicy(template, "OnFailureDestinations")).containsExactly(
				Map.of("Effect", "Allow", "Action", "s3:PutObject", "Resource", BUCKET + "/*"),
				Map.of("Effect", "Allow", "Action", "s3:ListBucket", "Resource", BUCKET));
	}

	@Test
	void grantsEachDestinationItsOwnPermission() {
		Template template = generate(
				"dynamodb.streams.on-failure-destination=arn:aws:sqs:us-east-1:123456789012:failures",
				"dynamodb.streams.tables.orders.on-failure-destination=arn:aws-cn:s3:::orders.failures-2026");
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("DestinationConfig",
				Map.of("OnFailure", Map.of("Type", "S3", "Destination", "arn:aws-cn:s3:::orders.failures-2026")));
		assertThat(template.event(FUNCTION, "CustomersStream")).containsEntry("DestinationConfig", Map.of("OnFailure",
				Map.of("Type", "SQS", "Destination", "arn:aws:sqs:us-east-1:123456789012:failures")));
		assertThat(rolePolicy(template, "OnFailureDestinations")).containsExactly(
				Map.of("Effect", "Allow", "Action", "s3:PutObject", "Resource",
						"arn:aws-cn:s3:::orders.failures-2026/*"),
				Map.of("Effect", "Allow", "Action", "s3:ListBucket", "Resource",
						"arn:aws-cn:s3:::orders.failures-2026"),
				Map.of("Effect", "Allow", "Action", "sqs:SendMessage", "Resource",
						"arn:aws:sqs:us-east-1:123456789012:failures"));
	}

	@Test
	void writesAllFourSettingsTogether() {
		Template template = generateWithWindows(ALL_FOUR);
		assertThat(template.event(FUNCTION, "OrdersStream")).containsEntry("TumblingWindowInSeconds", 120)
			.containsEntry("MetricsConfig", Map.of("Metrics", List.of("EventCount")))
			.containsEntry("KmsKeyArn", KEY)
			.containsEntry("DestinationConfig", Map.of("OnFailure", Map.of("Type", "S3", "Destination", BUCKET)));
		assertThat(rolePolicyNames(template)).containsExactly("Logs", "StreamReads", "OnFailureDestinations",
				"FilterCriteriaKey");
	}

	@Test
	void addsTheKeyToThePoliciesOfARoleThatSamGenerates() {
		Template template = generate("dynamodb.streams.sam.execution-role=sam-generated",
				"dynamodb.streams.filter-kms-key-arn=" + KEY);
		assertThat(template.<List<Object>>get("Resources", FUNCTION, "Properties", "Policies")).contains(
				Map.of("Statement", List.of(Map.of("Effect", "Allow", "Action", "kms:Decrypt", "Resource", KEY))));
	}

	@Test
	void samTransformsAllFourSettingsIntoTheMappingAndARoleThatNamesTheBucketAndTheKey() throws Exception {
		assumeTrue(SamTranslator.isAvailable(), "SAM translator (python3 with cfn-lint) not installed");
		List<JsonNode> transformed = SamTranslator.transform(
				generateTemplate(Listeners.OrderInsertCounts.class, ALL_FOUR).yaml(),
				generateTemplate(Listeners.OrderInsertCounts.class, withSamGeneratedRole(ALL_FOUR)).yaml());
		for (JsonNode template : transformed) {
			JsonNode orders = resourcesOfType(template, "AWS::Lambda::EventSourceMapping").stream()
				.filter((mapping) -> mapping.path("Properties").has("TumblingWindowInSeconds"))
				.findFirst()
				.orElseThrow()
				.path("Properties");
			assertThat(orders.path("TumblingWindowInSeconds").asInt()).isEqualTo(120);
			assertThat(orders.path("MetricsConfig").toString()).isEqualTo("{\"Metrics\":[\"EventCount\"]}");
			assertThat(orders.path("KmsKeyArn").asText()).isEqualTo(KEY);
			assertThat(orders.path("DestinationConfig").toString())
				.isEqualTo("{\"OnFailure\":{\"Destination\":\"" + BUCKET + "\"}}");
			List<JsonNode> statements = policyStatements(template);
			assertThat(statements).allSatisfy((statement) -> assertThat(resources(statement)).doesNotContain("*"));
			assertThat(statements).flatExtracting(TransformedTemplates::actions).doesNotContain("*", "s3:*", "kms:*");
			assertThat(statements).filteredOn((statement) -> actions(statement).contains("kms:Decrypt"))
				.singleElement()
				.satisfies((statement) -> assertThat(resources(statement)).containsExactly(KEY));
			assertThat(statements).filteredOn((statement) -> actions(statement).contains("s3:PutObject"))
				.singleElement()
				.satisfies((statement) -> assertThat(resources(statement)).singleElement()
					.satisfies((resource) -> assertThat(resource).contains("order-failures")
						.contains("*")
						.isIn(BUCKET + "/*", "{\"Fn::Join\":[\"/\",[\"" + BUCKET + "\",\"*\"]]}")));
			assertThat(statements).filteredOn((statement) -> actions(statement).contains("s3:ListBucket"))
				.singleElement()
				.satisfies((statement) -> assertThat(resources(statement)).containsExactly(BUCKET));
		}
	}

	private static String[] withSamGeneratedRole(String[] properties) {
		String[] all = Arrays.copyOf(properties, properties.length + 1);
		all[properties.length] = "dynamodb.streams.sam.execution-role=sam-generated";
		return all;
	}

}
