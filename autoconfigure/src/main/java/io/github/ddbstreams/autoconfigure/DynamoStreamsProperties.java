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

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.ddbstreams.dispatch.TableNamespace;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for DynamoDB stream listeners on AWS Lambda.
 * <p>
 * The event source mapping settings ({@code batch-size}, {@code starting-position} and
 * the rest) apply to every table; {@code tables.<name>.*} overrides them for one table.
 * Every value is checked when the application starts: an invalid one fails the startup
 * with a message naming the property, the value and the allowed range.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
@ConfigurationProperties("dynamodb.streams")
public class DynamoStreamsProperties implements Validator {

	private static final Pattern NAME_CHARACTERS = Pattern.compile("[a-zA-Z0-9_.-]*");

	private static final Pattern FAILURE_DESTINATION = Pattern
		.compile("arn:aws[a-z-]*:(sqs|sns):[a-z0-9-]+:\\d{12}:.+");

	/**
	 * Whether to enable the DynamoDB stream listeners and the Lambda functions that
	 * dispatch to them.
	 */
	private boolean enabled = true;

	/**
	 * Namespace of the physical table names: logical table 'test-table' is
	 * 'demo-dev_test-table' in namespace 'demo-dev'. Empty for none.
	 */
	private String tableNamespace = "";

	/**
	 * Separator between the table namespace and the logical table name.
	 */
	private String namespaceSeparator = "_";

	/**
	 * Whether the function reports partial batch failures, so Lambda retries from the
	 * failed record rather than the whole batch. Selects the function the Lambda handler
	 * invokes.
	 */
	private boolean reportBatchItemFailures = true;

	/**
	 * Largest number of records per invocation (1-10000).
	 */
	private int batchSize = 100;

	/**
	 * Where a new event source mapping starts reading a stream.
	 */
	private StartingPosition startingPosition = StartingPosition.TRIM_HORIZON;

	/**
	 * How long to gather records before invoking the function (0-300 s, whole seconds).
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration maximumBatchingWindow = Duration.ZERO;

	/**
	 * Whether a failed batch is split in two and each half retried.
	 */
	private boolean bisectBatchOnFunctionError;

	/**
	 * Retries of a failed batch before its records go to the on-failure destination (-1
	 * for no limit, or 0-10000).
	 */
	private int maximumRetryAttempts = -1;

	/**
	 * Age after which records are no longer retried (-1 for no limit, or 60-604800 s,
	 * whole seconds).
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration maximumRecordAge = Duration.ofSeconds(-1);

	/**
	 * Batches processed at the same time per shard (1-10).
	 */
	private int parallelizationFactor = 1;

	/**
	 * ARN of the SQS queue or SNS topic that receives the description of records that
	 * exhausted their retries.
	 */
	private @Nullable String onFailureDestination;

	/**
	 * Event filter patterns (JSON) applied to every table, in addition to the filter
	 * derived from the event names the listeners declare.
	 */
	private List<String> filterPatterns = new ArrayList<>();

	/**
	 * Tables by logical name (or ARN), with settings that override the defaults above.
	 */
	private Map<String, Table> tables = new LinkedHashMap<>();

	private final Sam sam = new Sam();

	private final Local local = new Local();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getTableNamespace() {
		return this.tableNamespace;
	}

	public void setTableNamespace(String tableNamespace) {
		this.tableNamespace = tableNamespace;
	}

	public String getNamespaceSeparator() {
		return this.namespaceSeparator;
	}

	public void setNamespaceSeparator(String namespaceSeparator) {
		this.namespaceSeparator = namespaceSeparator;
	}

	public boolean isReportBatchItemFailures() {
		return this.reportBatchItemFailures;
	}

