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

package io.github.ddbstreams.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties.Sam;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties.Table;
import io.github.ddbstreams.dispatch.ConcurrencySettings;
import io.github.ddbstreams.lambda.PrimingMode;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.TableNamespace;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks every {@code dynamodb.streams} property when it is bound, and names the
 * property, the value and the allowed range of each that is wrong. ARNs that end up in
 * the execution role of the SAM template are checked in full, and may not contain the
 * wildcards {@code *} and {@code ?}, which would widen the role.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class DynamoStreamsPropertiesValidator implements Validator {

	private static final Pattern NAME_CHARACTERS = Pattern.compile("[a-zA-Z0-9_.-]*");

	private static final String ARN_RESOURCE = "[^*?\\s]+";

	private static final Pattern FAILURE_DESTINATION = Pattern
		.compile("arn:aws[a-z-]*:(sqs|sns):[a-z]{2}(-[a-z]+)+-\\d+:\\d{12}:[a-zA-Z0-9_-]{1,256}(\\.fifo)?"
				+ "|arn:aws[a-z-]*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	private static final Pattern KMS_KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\\d+:\\d{12}:key/"
			+ "(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

	private static final Pattern TABLE_OR_STREAM_ARN = Pattern
		.compile("arn:aws[a-z-]*:dynamodb:[a-z]{2}(-[a-z]+)+-\\d+:\\d{12}:table/[a-zA-Z0-9_.-]{3,255}(/stream/"
				+ ARN_RESOURCE + ")?");

	private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

	private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");

	private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

	private static final Pattern MANAGED_POLICY_ARN = Pattern
		.compile("arn:aws[a-z-]*:iam::(aws|\\d{12}):policy/[\\w+=,.@/-]{1,512}");

	private static final Pattern TAG_CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

	private static final Pattern JAVA_CLASS_NAME = Pattern.compile(
			"\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

	private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

	private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
			"AWS_REGION", "AWS_EXECUTION_ENV", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
			"AWS_SESSION_TOKEN", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ", "SPRING_CLOUD_FUNCTION_DEFINITION",
			"MAIN_CLASS");

	@Override
	public boolean supports(Class<?> type) {
		return DynamoStreamsProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DynamoStreamsProperties properties = (DynamoStreamsProperties) target;
		checkName(errors, "table-namespace", properties.getTableNamespace());
		checkName(errors, "namespace-separator", properties.getNamespaceSeparator());
		checkMapping(errors, "",
				new MappingValues(properties.getBatchSize(), properties.getMaximumBatchingWindow(),
						properties.getMaximumRetryAttempts(), properties.getMaximumRecordAge(),
						properties.getParallelizationFactor(), properties.getTumblingWindow(),
						properties.getOnFailureDestination()));
		checkConcurrency(errors, "concurrency", properties.getConcurrency());
		String filterKey = properties.getFilterKmsKeyArn();
		if (filterKey != null && !KMS_KEY_ARN.matcher(filterKey).matches()) {
			InvalidPropertyReporter.reject(errors, "filter-kms-key-arn", filterKey,
					"must be the ARN of one KMS key (arn:aws:kms:<region>:<account>:key/<key-id>), not an alias,"
							+ " without wildcards");
		}
		properties.getTables().forEach((name, table) -> checkTable(errors, name, table));
		TableNamespace namespace = properties.toTableNamespace();
		properties.getTables()
			.keySet()
			.stream()
			.filter(namespace::carries)
			.forEach((name) -> InvalidPropertyReporter.reject(errors, "tables", name,
					"table '" + name + "' already carries the table namespace '" + namespace.namespace()
							+ "': it would be " + namespace.physicalName(name) + "; key it by its logical name '"
							+ namespace.logicalName(name) + "'"));
		if (properties.isPrimeListeners() && properties.getPriming() == PrimingMode.OFF) {
			InvalidPropertyReporter.reject(errors, "prime-listeners", true,
					"has no effect while dynamodb.streams.priming is off: set priming to 'snapshot' or 'startup', or"
							+ " remove prime-listeners");
		}
		checkSam(errors, properties.getSam());
	}

	private static void checkName(Errors errors, String field, String value) {
		if (!NAME_CHARACTERS.matcher(value).matches()) {
			InvalidPropertyReporter.reject(errors, field, value,
					"must contain only letters, digits, '_', '.' and '-', the characters of DynamoDB table names");
		}
	}

	private static void checkTable(Errors errors, String name, Table table) {
		if (DynamoDbArn.isArn(name)) {
			if (!TABLE_OR_STREAM_ARN.matcher(name).matches()) {
				InvalidPropertyReporter.reject(errors, "tables", name, "must be the ARN of a DynamoDB table or stream"
						+ " (arn:aws:dynamodb:<region>:<account>:table/<name>[/stream/<label>]), without wildcards");
			}
		}
		else if (name.isEmpty() || !NAME_CHARACTERS.matcher(name).matches()) {
			InvalidPropertyReporter.reject(errors, "tables", name,
					"table names must be DynamoDB table names (letters, digits, '_', '.', '-') or ARNs");
		}
		String streamArn = table.getStreamArn();
		if (streamArn != null
				&& !(DynamoDbArn.isStreamArn(streamArn) && TABLE_OR_STREAM_ARN.matcher(streamArn).matches())) {
			InvalidPropertyReporter.reject(errors, "tables." + name + ".stream-arn", streamArn,
					"must be the ARN of a DynamoDB stream"
							+ " (arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>), without wildcards");
		}
		checkMapping(errors, "tables." + name + ".",
				new MappingValues(table.getBatchSize(), table.getMaximumBatchingWindow(),
						table.getMaximumRetryAttempts(), table.getMaximumRecordAge(), table.getParallelizationFactor(),
						table.getTumblingWindow(), table.getOnFailureDestination()));
		checkConcurrency(errors, "tables." + name + ".concurrency", table.getConcurrency());
		checkAttributeName(errors, "tables." + name + ".partition-key", table.getPartitionKey());
		checkAttributeName(errors, "tables." + name + ".sort-key", table.getSortKey());
	}

	private static void checkConcurrency(Errors errors, String property, @Nullable Integer concurrency) {
		if (concurrency != null && (concurrency < 1 || concurrency > ConcurrencySettings.MAX_CONCURRENCY)) {
			InvalidPropertyReporter.reject(errors, property, concurrency,
					"must be between 1 and " + ConcurrencySettings.MAX_CONCURRENCY);
		}
	}

	private static void checkAttributeName(Errors errors, String property, @Nullable String attribute) {
		if (attribute != null && (attribute.isEmpty() || attribute.length() > 255)) {
			InvalidPropertyReporter.reject(errors, property, attribute, "must be 1 to 255 characters");
		}
	}

	private static void checkMapping(Errors errors, String prefix, MappingValues mapping) {
		if (mapping.batchSize() != null && (mapping.batchSize() < 1 || mapping.batchSize() > 10000)) {
			InvalidPropertyReporter.reject(errors, prefix + "batch-size", mapping.batchSize(),
					"must be between 1 and 10000");
		}
		Duration window = mapping.maximumBatchingWindow();
		if (window != null && (!isWholeSeconds(window) || window.isNegative() || window.getSeconds() > 300)) {
			InvalidPropertyReporter.reject(errors, prefix + "maximum-batching-window", window,
					"must be a whole number of seconds between 0 and 300");
		}
		Integer retries = mapping.maximumRetryAttempts();
		if (retries != null && (retries < -1 || retries > 10000)) {
			InvalidPropertyReporter.reject(errors, prefix + "maximum-retry-attempts", retries,
					"must be -1 (no limit) or between 0 and 10000");
		}
		Duration age = mapping.maximumRecordAge();
		if (age != null && !(age.equals(Duration.ofSeconds(-1))
				|| (isWholeSeconds(age) && age.getSeconds() >= 60 && age.getSeconds() <= 604800))) {
			InvalidPropertyReporter.reject(errors, prefix + "maximum-record-age", age,
					"must be -1 (no limit) or a whole number of seconds between 60 and 604800 (7 days)");
		}
		Integer parallelization = mapping.parallelizationFactor();
		if (parallelization != null && (parallelization < 1 || parallelization > 10)) {
			InvalidPropertyReporter.reject(errors, prefix + "parallelization-factor", parallelization,
					"must be between 1 and 10");
		}
		Duration tumblingWindow = mapping.tumblingWindow();
		if (tumblingWindow != null && (!isWholeSeconds(tumblingWindow) || tumblingWindow.isNegative()
				|| tumblingWindow.getSeconds() > 900)) {
			InvalidPropertyReporter.reject(errors, prefix + "tumbling-window", tumblingWindow,
					"must be a whole number of seconds between 0 (no windows) and 900 (15 minutes)");
		}
		String destination = mapping.onFailureDestination();
		if (destination != null && !FAILURE_DESTINATION.matcher(destination).matches()) {
			InvalidPropertyReporter.reject(errors, prefix + "on-failure-destination", destination,
					"must be the ARN of one SQS queue (arn:aws:sqs:<region>:<account>:<queue>), SNS topic"
							+ " (arn:aws:sns:<region>:<account>:<topic>) or S3 bucket (arn:aws:s3:::<bucket>),"
							+ " without wildcards");
		}
	}

	private static boolean isWholeSeconds(Duration duration) {
		return duration.getNano() == 0;
	}

	private static void checkSam(Errors errors, Sam sam) {
		if (sam.getOutput() != null && sam.getOutput().toString().isBlank()) {
			InvalidPropertyReporter.reject(errors, "sam.output", sam.getOutput(), "must be the path of a file");
		}
		if (sam.getCodeUri() != null && sam.getCodeUri().isBlank()) {
			InvalidPropertyReporter.reject(errors, "sam.code-uri", sam.getCodeUri(),
					"must be a path relative to the template, or not set");
		}
		if (sam.getMainClass() != null && !JAVA_CLASS_NAME.matcher(sam.getMainClass()).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.main-class", sam.getMainClass(),
					"must be the fully qualified name of a class, such as com.example.DemoApplication");
		}
		if (sam.getFunctionLogicalId() != null && !LOGICAL_ID.matcher(sam.getFunctionLogicalId()).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.function-logical-id", sam.getFunctionLogicalId(),
					"must be 1 to 255 letters and digits, a CloudFormation logical id");
		}
		if (sam.getFunctionName() != null && !FUNCTION_NAME.matcher(sam.getFunctionName()).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.function-name", sam.getFunctionName(),
					"must be 1 to 64 letters, digits, '-' and '_', a Lambda function name");
		}
		if (sam.getDescription() != null && sam.getDescription().length() > 256) {
			InvalidPropertyReporter.reject(errors, "sam.description", sam.getDescription(),
					"must be at most 256 characters");
		}
		DataSize memorySize = sam.getMemorySize();
		long megabytes = memorySize.toMegabytes();
		if (!DataSize.ofMegabytes(megabytes).equals(memorySize) || megabytes < 128 || megabytes > 10240) {
			InvalidPropertyReporter.reject(errors, "sam.memory-size", memorySize,
					"must be a whole number of MB between 128 and 10240");
		}
		Duration timeout = sam.getTimeout();
		if (timeout.getNano() != 0 || timeout.getSeconds() < 1 || timeout.getSeconds() > 900) {
			InvalidPropertyReporter.reject(errors, "sam.timeout", timeout,
					"must be a whole number of seconds between 1 and 900");
		}
		String alias = sam.getAutoPublishAlias();
		if (!alias.isEmpty() && !ALIAS_NAME.matcher(alias).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.auto-publish-alias", alias,
					"must be 1 to 128 letters, digits, '-' and '_', and not only digits");
		}
		if (sam.isSnapStart() && alias.isEmpty()) {
			InvalidPropertyReporter.reject(errors, "sam.auto-publish-alias", alias,
					"must be set when sam.snap-start is true: SnapStart applies to published versions only");
		}
		sam.getEnvironment().forEach((name, value) -> checkEnvironmentVariable(errors, name));
		List<String> managedPolicyArns = sam.getManagedPolicyArns();
		for (int i = 0; i < managedPolicyArns.size(); i++) {
			if (!MANAGED_POLICY_ARN.matcher(managedPolicyArns.get(i)).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.managed-policy-arns[" + i + "]", managedPolicyArns.get(i),
						"must be the ARN of a managed IAM policy (arn:aws:iam::aws:policy/... or"
								+ " arn:aws:iam::123456789012:policy/...)");
			}
		}
		List<Sam.PolicyTemplate> policyTemplates = sam.getPolicyTemplates();
		for (int i = 0; i < policyTemplates.size(); i++) {
			Sam.PolicyTemplate policyTemplate = policyTemplates.get(i);
			if (!LOGICAL_ID.matcher(policyTemplate.getName()).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.policy-templates[" + i + "].name", policyTemplate.getName(),
						"must be the name of a SAM policy template, such as SQSSendMessagePolicy");
			}
			checkPolicyTemplateParameters(errors, i, policyTemplate.getParameters());
		}
		checkTags(errors, sam.getTags());
		checkStreamLookup(errors, sam.getStreamLookup());
	}

	private static void checkEnvironmentVariable(Errors errors, String name) {
		if (!ENVIRONMENT_VARIABLE.matcher(name).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.environment." + name, name,
					"variable name '" + name + "' must start with a letter and contain only letters, digits and '_'");
		}
		else if (RESERVED_VARIABLES.contains(name) || name.startsWith("AWS_LAMBDA_")) {
			InvalidPropertyReporter.reject(errors, "sam.environment." + name, name,
					"variable name '" + name + "' is reserved: Lambda or the template sets it (set"
							+ " spring.cloud.function.definition to choose the function)");
		}
	}

	private static void checkPolicyTemplateParameters(Errors errors, int index, Map<String, String> parameters) {
		parameters.forEach((name, value) -> {
			if (value.contains("*") || value.contains("?")) {
				InvalidPropertyReporter.reject(errors, "sam.policy-templates[" + index + "].parameters." + name, value,
						"must name one resource: wildcards ('*', '?') would widen the execution role");
			}
		});
	}

	private static void checkTags(Errors errors, Map<String, String> tags) {
		if (tags.size() > 50) {
			InvalidPropertyReporter.reject(errors, "sam.tags", tags.size(), "must be at most 50 tags");
		}
		tags.forEach((key, value) -> {
			if (key.isEmpty() || key.length() > 128 || key.toLowerCase(Locale.ROOT).startsWith("aws:")
					|| !TAG_CHARACTERS.matcher(key).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.tags." + key, key, "tag key '" + key
						+ "' must be 1 to 128 letters, digits, spaces and _ . : / = + - @, and not start with 'aws:'");
			}
			if (value.length() > 256 || !TAG_CHARACTERS.matcher(value).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.tags." + key, value,
						"value of tag '" + key + "' must be at most 256 letters, digits, spaces and _ . : / = + - @");
			}
		});
	}

	private static void checkStreamLookup(Errors errors, Sam.StreamLookup lookup) {
		if (lookup.getEndpoint() != null
				&& (lookup.getEndpoint().getScheme() == null || lookup.getEndpoint().getHost() == null)) {
			InvalidPropertyReporter.reject(errors, "sam.stream-lookup.endpoint", lookup.getEndpoint(),
					"must be an absolute URI such as http://localhost:8000");
		}
		if (lookup.getRegion() != null && !REGION.matcher(lookup.getRegion()).matches()) {
			InvalidPropertyReporter.reject(errors, "sam.stream-lookup.region", lookup.getRegion(),
					"must be an AWS region such as eu-west-1");
		}
		Duration timeout = lookup.getTimeout();
		if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
			InvalidPropertyReporter.reject(errors, "sam.stream-lookup.timeout", timeout,
					"must be between 1 ms and 60 s");
		}
	}

	private record MappingValues(@Nullable Integer batchSize, @Nullable Duration maximumBatchingWindow,
			@Nullable Integer maximumRetryAttempts, @Nullable Duration maximumRecordAge,
			@Nullable Integer parallelizationFactor, @Nullable Duration tumblingWindow,
			@Nullable String onFailureDestination) {

	}

}
