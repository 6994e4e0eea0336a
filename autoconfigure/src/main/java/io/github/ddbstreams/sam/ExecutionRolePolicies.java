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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The permissions of the function: its own least-privilege execution role
 * ({@code AWS::IAM::Role}) with stream reads on each table's stream only, log writes to
 * its own log group, the on-failure destinations, decryption with the key of the filter
 * criteria and the configured policies; or, when SAM generates the role, the SAM policies
 * of the function.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ExecutionRolePolicies {

	private static final String POLICY_VERSION = "2012-10-17";

	private final SamTemplateSettings settings;

	private final PolicyTemplates policyTemplates;

	ExecutionRolePolicies(SamTemplateSettings settings, PolicyTemplates policyTemplates) {
		this.settings = settings;
		this.policyTemplates = policyTemplates;
	}

	/**
	 * Return the logical id of the role of a function.
	 * @param functionId the logical id of the function
	 * @return the logical id of its role
	 */
	static String roleId(String functionId) {
		return functionId + "Role";
	}

	/**
	 * Return the {@code Policies} of a function whose role SAM generates.
	 * @param streams the streams the function reads
	 * @return the policies
	 */
	List<Object> samPolicies(List<TableStream> streams) {
		List<Object> policies = new ArrayList<>();
		for (TableStream stream : streams) {
			policies.add(Map.of("DynamoDBStreamReadPolicy",
					OrderedMaps.of("TableName", stream.tableName(), "StreamName", stream.streamName())));
		}
		Set<String> filterKeys = filterKmsKeyArns(streams);
		if (!filterKeys.isEmpty()) {
			policies.add(Map.of("Statement", filterKeyDecrypts(filterKeys)));
		}
		for (PolicyTemplate policyTemplate : this.settings.getPolicyTemplates()) {
			policies.add(Map.of(policyTemplate.name(), new TreeMap<>(policyTemplate.parameters())));
		}
		policies.addAll(this.settings.getManagedPolicyArns());
		return policies;
	}

	/**
	 * Return the execution role of a function.
	 * @param functionId the logical id of the function
	 * @param streams the streams the function reads
	 * @return the role resource
	 */
	Map<String, Object> role(String functionId, List<TableStream> streams) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("Description", "Execution role of " + functionId
				+ ", which reads the streams of its tables and writes to its own log group, nothing more");
		properties.put("AssumeRolePolicyDocument", policyDocument(List.of(OrderedMaps.of("Effect", "Allow", "Principal",
				Map.of("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole"))));
		if (!this.settings.getManagedPolicyArns().isEmpty()) {
			properties.put("ManagedPolicyArns", List.copyOf(this.settings.getManagedPolicyArns()));
		}
		List<Object> policies = new ArrayList<>();
		String logGroup = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:"
				+ logGroupName(functionId);
		policies.add(inlinePolicy("Logs",
				List.of(OrderedMaps.of("Effect", "Allow", "Action",
						List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"), "Resource",
						List.of(Intrinsic.sub(logGroup), Intrinsic.sub(logGroup + ":*"))))));
		List<Object> streamReads = new ArrayList<>();
		for (TableStream stream : streams) {
			streamReads.add(OrderedMaps.of("Sid", "Read" + stream.id() + "Stream", "Effect", "Allow", "Action",
					List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), "Resource",
					stream.streamArn()));
			streamReads.add(OrderedMaps.of("Sid", "List" + stream.id() + "Streams", "Effect", "Allow", "Action",
					"dynamodb:ListStreams", "Resource", stream.streamsOfTable()));
		}
		policies.add(inlinePolicy("StreamReads", streamReads));
		Set<String> destinations = new TreeSet<>();
		streams.stream()
			.map((stream) -> stream.table().settings().onFailureDestination())
			.filter((destination) -> destination != null)
			.forEach(destinations::add);
		if (!destinations.isEmpty()) {
			List<Object> statements = new ArrayList<>();
			destinations.forEach((arn) -> statements.addAll(destinationStatements(arn)));
			policies.add(inlinePolicy("OnFailureDestinations", statements));
		}
		Set<String> filterKeys = filterKmsKeyArns(streams);
		if (!filterKeys.isEmpty()) {
			policies.add(inlinePolicy("FilterCriteriaKey", filterKeyDecrypts(filterKeys)));
		}
		Map<String, Integer> templateUses = new HashMap<>();
		for (PolicyTemplate policyTemplate : this.settings.getPolicyTemplates()) {
			int use = templateUses.merge(policyTemplate.name(), 1, Integer::sum);
			policies.add(inlinePolicy(policyTemplate.name() + ((use > 1) ? use : ""),
					this.policyTemplates.statements(policyTemplate.name(), policyTemplate.parameters())));
		}
		properties.put("Policies", policies);
		if (!this.settings.getTags().isEmpty()) {
			properties.put("Tags", OrderedMaps.tagList(this.settings.getTags()));
		}
		return OrderedMaps.of("Type", "AWS::IAM::Role", "Properties", properties);
	}

	/**
	 * Return the type of an on-failure destination, which tells SAM the permission the
	 * destination needs.
	 * @param arn the ARN of an SQS queue, SNS topic or S3 bucket
	 * @return {@code SQS}, {@code SNS} or {@code S3}
	 */
	static String destinationType(String arn) {
		if (arn.contains(":sqs:")) {
			return "SQS";
		}
		return arn.contains(":s3:") ? "S3" : "SNS";
	}

	/**
	 * Return the key that encrypts the filter criteria of the event of a stream.
	 * @param stream the stream
	 * @return the ARN of the key, or {@code null} when the event has no filter criteria
	 * or no key is configured
	 */
	static @Nullable String filterKmsKeyArn(TableStream stream) {
		return stream.table().filterPatterns().isEmpty() ? null : stream.table().settings().filterKmsKeyArn();
	}

	private static Set<String> filterKmsKeyArns(List<TableStream> streams) {
		Set<String> keys = new TreeSet<>();
		for (TableStream stream : streams) {
			String key = filterKmsKeyArn(stream);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static List<Object> filterKeyDecrypts(Set<String> keys) {
		return keys.stream()
			.map((key) -> (Object) OrderedMaps.of("Effect", "Allow", "Action", "kms:Decrypt", "Resource", key))
			.toList();
	}

	private static List<Object> destinationStatements(String arn) {
		return switch (destinationType(arn)) {
			case "SQS" -> List.of(OrderedMaps.of("Effect", "Allow", "Action", "sqs:SendMessage", "Resource", arn));
			case "SNS" -> List.of(OrderedMaps.of("Effect", "Allow", "Action", "sns:Publish", "Resource", arn));
			default -> List.of(OrderedMaps.of("Effect", "Allow", "Action", "s3:PutObject", "Resource", arn + "/*"),
					OrderedMaps.of("Effect", "Allow", "Action", "s3:ListBucket", "Resource", arn));
		};
	}

	private String logGroupName(String functionId) {
		String configured = this.settings.getFunctionName();
		return "/aws/lambda/" + ((configured != null) ? configured : "${AWS::StackName}-" + functionId);
	}

	private static Map<String, Object> inlinePolicy(String name, List<Object> statements) {
		return OrderedMaps.of("PolicyName", name, "PolicyDocument", policyDocument(statements));
	}

	private static Map<String, Object> policyDocument(List<Object> statements) {
		return OrderedMaps.of("Version", POLICY_VERSION, "Statement", statements);
	}

}