	public void setReportBatchItemFailures(boolean reportBatchItemFailures) {
		this.reportBatchItemFailures = reportBatchItemFailures;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

	public StartingPosition getStartingPosition() {
		return this.startingPosition;
	}

	public void setStartingPosition(StartingPosition startingPosition) {
		this.startingPosition = startingPosition;
	}

	public Duration getMaximumBatchingWindow() {
		return this.maximumBatchingWindow;
	}

	public void setMaximumBatchingWindow(Duration maximumBatchingWindow) {
		this.maximumBatchingWindow = maximumBatchingWindow;
	}

	public boolean isBisectBatchOnFunctionError() {
		return this.bisectBatchOnFunctionError;
	}

	public void setBisectBatchOnFunctionError(boolean bisectBatchOnFunctionError) {
		this.bisectBatchOnFunctionError = bisectBatchOnFunctionError;
	}

	public int getMaximumRetryAttempts() {
		return this.maximumRetryAttempts;
	}

	public void setMaximumRetryAttempts(int maximumRetryAttempts) {
		this.maximumRetryAttempts = maximumRetryAttempts;
	}

	public Duration getMaximumRecordAge() {
		return this.maximumRecordAge;
	}

	public void setMaximumRecordAge(Duration maximumRecordAge) {
		this.maximumRecordAge = maximumRecordAge;
	}

	public int getParallelizationFactor() {
		return this.parallelizationFactor;
	}

	public void setParallelizationFactor(int parallelizationFactor) {
		this.parallelizationFactor = parallelizationFactor;
	}

	public @Nullable String getOnFailureDestination() {
		return this.onFailureDestination;
	}

	public void setOnFailureDestination(@Nullable String onFailureDestination) {
		this.onFailureDestination = onFailureDestination;
	}

	public List<String> getFilterPatterns() {
		return this.filterPatterns;
	}

	public void setFilterPatterns(List<String> filterPatterns) {
		this.filterPatterns = filterPatterns;
	}

	public Map<String, Table> getTables() {
		return this.tables;
	}

	public void setTables(Map<String, Table> tables) {
		this.tables = tables;
	}

	public Sam getSam() {
		return this.sam;
	}

	public Local getLocal() {
		return this.local;
	}

	/**
	 * Return the namespace of the physical table names.
	 * @return the namespace
	 */
	public TableNamespace toTableNamespace() {
		return new TableNamespace(this.tableNamespace, this.namespaceSeparator);
	}

	/**
	 * Return the effective event source mapping settings of a table: its overrides over
	 * the defaults.
	 * @param table the logical table name or ARN
	 * @return the settings
	 */
	public EventSourceMappingSettings mappingSettings(String table) {
		Table overrides = this.tables.getOrDefault(table, new Table());
		List<String> filterPatterns = new ArrayList<>(this.filterPatterns);
		filterPatterns.addAll(overrides.getFilterPatterns());
		return new EventSourceMappingSettings(table, overrides.getStreamArn(), orDefault(overrides.getEnabled(), true),
				orDefault(overrides.getStartingPosition(), this.startingPosition),
				orDefault(overrides.getBatchSize(), this.batchSize),
				orDefault(overrides.getMaximumBatchingWindow(), this.maximumBatchingWindow),
				orDefault(overrides.getBisectBatchOnFunctionError(), this.bisectBatchOnFunctionError),
				orDefault(overrides.getMaximumRetryAttempts(), this.maximumRetryAttempts),
				orDefault(overrides.getMaximumRecordAge(), this.maximumRecordAge),
				orDefault(overrides.getParallelizationFactor(), this.parallelizationFactor),
				orDefault(overrides.getOnFailureDestination(), this.onFailureDestination), List.copyOf(filterPatterns),
				this.reportBatchItemFailures);
	}

	private static <T> T orDefault(@Nullable T value, T defaultValue) {
		return (value != null) ? value : defaultValue;
	}

	@Override
	public boolean supports(Class<?> type) {
		return DynamoStreamsProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DynamoStreamsProperties properties = (DynamoStreamsProperties) target;
		checkName(errors, "table-namespace", properties.getTableNamespace());
		checkName(errors, "namespace-separator", properties.getNamespaceSeparator());
		MappingRanges.check(errors, "",
				new MappingValues(properties.getBatchSize(), properties.getMaximumBatchingWindow(),
						properties.getMaximumRetryAttempts(), properties.getMaximumRecordAge(),
						properties.getParallelizationFactor(), properties.getOnFailureDestination()));
		properties.getTables().forEach((name, table) -> {
			if (!TableNamespace.isArn(name) && (name.isEmpty() || !NAME_CHARACTERS.matcher(name).matches())) {
				InvalidPropertyReporter.reject(errors, "tables", name,
						"table names must be DynamoDB table names (letters, digits, '_', '.', '-') or ARNs");
			}
			MappingRanges.check(errors, "tables." + name + ".",
					new MappingValues(table.getBatchSize(), table.getMaximumBatchingWindow(),
							table.getMaximumRetryAttempts(), table.getMaximumRecordAge(),
							table.getParallelizationFactor(), table.getOnFailureDestination()));
		});
		properties.getSam().validate(errors);
		properties.getLocal().validate(errors);
	}

	private static void checkName(Errors errors, String field, String value) {
		if (!NAME_CHARACTERS.matcher(value).matches()) {
			InvalidPropertyReporter.reject(errors, field, value,
					"must contain only letters, digits, '_', '.' and '-', the characters of DynamoDB table names");
		}
	}

	static boolean isFailureDestination(String arn) {
		return FAILURE_DESTINATION.matcher(arn).matches();
	}

	/**
	 * Per-table settings, keyed by the logical table name (or an ARN) under
	 * {@code dynamodb.streams.tables}.
	 */
	public static class Table {

		/**
		 * Stream ARN of the table, when the SAM template should neither create the table
		 * nor look the stream up.
		 */
		private @Nullable String streamArn;

		/**
		 * Whether the event source mapping of the table polls its stream.
		 */
		private @Nullable Boolean enabled;

		/**
		 * Largest number of records per invocation (1-10000). Defaults to
		 * dynamodb.streams.batch-size.
		 */
		private @Nullable Integer batchSize;

		/**
		 * Where a new event source mapping starts reading the stream. Defaults to
		 * dynamodb.streams.starting-position.
		 */
		private @Nullable StartingPosition startingPosition;

		/**
		 * How long to gather records before invoking the function (0-300 s). Defaults to
		 * dynamodb.streams.maximum-batching-window.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private @Nullable Duration maximumBatchingWindow;

		/**
		 * Whether a failed batch is split in two and each half retried. Defaults to
		 * dynamodb.streams.bisect-batch-on-function-error.
		 */
		private @Nullable Boolean bisectBatchOnFunctionError;

		/**
		 * Retries of a failed batch (-1 for no limit, or 0-10000). Defaults to
		 * dynamodb.streams.maximum-retry-attempts.
		 */
		private @Nullable Integer maximumRetryAttempts;

		/**
		 * Age after which records are no longer retried (-1 for no limit, or 60-604800
		 * s). Defaults to dynamodb.streams.maximum-record-age.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private @Nullable Duration maximumRecordAge;

		/**
		 * Batches processed at the same time per shard (1-10). Defaults to
		 * dynamodb.streams.parallelization-factor.
		 */
		private @Nullable Integer parallelizationFactor;

		/**
		 * ARN of the SQS queue or SNS topic for records that exhausted their retries.
		 * Defaults to dynamodb.streams.on-failure-destination.
		 */
		private @Nullable String onFailureDestination;

		/**
		 * Event filter patterns (JSON) for this table, added to
		 * dynamodb.streams.filter-patterns.
		 */
		private List<String> filterPatterns = new ArrayList<>();

		/**
		 * Name of the partition key attribute, needed to create the table (locally, or in
		 * the SAM template).
		 */
		private @Nullable String partitionKey;

		/**
		 * Type of the partition key attribute.
		 */
		private KeyType partitionKeyType = KeyType.S;

		/**
		 * Name of the sort key attribute, if the table has one.
		 */
		private @Nullable String sortKey;

		/**
		 * Type of the sort key attribute.
		 */
		private KeyType sortKeyType = KeyType.S;

		/**
		 * Stream view type of the table when it is created, or when its stream is enabled
		 * locally.
		 */
		private StreamViewType streamViewType = StreamViewType.NEW_AND_OLD_IMAGES;

		/**
		 * Whether the SAM template creates the table (AWS::DynamoDB::Table) instead of
		 * referring to an existing one.
		 */
		private boolean create;

		public @Nullable String getStreamArn() {
			return this.streamArn;
		}

		public void setStreamArn(@Nullable String streamArn) {
			this.streamArn = streamArn;
		}

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable Integer getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(@Nullable Integer batchSize) {
			this.batchSize = batchSize;
		}

		public @Nullable StartingPosition getStartingPosition() {
			return this.startingPosition;
		}

		public void setStartingPosition(@Nullable StartingPosition startingPosition) {
			this.startingPosition = startingPosition;
		}

		public @Nullable Duration getMaximumBatchingWindow() {
			return this.maximumBatchingWindow;
		}

		public void setMaximumBatchingWindow(@Nullable Duration maximumBatchingWindow) {
			this.maximumBatchingWindow = maximumBatchingWindow;
		}

		public @Nullable Boolean getBisectBatchOnFunctionError() {
			return this.bisectBatchOnFunctionError;
		}

		public void setBisectBatchOnFunctionError(@Nullable Boolean bisectBatchOnFunctionError) {
			this.bisectBatchOnFunctionError = bisectBatchOnFunctionError;
		}

		public @Nullable Integer getMaximumRetryAttempts() {
			return this.maximumRetryAttempts;
		}

		public void setMaximumRetryAttempts(@Nullable Integer maximumRetryAttempts) {
			this.maximumRetryAttempts = maximumRetryAttempts;
		}

		public @Nullable Duration getMaximumRecordAge() {
			return this.maximumRecordAge;
		}

		public void setMaximumRecordAge(@Nullable Duration maximumRecordAge) {
			this.maximumRecordAge = maximumRecordAge;
		}

		public @Nullable Integer getParallelizationFactor() {
			return this.parallelizationFactor;
		}

		public void setParallelizationFactor(@Nullable Integer parallelizationFactor) {
			this.parallelizationFactor = parallelizationFactor;
		}

		public @Nullable String getOnFailureDestination() {
			return this.onFailureDestination;
		}

		public void setOnFailureDestination(@Nullable String onFailureDestination) {
			this.onFailureDestination = onFailureDestination;
		}

		public List<String> getFilterPatterns() {
			return this.filterPatterns;
		}

		public void setFilterPatterns(List<String> filterPatterns) {
			this.filterPatterns = filterPatterns;
		}

		public @Nullable String getPartitionKey() {
			return this.partitionKey;
		}

		public void setPartitionKey(@Nullable String partitionKey) {
			this.partitionKey = partitionKey;
		}

		public KeyType getPartitionKeyType() {
			return this.partitionKeyType;
		}

		public void setPartitionKeyType(KeyType partitionKeyType) {
			this.partitionKeyType = partitionKeyType;
		}

		public @Nullable String getSortKey() {
			return this.sortKey;
		}

		public void setSortKey(@Nullable String sortKey) {
			this.sortKey = sortKey;
		}

		public KeyType getSortKeyType() {
			return this.sortKeyType;
		}

		public void setSortKeyType(KeyType sortKeyType) {
			this.sortKeyType = sortKeyType;
		}

		public StreamViewType getStreamViewType() {
			return this.streamViewType;
		}

		public void setStreamViewType(StreamViewType streamViewType) {
			this.streamViewType = streamViewType;
		}

		public boolean isCreate() {
			return this.create;
		}

		public void setCreate(boolean create) {
			this.create = create;
		}

	}

	/**
	 * Type of a key attribute.
	 */
	public enum KeyType {

		/**
		 * String.
		 */
		S,

		/**
		 * Number.
		 */
		N,

		/**
		 * Binary.
		 */
		B

	}

	/**
	 * What a DynamoDB stream carries for each change.
	 */
	public enum StreamViewType {

		/**
		 * Only the key attributes of the item.
		 */
		KEYS_ONLY,

		/**
		 * The item as it appears after the change.
		 */
		NEW_IMAGE,

		/**
		 * The item as it appeared before the change.
		 */
		OLD_IMAGE,

		/**
		 * Both the new and the old image of the item.
		 */
		NEW_AND_OLD_IMAGES

	}

	/**
	 * Settings of the SAM template written by the {@code sam} profile.
	 */
	public static class Sam {

		private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

		private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

		private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");

		private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

		private static final Pattern MANAGED_POLICY_ARN = Pattern
			.compile("arn:aws[a-z-]*:iam::(aws|\\d{12}):policy/.+");

		private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

		private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID",
				"AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
				"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ",
				"SPRING_CLOUD_FUNCTION_DEFINITION");

		/**
		 * Path of the template file to write, relative to the working directory.
		 */
		private Path output = Path.of("template.yaml");

		/**
		 * Location of the Lambda deployment package (the shaded jar), relative to the
		 * directory of the template. Defaults to the jar the application runs from.
		 */
		private @Nullable String codeUri;

		/**
		 * Logical id of the function in the template. Defaults to the application name in
		 * upper camel case followed by 'Function', such as 'ClerkFunction'.
		 */
		private @Nullable String functionLogicalId;

		/**
		 * Name of the Lambda function (1-64 letters, digits, '-' and '_'). Defaults to
		 * the stack name, '-' and the logical id of the function.
		 */
		private @Nullable String functionName;

		/**
		 * Description of the template and the function (at most 256 characters).
		 */
		private @Nullable String description;

		/**
		 * Lambda runtime of the function.
		 */
		private LambdaRuntime runtime = LambdaRuntime.JAVA21;

		/**
		 * Lambda handler of the function: Spring Cloud Function's FunctionInvoker, or the
		 * starter's DynamoStreamsHandler, which reads each event once and is faster for
		 * large batches.
		 */
		private LambdaHandler handler = LambdaHandler.FUNCTION_INVOKER;

		/**
		 * Memory of the function (128-10240 MB, whole megabytes); CPU grows with it.
		 */
		@DataSizeUnit(DataUnit.MEGABYTES)
		private DataSize memorySize = DataSize.ofMegabytes(1024);

		/**
		 * Longest time an invocation may run (1-900 s, whole seconds).
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private Duration timeout = Duration.ofSeconds(30);

		/**
		 * Instruction set architecture of the function.
		 */
		private Architecture architecture = Architecture.X86_64;

		/**
		 * Whether SnapStart restores published versions from a snapshot of the
		 * initialized application, instead of starting Spring on each cold start.
		 * Requires an auto-publish-alias.
		 */
		private boolean snapStart = true;

		/**
		 * Alias that SAM publishes a new function version for on each deployment, and
		 * that the event source mappings invoke. Empty for none, which disables
		 * SnapStart.
		 */
		private String autoPublishAlias = "live";

		/**
		 * Environment variables of the function, in addition to those the template sets
		 * itself.
		 */
		private Map<String, String> environment = new LinkedHashMap<>();

		/**
		 * ARNs of managed IAM policies to attach to the execution role.
		 */
		private List<String> managedPolicyArns = new ArrayList<>();

		/**
		 * SAM policy templates, such as SQSSendMessagePolicy, to grant the execution
		 * role, each with the parameters it requires.
		 */
		private List<PolicyTemplate> policyTemplates = new ArrayList<>();

		/**
		 * Tags of the function and of the other resources the template defines.
		 */
		private Map<String, String> tags = new LinkedHashMap<>();

		/**
		 * Execution role of the function.
		 */
		private ExecutionRole executionRole = ExecutionRole.LEAST_PRIVILEGE;

		private final StreamLookup streamLookup = new StreamLookup();

		public Path getOutput() {
			return this.output;
		}

		public void setOutput(Path output) {
			this.output = output;
		}

		public @Nullable String getCodeUri() {
			return this.codeUri;
		}

		public void setCodeUri(@Nullable String codeUri) {
			this.codeUri = codeUri;
		}

		public @Nullable String getFunctionLogicalId() {
			return this.functionLogicalId;
		}

		public void setFunctionLogicalId(@Nullable String functionLogicalId) {
			this.functionLogicalId = functionLogicalId;
		}

		public @Nullable String getFunctionName() {
			return this.functionName;
		}

		public void setFunctionName(@Nullable String functionName) {
			this.functionName = functionName;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		public LambdaRuntime getRuntime() {
			return this.runtime;
		}

		public void setRuntime(LambdaRuntime runtime) {
			this.runtime = runtime;
		}

		public LambdaHandler getHandler() {
			return this.handler;
		}

		public void setHandler(LambdaHandler handler) {
			this.handler = handler;
		}

		public DataSize getMemorySize() {
			return this.memorySize;
		}

		public void setMemorySize(DataSize memorySize) {
			this.memorySize = memorySize;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Architecture getArchitecture() {
			return this.architecture;
		}

		public void setArchitecture(Architecture architecture) {
			this.architecture = architecture;
		}

		public boolean isSnapStart() {
			return this.snapStart;
		}

		public void setSnapStart(boolean snapStart) {
			this.snapStart = snapStart;
		}

		public String getAutoPublishAlias() {
			return this.autoPublishAlias;
		}

		public void setAutoPublishAlias(String autoPublishAlias) {
			this.autoPublishAlias = autoPublishAlias;
		}

		public Map<String, String> getEnvironment() {
			return this.environment;
		}

		public void setEnvironment(Map<String, String> environment) {
			this.environment = environment;
		}

		public List<String> getManagedPolicyArns() {
			return this.managedPolicyArns;
		}

		public void setManagedPolicyArns(List<String> managedPolicyArns) {
			this.managedPolicyArns = managedPolicyArns;
		}

		public List<PolicyTemplate> getPolicyTemplates() {
			return this.policyTemplates;
		}

		public void setPolicyTemplates(List<PolicyTemplate> policyTemplates) {
			this.policyTemplates = policyTemplates;
		}

		public Map<String, String> getTags() {
			return this.tags;
		}

		public void setTags(Map<String, String> tags) {
			this.tags = tags;
		}

		public ExecutionRole getExecutionRole() {
			return this.executionRole;
		}

		public void setExecutionRole(ExecutionRole executionRole) {
			this.executionRole = executionRole;
		}

		public StreamLookup getStreamLookup() {
			return this.streamLookup;
		}

		void validate(Errors errors) {
			if (this.output.toString().isBlank()) {
				InvalidPropertyReporter.reject(errors, "sam.output", this.output, "must be the path of a file");
			}
			if (this.codeUri != null && this.codeUri.isBlank()) {
				InvalidPropertyReporter.reject(errors, "sam.code-uri", this.codeUri,
						"must be a path relative to the template, or not set");
			}
			if (this.functionLogicalId != null && !LOGICAL_ID.matcher(this.functionLogicalId).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.function-logical-id", this.functionLogicalId,
						"must be 1 to 255 letters and digits, a CloudFormation logical id");
			}
			if (this.functionName != null && !FUNCTION_NAME.matcher(this.functionName).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.function-name", this.functionName,
						"must be 1 to 64 letters, digits, '-' and '_', a Lambda function name");
			}
			if (this.description != null && this.description.length() > 256) {
				InvalidPropertyReporter.reject(errors, "sam.description", this.description,
						"must be at most 256 characters");
			}
			long megabytes = this.memorySize.toMegabytes();
			if (!DataSize.ofMegabytes(megabytes).equals(this.memorySize) || megabytes < 128 || megabytes > 10240) {
				InvalidPropertyReporter.reject(errors, "sam.memory-size", this.memorySize,
						"must be a whole number of MB between 128 and 10240");
			}
			if (this.timeout.getNano() != 0 || this.timeout.getSeconds() < 1 || this.timeout.getSeconds() > 900) {
				InvalidPropertyReporter.reject(errors, "sam.timeout", this.timeout,
						"must be a whole number of seconds between 1 and 900");
			}
			if (!this.autoPublishAlias.isEmpty() && !ALIAS_NAME.matcher(this.autoPublishAlias).matches()) {
				InvalidPropertyReporter.reject(errors, "sam.auto-publish-alias", this.autoPublishAlias,
						"must be 1 to 128 letters, digits, '-' and '_', and not only digits");
			}
			if (this.snapStart && this.autoPublishAlias.isEmpty()) {
				InvalidPropertyReporter.reject(errors, "sam.auto-publish-alias", this.autoPublishAlias,
						"must be set when sam.snap-start is true: SnapStart applies to published versions only");
			}
			this.environment.forEach((name, value) -> {
				if (!ENVIRONMENT_VARIABLE.matcher(name).matches()) {
					InvalidPropertyReporter.reject(errors, "sam.environment." + name, name, "variable name '" + name
							+ "' must start with a letter and contain only letters, digits and '_'");
				}
				else if (RESERVED_VARIABLES.contains(name) || name.startsWith("AWS_LAMBDA_")) {
					InvalidPropertyReporter.reject(errors, "sam.environment." + name, name, "variable name '" + name
							+ "' is reserved: Lambda or the template sets it (set spring.cloud.function.definition"
							+ " to choose the function)");
				}
			});
			for (int i = 0; i < this.managedPolicyArns.size(); i++) {
				if (!MANAGED_POLICY_ARN.matcher(this.managedPolicyArns.get(i)).matches()) {
					InvalidPropertyReporter.reject(errors, "sam.managed-policy-arns[" + i + "]",
							this.managedPolicyArns.get(i),
							"must be the ARN of a managed IAM policy (arn:aws:iam::aws:policy/... or"
									+ " arn:aws:iam::123456789012:policy/...)");
				}
			}
			for (int i = 0; i < this.policyTemplates.size(); i++) {
				if (!LOGICAL_ID.matcher(this.policyTemplates.get(i).getName()).matches()) {
					InvalidPropertyReporter.reject(errors, "sam.policy-templates[" + i + "].name",
							this.policyTemplates.get(i).getName(),
							"must be the name of a SAM policy template, such as SQSSendMessagePolicy");
				}
			}
			if (this.tags.size() > 50) {
				InvalidPropertyReporter.reject(errors, "sam.tags", this.tags.size(), "must be at most 50 tags");
			}
			this.tags.forEach((key, value) -> {
				if (key.isEmpty() || key.length() > 128 || key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
					InvalidPropertyReporter.reject(errors, "sam.tags." + key, key,
							"tag key '" + key + "' must be 1 to 128 characters and not start with 'aws:'");
				}
				if (value.length() > 256) {
					InvalidPropertyReporter.reject(errors, "sam.tags." + key, value,
							"value of tag '" + key + "' must be at most 256 characters");
				}
			});
			this.streamLookup.validate(errors);
		}

		/**
		 * Lambda runtimes that run the application.
		 */
		public enum LambdaRuntime {

			/**
			 * Java 17 (Amazon Corretto).
			 */
			JAVA17("java17"),

			/**
			 * Java 21 (Amazon Corretto).
			 */
			JAVA21("java21"),

			/**
			 * Java 25 (Amazon Corretto).
			 */
			JAVA25("java25");

			private final String id;

			LambdaRuntime(String id) {
				this.id = id;
			}

			/**
			 * Return the identifier of the runtime in a template, such as {@code java21}.
			 * @return the identifier
			 */
			public String id() {
				return this.id;
			}

		}

		/**
		 * Lambda handlers that invoke the DynamoDB stream function.
		 */
		public enum LambdaHandler {

			/**
			 * Spring Cloud Function's handler, which converts every event through its
			 * generic message conversion.
			 */
			FUNCTION_INVOKER("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest"),

			/**
			 * The starter's handler, which reads each event once and calls the same
			 * function.
			 */
			DYNAMO_STREAMS_HANDLER("io.github.ddbstreams.lambda.DynamoStreamsHandler::handleRequest");

			private final String id;

			LambdaHandler(String id) {
				this.id = id;
			}

			/**
			 * Return the handler string of the function in a template.
			 * @return the handler, {@code class::method}
			 */
			public String id() {
				return this.id;
			}

		}

		/**
		 * Instruction set architectures of Lambda functions.
		 */
		public enum Architecture {

			/**
			 * 64-bit x86.
			 */
			X86_64("x86_64"),

			/**
			 * 64-bit ARM (AWS Graviton).
			 */
			ARM64("arm64");

			private final String id;

			Architecture(String id) {
				this.id = id;
			}

			/**
			 * Return the identifier of the architecture in a template, such as
			 * {@code arm64}.
			 * @return the identifier
			 */
			public String id() {
				return this.id;
			}

		}

		/**
		 * Where the execution role of the function comes from.
		 */
		public enum ExecutionRole {

			/**
			 * The template defines the role, with stream reads on each table's stream,
			 * log writes to the function's own log group, the on-failure destinations and
			 * the configured policies, and nothing else.
			 */
			LEAST_PRIVILEGE,

			/**
			 * SAM generates the role, with the DynamoDBStreamReadPolicy template per
			 * table. SAM also attaches AWSLambdaDynamoDBExecutionRole and
			 * AWSLambdaBasicExecutionRole, whose stream and log actions apply to every
			 * resource of the account.
			 */
			SAM_GENERATED

		}

		/**
		 * A SAM policy template and its parameters.
		 */
		public static class PolicyTemplate {

			/**
			 * Name of the SAM policy template, such as SQSSendMessagePolicy.
			 */
			private String name = "";

			/**
			 * Parameters of the policy template, such as QueueName.
			 */
			private Map<String, String> parameters = new LinkedHashMap<>();

			public String getName() {
				return this.name;
			}

			public void setName(String name) {
				this.name = name;
			}

			public Map<String, String> getParameters() {
				return this.parameters;
			}

			public void setParameters(Map<String, String> parameters) {
				this.parameters = parameters;
			}

		}

		/**
		 * How the stream ARN of an existing table is looked up (DescribeTable) when the
		 * template is generated.
		 */
		public static class StreamLookup {

			/**
			 * Whether to look up the latest stream ARN of each existing table. When off,
			 * or when the lookup cannot run, the template takes the ARN as a parameter.
			 */
			private boolean enabled = true;

			/**
			 * Endpoint of the DynamoDB API, such as http://localhost:8000. Defaults to
			 * the endpoint of the region.
			 */
			private @Nullable URI endpoint;

			/**
			 * Region of the tables. Defaults to the region of the AWS SDK's default chain
			 * (AWS_REGION, the profile, ...).
			 */
			private @Nullable String region;

			/**
			 * Longest time to wait for the lookup of one table, credentials and region
			 * included (at most 60 s), before falling back to a parameter.
			 */
			private Duration timeout = Duration.ofSeconds(3);

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public @Nullable URI getEndpoint() {
				return this.endpoint;
			}

			public void setEndpoint(@Nullable URI endpoint) {
				this.endpoint = endpoint;
			}

			public @Nullable String getRegion() {
				return this.region;
			}

			public void setRegion(@Nullable String region) {
				this.region = region;
			}

			public Duration getTimeout() {
				return this.timeout;
			}

			public void setTimeout(Duration timeout) {
				this.timeout = timeout;
			}

			void validate(Errors errors) {
				if (this.endpoint != null && (this.endpoint.getScheme() == null || this.endpoint.getHost() == null)) {
					InvalidPropertyReporter.reject(errors, "sam.stream-lookup.endpoint", this.endpoint,
							"must be an absolute URI such as http://localhost:8000");
				}
				if (this.region != null && !REGION.matcher(this.region).matches()) {
					InvalidPropertyReporter.reject(errors, "sam.stream-lookup.region", this.region,
							"must be an AWS region such as eu-west-1");
				}
				if (this.timeout.isNegative() || this.timeout.isZero()
						|| this.timeout.compareTo(Duration.ofMinutes(1)) > 0) {
					InvalidPropertyReporter.reject(errors, "sam.stream-lookup.timeout", this.timeout,
							"must be between 1 ms and 60 s");
				}
			}

		}

	}

