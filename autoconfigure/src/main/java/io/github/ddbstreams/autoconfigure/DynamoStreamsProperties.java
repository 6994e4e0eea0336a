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
import java.util.Map;

import io.github.ddbstreams.dispatch.ConcurrencySettings;
import io.github.ddbstreams.lambda.PrimingMode;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.KeyType;
import io.github.ddbstreams.mapping.StartingPosition;
import io.github.ddbstreams.mapping.StreamViewType;
import io.github.ddbstreams.mapping.TableDefinition;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.sam.AotMode;
import io.github.ddbstreams.sam.Architecture;
import io.github.ddbstreams.sam.ExecutionRole;
import io.github.ddbstreams.sam.LambdaRuntime;
import io.github.ddbstreams.sam.SamTemplateSettings;
import io.github.ddbstreams.sam.StreamLookupSettings;
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

	private static final Validator validator = new DynamoStreamsPropertiesValidator();

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
	 * failed record rather than the whole batch; when off, a failed record fails the
	 * invocation.
	 */
	private boolean reportBatchItemFailures = true;

	/**
	 * Largest number of records per invocation (1-10000).
	 */
	private int batchSize = 100;

	/**
	 * Most records of one batch that run at the same time (1-1000). Records of the same
	 * item (equal keys) always run one after another in stream order; 1 runs every record
	 * one after another on the invoking thread.
	 */
	private int concurrency = 1;

	/**
	 * Whether to record a Micrometer observation per batch and per record.
	 */
	private boolean observationEnabled;

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
	 * Length of the tumbling windows that group each shard's records, with state carried
	 * from one invocation of a window to the next (0-900 s, whole seconds; 0 for no
	 * windows). A table with a DynamoWindowListener needs a window, and a window needs a
	 * DynamoWindowListener.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration tumblingWindow = Duration.ZERO;

	/**
	 * ARN of the SQS queue, SNS topic or S3 bucket that receives the description of
	 * records that exhausted their retries (an S3 bucket also receives the records).
	 */
	private @Nullable String onFailureDestination;

	/**
	 * Whether each event source mapping publishes its event count metrics (events polled,
	 * filtered out, invoked, failed and dropped) to CloudWatch.
	 */
	private boolean metrics;

	/**
	 * ARN of the customer managed KMS key (a key ARN, not an alias) that encrypts the
	 * filter criteria of every event source mapping that has some. The execution role may
	 * decrypt with this key only; the key policy must allow Lambda to use it.
	 */
	private @Nullable String filterKmsKeyArn;

	/**
	 * Event filter patterns (JSON) applied to every table, in addition to the filter
	 * derived from the event names the listeners declare.
	 */
	private List<String> filterPatterns = new ArrayList<>();

	/**
	 * Tables by logical name (or ARN), with settings that override the defaults above.
	 */
	private Map<String, Table> tables = new LinkedHashMap<>();

	/**
	 * When to prime the function with a synthetic event, so that the first real event
	 * finds its classes loaded, table schemas built and code compiled: before a SnapStart
	 * checkpoint ('snapshot'), at the end of every start-up ('startup', which lengthens
	 * cold starts without SnapStart), or never ('off').
	 */
	private PrimingMode priming = PrimingMode.SNAPSHOT;

	/**
	 * Whether priming calls the listeners (and interceptors and the error handler) with
	 * the synthetic records, whose event id is 'dynamodb-streams-priming'; when off, they
	 * are only routed, decoded and mapped to the declared item types.
	 */
	private boolean primeListeners;

	private final Sam sam = new Sam();

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

	public int getConcurrency() {
		return this.concurrency;
	}

	public void setConcurrency(int concurrency) {
		this.concurrency = concurrency;
	}

	public boolean isObservationEnabled() {
		return this.observationEnabled;
	}

	public void setObservationEnabled(boolean observationEnabled) {
		this.observationEnabled = observationEnabled;
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

	public Duration getTumblingWindow() {
		return this.tumblingWindow;
	}

	public void setTumblingWindow(Duration tumblingWindow) {
		this.tumblingWindow = tumblingWindow;
	}

	public @Nullable String getOnFailureDestination() {
		return this.onFailureDestination;
	}

	public void setOnFailureDestination(@Nullable String onFailureDestination) {
		this.onFailureDestination = onFailureDestination;
	}

	public boolean isMetrics() {
		return this.metrics;
	}

	public void setMetrics(boolean metrics) {
		this.metrics = metrics;
	}

	public @Nullable String getFilterKmsKeyArn() {
		return this.filterKmsKeyArn;
	}

	public void setFilterKmsKeyArn(@Nullable String filterKmsKeyArn) {
		this.filterKmsKeyArn = filterKmsKeyArn;
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

	public PrimingMode getPriming() {
		return this.priming;
	}

	public void setPriming(PrimingMode priming) {
		this.priming = priming;
	}

	public boolean isPrimeListeners() {
		return this.primeListeners;
	}

	public void setPrimeListeners(boolean primeListeners) {
		this.primeListeners = primeListeners;
	}

	public Sam getSam() {
		return this.sam;
	}

	/**
	 * Return the namespace of the physical table names.
	 * @return the namespace
	 */
	public TableNamespace toTableNamespace() {
		return new TableNamespace(this.tableNamespace, this.namespaceSeparator);
	}

	/**
	 * Return how many records of a batch run at the same time, for every table.
	 * @return the concurrency settings
	 */
	public ConcurrencySettings toConcurrencySettings() {
		Map<String, Integer> tables = new LinkedHashMap<>();
		this.tables.forEach((name, table) -> {
			if (table.getConcurrency() != null) {
				tables.put(name, table.getConcurrency());
			}
		});
		return new ConcurrencySettings(this.concurrency, tables);
	}

	/**
	 * Return the effective event source mapping settings of a table: its overrides over
	 * the defaults.
	 * @param table the logical table name or ARN
	 * @return the settings
	 */
	public EventSourceMappingSettings toMappingSettings(String table) {
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
				orDefault(overrides.getTumblingWindow(), this.tumblingWindow),
				orDefault(overrides.getOnFailureDestination(), this.onFailureDestination), List.copyOf(filterPatterns),
				this.reportBatchItemFailures, orDefault(overrides.getMetrics(), this.metrics), this.filterKmsKeyArn);
	}

	/**
	 * Return the definition of a table: its key schema and stream view type.
	 * @param table the logical table name or ARN
	 * @return the definition, {@link TableDefinition#UNDEFINED} for a table without
	 * configuration
	 */
	public TableDefinition toTableDefinition(String table) {
		Table configured = this.tables.get(table);
		if (configured == null) {
			return TableDefinition.UNDEFINED;
		}
		return new TableDefinition(configured.getPartitionKey(), configured.getPartitionKeyType(),
				configured.getSortKey(), configured.getSortKeyType(), configured.getStreamViewType(),
				configured.isCreate());
	}

	@Override
	public boolean supports(Class<?> type) {
		return validator.supports(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validator.validate(target, errors);
	}

	private static <T> T orDefault(@Nullable T value, T defaultValue) {
		return (value != null) ? value : defaultValue;
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
		 * Most records of one batch of this table that run at the same time (1-1000).
		 * Defaults to dynamodb.streams.concurrency.
		 */
		private @Nullable Integer concurrency;

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
		 * Length of this table's tumbling windows (0-900 s, whole seconds; 0 for no
		 * windows). Defaults to dynamodb.streams.tumbling-window.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private @Nullable Duration tumblingWindow;

		/**
		 * ARN of the SQS queue, SNS topic or S3 bucket for records that exhausted their
		 * retries. Defaults to dynamodb.streams.on-failure-destination.
		 */
		private @Nullable String onFailureDestination;

		/**
		 * Whether the event source mapping of the table publishes its event count
		 * metrics. Defaults to dynamodb.streams.metrics.
		 */
		private @Nullable Boolean metrics;

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

		public @Nullable Integer getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(@Nullable Integer concurrency) {
			this.concurrency = concurrency;
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

		public @Nullable Duration getTumblingWindow() {
			return this.tumblingWindow;
		}

		public void setTumblingWindow(@Nullable Duration tumblingWindow) {
			this.tumblingWindow = tumblingWindow;
		}

		public @Nullable String getOnFailureDestination() {
			return this.onFailureDestination;
		}

		public void setOnFailureDestination(@Nullable String onFailureDestination) {
			this.onFailureDestination = onFailureDestination;
		}

		public @Nullable Boolean getMetrics() {
			return this.metrics;
		}

		public void setMetrics(@Nullable Boolean metrics) {
			this.metrics = metrics;
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
	 * Settings of the SAM template written by the {@code sam} profile.
	 */
	public static class Sam {

		/**
		 * Path of the template file to write, relative to the working directory. Defaults
		 * to template.yaml in the project directory of the application (the one with
		 * pom.xml, build.gradle or build.gradle.kts around target/ or build/ that the
		 * application runs from), where sam build and sam deploy find it.
		 */
		private @Nullable Path output;

		/**
		 * Code of the function, relative to the directory of the template: a directory
		 * that sam build packages, or a Lambda-ready zip or jar (never a Spring Boot
		 * executable jar). Defaults to the project directory of the application.
		 */
		private @Nullable String codeUri;

		/**
		 * Application class that the Lambda handler starts (the MAIN_CLASS environment
		 * variable of the function). Defaults to the @SpringBootApplication class of the
		 * application.
		 */
		private @Nullable String mainClass;

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
		 * Whether the function runs the application in Spring's AOT mode, with
		 * -Dspring.aot.enabled=true in its JAVA_TOOL_OPTIONS: 'auto' when the application
		 * was processed ahead of time (spring-boot-maven-plugin's process-aot goal), 'on'
		 * (the generation stops if it was not) or 'off'.
		 */
		private AotMode aot = AotMode.AUTO;

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

		public @Nullable Path getOutput() {
			return this.output;
		}

		public void setOutput(@Nullable Path output) {
			this.output = output;
		}

		public @Nullable String getMainClass() {
			return this.mainClass;
		}

		public void setMainClass(@Nullable String mainClass) {
			this.mainClass = mainClass;
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

		public AotMode getAot() {
			return this.aot;
		}

		public void setAot(AotMode aot) {
			this.aot = aot;
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

		/**
		 * Return the settings of the SAM template these properties describe.
		 * @return the settings
		 */
		public SamTemplateSettings toSettings() {
			SamTemplateSettings settings = new SamTemplateSettings();
			settings.setOutput(this.output);
			settings.setCodeUri(this.codeUri);
			settings.setMainClass(this.mainClass);
			settings.setFunctionLogicalId(this.functionLogicalId);
			settings.setFunctionName(this.functionName);
			settings.setDescription(this.description);
			settings.setRuntime(this.runtime);
			settings.setMemorySize((int) this.memorySize.toMegabytes());
			settings.setTimeout(this.timeout);
			settings.setArchitecture(this.architecture);
			settings.setSnapStart(this.snapStart);
			settings.setAot(this.aot);
			settings.setAutoPublishAlias(this.autoPublishAlias);
			settings.setEnvironment(this.environment);
			settings.setManagedPolicyArns(this.managedPolicyArns);
			settings.setPolicyTemplates(this.policyTemplates.stream()
				.map((template) -> new io.github.ddbstreams.sam.PolicyTemplate(template.getName(),
						Map.copyOf(template.getParameters())))
				.toList());
			settings.setTags(this.tags);
			settings.setExecutionRole(this.executionRole);
			settings.setStreamLookup(this.streamLookup.toSettings());
			return settings;
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
			private Duration timeout = Duration.ofSeconds(10);

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

			public StreamLookupSettings toSettings() {
				return new StreamLookupSettings(this.endpoint, this.region, this.timeout);
			}

		}

	}

}