	/**
	 * Settings of the local stream loop, which polls the streams of the tables and
	 * invokes the function with the events Lambda would send.
	 */
	public static class Local {

		private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

		private static final Duration LONGEST_POLL_INTERVAL = Duration.ofMinutes(1);

		/**
		 * Whether to run the local stream loop. Never starts in the 'sam' profile or on
		 * AWS Lambda.
		 */
		private boolean enabled;

		/**
		 * Endpoint of DynamoDB and DynamoDB Streams, such as 'http://localhost:4566' for
		 * LocalStack. When not set, the loop uses the embedded DynamoDB Local, or AWS
		 * when the embedded one is disabled.
		 */
		private @Nullable URI endpoint;

		/**
		 * Region of the DynamoDB clients. Defaults to 'us-east-1' for DynamoDB Local and
		 * an endpoint, and to the AWS SDK default region provider chain for AWS.
		 */
		private @Nullable String region;

		/**
		 * Whether to create the tables that do not exist (with their key schema, stream
		 * and Time to Live attribute) and to enable the stream of a table that has none.
		 * Defaults to true for DynamoDB Local and an endpoint, false for AWS.
		 */
		private @Nullable Boolean createTables;

		/**
		 * Time between two reads of a shard that had no new records (at most 1 minute).
		 * Lambda polls four times per second.
		 */
		private Duration pollInterval = Duration.ofMillis(250);

		/**
		 * Directory that receives, for each batch of records that exhausted their retries
		 * or their maximum age, a JSON file shaped like the on-failure record Lambda
		 * sends to an S3 destination.
		 */
		private Path onFailureDirectory = Path.of(System.getProperty("java.io.tmpdir"), "dynamodb-streams",
				"on-failure");

		/**
		 * Time to Live attribute of the tables the loop creates, by logical table name.
		 * DynamoDB Local deletes expired items within seconds, with the stream record of
		 * a Time to Live deletion.
		 */
		private Map<String, String> timeToLiveAttributes = new LinkedHashMap<>();

		private final Embedded embedded = new Embedded();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable URI getEndpoint() {
			return this.endpoint;
		}

		public void setEndpoint(@Nullable URI endpoint) {
			this.endpoint = endpoint;
		}

		public @Nullable String getRegion() {
			return this.region;
		}

		public void setRegion(@Nullable String region) {
			this.region = region;
		}

		public @Nullable Boolean getCreateTables() {
			return this.createTables;
		}

		public void setCreateTables(@Nullable Boolean createTables) {
			this.createTables = createTables;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Path getOnFailureDirectory() {
			return this.onFailureDirectory;
		}

		public void setOnFailureDirectory(Path onFailureDirectory) {
			this.onFailureDirectory = onFailureDirectory;
		}

		public Map<String, String> getTimeToLiveAttributes() {
			return this.timeToLiveAttributes;
		}

		public void setTimeToLiveAttributes(Map<String, String> timeToLiveAttributes) {
			this.timeToLiveAttributes = timeToLiveAttributes;
		}

		public Embedded getEmbedded() {
			return this.embedded;
		}

		void validate(Errors errors) {
			URI endpoint = this.endpoint;
			if (endpoint != null && (!endpoint.isAbsolute() || endpoint.getHost() == null
					|| !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())))) {
				InvalidPropertyReporter.reject(errors, "local.endpoint", endpoint,
						"must be an absolute http or https URI such as http://localhost:4566");
			}
			String region = this.region;
			if (region != null && !REGION.matcher(region).matches()) {
				InvalidPropertyReporter.reject(errors, "local.region", region,
						"must be an AWS region name such as us-east-1");
			}
			if (this.pollInterval.isNegative() || this.pollInterval.isZero()
					|| this.pollInterval.compareTo(LONGEST_POLL_INTERVAL) > 0) {
				InvalidPropertyReporter.reject(errors, "local.poll-interval", this.pollInterval,
						"must be longer than 0 and at most 1 minute");
			}
			this.timeToLiveAttributes.forEach((table, attribute) -> {
				if (attribute.isBlank()) {
					InvalidPropertyReporter.reject(errors, "local.time-to-live-attributes." + table, attribute,
							"Time to Live attribute of table '" + table + "' must not be blank");
				}
			});
			if (this.embedded.getPort() < 0 || this.embedded.getPort() > 65535) {
				InvalidPropertyReporter.reject(errors, "local.embedded.port", this.embedded.getPort(),
						"must be between 0 (a free port) and 65535");
			}
		}

		/**
		 * Settings of the embedded DynamoDB Local.
		 */
		public static class Embedded {

			/**
			 * Whether to start an embedded DynamoDB Local, on the loopback interface,
			 * when no endpoint is set. Needs com.amazonaws:DynamoDBLocal on the
			 * classpath.
			 */
			private boolean enabled = true;

			/**
			 * Loopback port of the embedded DynamoDB Local, 0 for a free port.
			 */
			private int port = 8000;

			/**
			 * Directory of the database file of the embedded DynamoDB Local, which keeps
			 * tables and items across restarts. In memory when not set.
			 */
			private @Nullable Path dbPath;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public int getPort() {
				return this.port;
			}

			public void setPort(int port) {
				this.port = port;
			}

			public @Nullable Path getDbPath() {
				return this.dbPath;
			}

			public void setDbPath(@Nullable Path dbPath) {
				this.dbPath = dbPath;
			}

		}

	}

	/**
	 * The allowed ranges of the event source mapping settings, checked for the defaults
	 * and each table.
	 */
	private static final class MappingRanges {

		private MappingRanges() {
		}

		static void check(Errors errors, String prefix, MappingValues mapping) {
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
			String destination = mapping.onFailureDestination();
			if (destination != null && !isFailureDestination(destination)) {
				InvalidPropertyReporter.reject(errors, prefix + "on-failure-destination", destination,
						"must be the ARN of an SQS queue (arn:aws:sqs:...) or an SNS topic (arn:aws:sns:...)");
			}
		}

		private static boolean isWholeSeconds(Duration duration) {
			return duration.getNano() == 0;
		}

	}

	private record MappingValues(@Nullable Integer batchSize, @Nullable Duration maximumBatchingWindow,
			@Nullable Integer maximumRetryAttempts, @Nullable Duration maximumRecordAge,
			@Nullable Integer parallelizationFactor, @Nullable String onFailureDestination) {

	}

}
