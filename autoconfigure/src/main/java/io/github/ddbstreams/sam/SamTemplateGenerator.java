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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties.Sam;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties.Sam.ExecutionRole;
import io.github.ddbstreams.autoconfigure.DynamoStreamsProperties.Table;
import io.github.ddbstreams.autoconfigure.EventFilterPatterns;
import io.github.ddbstreams.autoconfigure.EventSourceMappingSettings;
import io.github.ddbstreams.dispatch.StreamSubscriptions;
import io.github.ddbstreams.dispatch.TableNamespace;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.sam.SamTemplate.StreamArnParameter;
import io.github.ddbstreams.sam.StreamArnResolver.Found;
import io.github.ddbstreams.sam.StreamArnResolver.StreamDisabled;
import io.github.ddbstreams.sam.StreamArnResolver.TableNotFound;
import io.github.ddbstreams.sam.StreamArnResolver.Unavailable;
import org.jspecify.annotations.Nullable;

/**
 * Generates the SAM template that deploys the application as one Lambda function with one
 * {@code DynamoDB} event per table, from the tables that the listeners subscribe to and
 * those configured under {@code dynamodb.streams.tables}, and from the
 * {@code dynamodb.streams.*} settings.
 * <p>
 * The stream of each table comes from, in this order: its {@code stream-arn}; the table
 * the template creates ({@code create}); its latest stream, looked up with a
 * {@link StreamArnResolver}; a template parameter when the lookup cannot run. Everything
 * is checked before anything is generated, and every problem is reported at once in a
 * {@link SamTemplateException}. The same configuration and tables always give the same
 * template, byte for byte.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class SamTemplateGenerator {

	private static final String POLICY_VERSION = "2012-10-17";

	private static final Pattern STREAM_ARN = Pattern
		.compile("arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[a-zA-Z0-9_.-]{3,255}/stream/.+");

	private static final String STREAM_SEGMENT = "/stream/";

	private final DynamoStreamsProperties properties;

	private final StreamSubscriptions subscriptions;

	private final String functionDefinition;

	private final @Nullable String applicationName;

	private final @Nullable StreamArnResolver streamArnResolver;

	/**
	 * Create a generator.
	 * @param properties the configuration
	 * @param subscriptions the tables and events that the listeners subscribe to
	 * @param functionDefinition the function the Lambda handler calls, such as
	 * {@code dynamodbStreamsFunction}
	 * @param applicationName the name of the application, or {@code null}
	 * @param streamArnResolver looks up the streams of existing tables, or {@code null}
	 * to take them as template parameters
	 */
	public SamTemplateGenerator(DynamoStreamsProperties properties, StreamSubscriptions subscriptions,
			String functionDefinition, @Nullable String applicationName,
			@Nullable StreamArnResolver streamArnResolver) {
		this.properties = properties;
		this.subscriptions = subscriptions;
		this.functionDefinition = functionDefinition;
		this.applicationName = applicationName;
		this.streamArnResolver = streamArnResolver;
	}

	/**
	 * Generate the template.
	 * @param applicationJar the jar the application runs from, the default code of the
	 * function, or {@code null}
	 * @return the template
	 * @throws SamTemplateException if the configuration or the tables do not allow a
	 * template that would deploy and work
	 */
	public SamTemplate generate(@Nullable Path applicationJar) {
		Sam sam = this.properties.getSam();
		Path output = sam.getOutput().toAbsolutePath().normalize();
		List<String> problems = new ArrayList<>();
		String functionId = functionLogicalId();
		String codeUri = codeUri(output, applicationJar, problems);
		List<TableStream> streams = streams(problems);
		Map<String, String> variables = environmentVariables(problems);
		PolicyTemplates policyTemplates = PolicyTemplates.load();
		for (int i = 0; i < sam.getPolicyTemplates().size(); i++) {
			Sam.PolicyTemplate policyTemplate = sam.getPolicyTemplates().get(i);
			for (String problem : policyTemplates.check(policyTemplate.getName(), policyTemplate.getParameters())) {
				problems.add("dynamodb.streams.sam.policy-templates[" + i + "]: " + problem);
			}
		}
		checkLogicalIds(functionId, streams, problems);
		if (!problems.isEmpty()) {
			throw new SamTemplateException(problems);
		}
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("AWSTemplateFormatVersion", "2010-09-09");
		template.put("Transform", "AWS::Serverless-2016-10-31");
		template.put("Description", (sam.getDescription() != null) ? sam.getDescription() : defaultDescription());
		Map<String, Object> parameters = new LinkedHashMap<>();
		streams.stream()
			.filter((stream) -> stream.source() == Source.PARAMETER)
			.forEach((stream) -> parameters.put(stream.parameterId(), streamArnParameter(stream)));
		if (!parameters.isEmpty()) {
			template.put("Parameters", parameters);
		}
		Map<String, Object> resources = new LinkedHashMap<>();
		resources.put(functionId, function(functionId, codeUri, streams, variables, policyTemplates));
		if (sam.getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			resources.put(roleId(functionId), role(functionId, streams, policyTemplates));
		}
		streams.stream()
			.filter((stream) -> stream.source() == Source.CREATED)
			.forEach((stream) -> resources.put(stream.id(), table(stream)));
		template.put("Resources", resources);
		template.put("Outputs", Map.of(functionId + "Name", map("Description",
				"Name of the Lambda function, for sam logs and the console", "Value", Intrinsic.ref(functionId))));
		List<StreamArnParameter> streamArnParameters = streams.stream()
			.filter((stream) -> stream.source() == Source.PARAMETER)
			.map((stream) -> new StreamArnParameter(stream.parameterId(), stream.tableName(), stream.note()))
			.toList();
		List<String> warnings = streams.stream()
			.filter((stream) -> this.subscriptions.subscriptionsOf(stream.table()).isEmpty())
			.map((stream) -> "No listener receives the records of table " + stream.tableName()
					+ ": Lambda will invoke the function for them all the same")
			.toList();
		return new SamTemplate(TemplateYaml.write(template), output, streamArnParameters, warnings);
	}

	private String functionLogicalId() {
		String configured = this.properties.getSam().getFunctionLogicalId();
		if (configured != null) {
			return configured;
		}
		String name = (this.applicationName != null) ? LogicalIds.of(this.applicationName) : "";
		return (name.isEmpty() ? "Streams" : name) + "Function";
	}

	private static String roleId(String functionId) {
		return functionId + "Role";
	}

	private String defaultDescription() {
		return "DynamoDB stream listeners of "
				+ ((this.applicationName != null) ? this.applicationName : "the application")
				+ " on AWS Lambda, generated by the sam profile from the listeners and application.yml; regenerate it"
				+ " rather than edit it.";
	}

	private String codeUri(Path output, @Nullable Path applicationJar, List<String> problems) {
		String configured = this.properties.getSam().getCodeUri();
		if (configured != null) {
			return configured;
		}
		if (applicationJar == null) {
			problems.add("dynamodb.streams.sam.code-uri: not set, and the application does not run from a jar:"
					+ " set it to the path of the Lambda jar, relative to the directory of the template");
			return "";
		}
		Path directory = (output.getParent() != null) ? output.getParent() : output;
		return directory.relativize(applicationJar.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private List<TableStream> streams(List<String> problems) {
		Set<String> tables = new TreeSet<>(this.subscriptions.declaredTables());
		tables.addAll(this.properties.getTables().keySet());
		if (tables.isEmpty()) {
			problems.add("No table to subscribe to: name tables in @DynamoStreamListener(tables = ...) or under"
					+ " dynamodb.streams.tables");
			return List.of();
		}
		Map<String, Integer> idCounts = new HashMap<>();
		tables.forEach((table) -> idCounts.merge(LogicalIds.of(logicalNameOf(table)), 1, Integer::sum));
		List<TableStream> streams = new ArrayList<>();
		for (String table : tables) {
			String tableName = tableNameOf(table);
			String id = LogicalIds.of(logicalNameOf(table));
			if (id.isEmpty() || idCounts.get(id) > 1) {
				id = "Table" + LogicalIds.distinct(table);
			}
			TableStream stream = stream(table, tableName, id, problems);
			if (stream != null) {
				streams.add(stream);
			}
		}
		return streams;
	}

	private static String logicalNameOf(String table) {
		String name = TableNamespace.isArn(table) ? TableNamespace.tableNameOf(table) : table;
		return (name != null) ? name : table;
	}

	private String tableNameOf(String table) {
		if (TableNamespace.isArn(table)) {
			String name = TableNamespace.tableNameOf(table);
			return (name != null) ? name : table;
		}
		return this.properties.toTableNamespace().physicalName(table);
	}

	private @Nullable TableStream stream(String table, String tableName, String id, List<String> problems) {
		EventSourceMappingSettings settings = this.properties.mappingSettings(table);
		List<String> filterPatterns = EventFilterPatterns.of(this.subscriptions.eventsOf(table),
				settings.filterPatterns(), "Filter patterns of table " + tableName, problems);
		if (TableNamespace.isArn(table) && TableNamespace.tableNameOf(table) == null) {
			problems.add("Table " + table + ": not the ARN of a DynamoDB table or stream");
			return null;
		}
		Location location = locate(table, tableName, id, settings, problems);
		return (location != null) ? new TableStream(table, tableName, id, settings, location.source(),
				location.streamArn(), location.note(), filterPatterns) : null;
	}

	private @Nullable Location locate(String table, String tableName, String id, EventSourceMappingSettings settings,
			List<String> problems) {
		Table configuration = this.properties.getTables().getOrDefault(table, new Table());
		RequiredImages images = this.subscriptions.imagesOf(table);
		String property = "dynamodb.streams.tables." + table;
		String streamArn = settings.streamArn();
		if (streamArn != null) {
			if (configuration.isCreate()) {
				problems.add(property + ".stream-arn: the table cannot have a stream ARN when the template creates it ("
						+ property + ".create=true); remove one of them");
			}
			else if (!STREAM_ARN.matcher(streamArn).matches()) {
				problems.add(property + ".stream-arn: " + streamArn + " must be a DynamoDB stream ARN such as"
						+ " arn:aws:dynamodb:us-east-1:123456789012:table/" + tableName
						+ "/stream/2026-01-01T00:00:00.000");
			}
			else if (!tableName.equals(TableNamespace.tableNameOf(streamArn))) {
				problems.add(property + ".stream-arn: " + streamArn + " is a stream of table "
						+ TableNamespace.tableNameOf(streamArn) + ", not of " + tableName
						+ ", so the function would ignore its records");
			}
			return new Location(Source.EXPLICIT, streamArn, "");
		}
		if (configuration.isCreate()) {
			if (TableNamespace.isArn(table)) {
				problems.add(property + ".create: the template cannot create a table named by an ARN");
			}
			if (configuration.getPartitionKey() == null) {
				problems.add(property + ".partition-key: required to create the table (" + property + ".create=true)");
			}
			String viewType = configuration.getStreamViewType().name();
			if (!images.isSatisfiedBy(viewType)) {
				problems.add(property + ".stream-view-type: " + viewType + " lacks the images that the listeners of "
						+ tableName + " read (" + images + "); set it to " + images.minimalStreamViewType()
						+ " or NEW_AND_OLD_IMAGES");
			}
			return new Location(Source.CREATED, Intrinsic.getAtt(id, "StreamArn"), "");
		}
		if (TableNamespace.isArn(table) && table.contains(STREAM_SEGMENT)) {
			return new Location(Source.EXPLICIT, table, "");
		}
		if (this.streamArnResolver == null) {
			return new Location(Source.PARAMETER, Intrinsic.ref(id + "StreamArn"),
					"the stream lookup is disabled (dynamodb.streams.sam.stream-lookup.enabled=false)");
		}
		StreamArnResolver.Result lookup = this.streamArnResolver
			.lookUp(TableNamespace.isArn(table) ? table : tableName);
		if (lookup instanceof Found found) {
			if (!images.isSatisfiedBy(found.streamViewType())) {
				problems.add("Table " + tableName + " streams " + found.streamViewType()
						+ ", which lacks the images its listeners read (" + images + "). A stream's view type cannot"
						+ " change while it is enabled: disable the stream, then enable it with "
						+ images.minimalStreamViewType() + " (the new stream has a new ARN):" + System.lineSeparator()
						+ "    " + updateTable(tableName, "StreamEnabled=false") + System.lineSeparator() + "    "
						+ updateTable(tableName,
								"StreamEnabled=true,StreamViewType=" + images.minimalStreamViewType()));
			}
			return new Location(Source.LOOKED_UP, found.streamArn(), "");
		}
		if (lookup instanceof StreamDisabled) {
			problems.add("Table " + tableName + " has no enabled stream. Enable it with:" + System.lineSeparator()
					+ "    "
					+ updateTable(tableName, "StreamEnabled=true,StreamViewType=" + images.minimalStreamViewType()));
		}
		else if (lookup instanceof TableNotFound notFound) {
			problems.add("Table " + tableName + " does not exist (" + notFound.message() + "). Create it, let the"
					+ " template create it (" + property + ".create=true with " + property + ".partition-key), or name"
					+ " its stream (" + property + ".stream-arn)");
		}
		else if (lookup instanceof Unavailable unavailable) {
			return new Location(Source.PARAMETER, Intrinsic.ref(id + "StreamArn"), unavailable.reason());
		}
		return null;
	}

	private String updateTable(String tableName, String streamSpecification) {
		Sam.StreamLookup lookup = this.properties.getSam().getStreamLookup();
		StringBuilder command = new StringBuilder("aws dynamodb update-table --table-name ").append(tableName)
			.append(" --stream-specification ")
			.append(streamSpecification);
		if (lookup.getRegion() != null) {
			command.append(" --region ").append(lookup.getRegion());
		}
		if (lookup.getEndpoint() != null) {
			command.append(" --endpoint-url ").append(lookup.getEndpoint());
		}
		return command.toString();
	}

	private Map<String, String> environmentVariables(List<String> problems) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("SPRING_CLOUD_FUNCTION_DEFINITION", this.functionDefinition);
		TableNamespace namespace = this.properties.toTableNamespace();
		if (!namespace.namespace().isEmpty()) {
			variables.put("DYNAMODB_STREAMS_TABLENAMESPACE", namespace.namespace());
			if (!"_".equals(namespace.separator())) {
				variables.put("DYNAMODB_STREAMS_NAMESPACESEPARATOR", namespace.separator());
			}
		}
		new TreeMap<>(this.properties.getSam().getEnvironment()).forEach((name, value) -> {
			if (variables.containsKey(name)) {
				problems.add("dynamodb.streams.sam.environment: " + name + " is set by the template from"
						+ " dynamodb.streams.* and spring.cloud.function.definition; set those instead");
			}
			else {
				variables.put(name, value);
			}
		});
		int size = variables.entrySet()
			.stream()
			.mapToInt((variable) -> variable.getKey().length() + variable.getValue().length())
			.sum();
		if (size > 4096) {
			problems.add("dynamodb.streams.sam.environment: the environment variables of the function take " + size
					+ " characters, more than the 4 KB Lambda allows");
		}
		return variables;
	}

	private void checkLogicalIds(String functionId, List<TableStream> streams, List<String> problems) {
		List<String[]> ids = new ArrayList<>();
		ids.add(new String[] { functionId, "the function" });
		if (this.properties.getSam().getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			ids.add(new String[] { roleId(functionId), "the execution role" });
		}
		for (TableStream stream : streams) {
			if (stream.source() == Source.CREATED) {
				ids.add(new String[] { stream.id(), "table " + stream.tableName() });
			}
			if (stream.source() == Source.PARAMETER) {
				ids.add(new String[] { stream.parameterId(),
						"the stream ARN parameter of table " + stream.tableName() });
			}
		}
		Map<String, String> owners = new HashMap<>();
		for (String[] id : ids) {
			String other = owners.putIfAbsent(id[0], id[1]);
			if (other != null) {
				problems.add("Logical id " + id[0] + " would name both " + other + " and " + id[1]
						+ ": set dynamodb.streams.sam.function-logical-id to another id");
			}
		}
	}

	private Map<String, Object> streamArnParameter(TableStream stream) {
		String name = stream.tableName();
		return map("Type", "String", "Description",
				"Stream ARN of DynamoDB table " + name + " (aws dynamodb describe-table --table-name " + name
						+ " --query Table.LatestStreamArn --output text)",
				"AllowedPattern",
				"arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/" + name.replace(".", "\\.") + "/stream/.+",
				"ConstraintDescription", "must be the ARN of a stream of DynamoDB table " + name);
	}

	private Map<String, Object> function(String functionId, String codeUri, List<TableStream> streams,
			Map<String, String> variables, PolicyTemplates policyTemplates) {
		Sam sam = this.properties.getSam();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("FunctionName", functionName(functionId));
		if (sam.getDescription() != null) {
			properties.put("Description", sam.getDescription());
		}
		properties.put("Runtime", sam.getRuntime().id());
		properties.put("Handler", sam.getHandler().id());
		properties.put("CodeUri", codeUri);
		properties.put("MemorySize", sam.getMemorySize().toMegabytes());
		properties.put("Timeout", sam.getTimeout().getSeconds());
		properties.put("Architectures", List.of(sam.getArchitecture().id()));
		if (sam.getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			properties.put("Role", Intrinsic.getAtt(roleId(functionId), "Arn"));
		}
		else {
			properties.put("Policies", samPolicies(streams));
		}
		if (!sam.getAutoPublishAlias().isEmpty()) {
			properties.put("AutoPublishAlias", sam.getAutoPublishAlias());
		}
		if (sam.isSnapStart()) {
			properties.put("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
		}
		properties.put("Environment", Map.of("Variables", variables));
		if (!sam.getTags().isEmpty()) {
			properties.put("Tags", new TreeMap<>(sam.getTags()));
		}
		Map<String, Object> events = new LinkedHashMap<>();
		streams.forEach((stream) -> events.put(stream.id() + "Stream", event(stream)));
		properties.put("Events", events);
		return map("Type", "AWS::Serverless::Function", "Properties", properties);
	}

	private Object functionName(String functionId) {
		String configured = this.properties.getSam().getFunctionName();
		return (configured != null) ? configured : Intrinsic.sub("${AWS::StackName}-" + functionId);
	}

	private String logGroupName(String functionId) {
		String configured = this.properties.getSam().getFunctionName();
		return "/aws/lambda/" + ((configured != null) ? configured : "${AWS::StackName}-" + functionId);
	}

	private Map<String, Object> event(TableStream stream) {
		EventSourceMappingSettings settings = stream.settings();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("Stream", stream.streamArn());
		properties.put("StartingPosition", settings.startingPosition().name());
		properties.put("BatchSize", settings.batchSize());
		properties.put("Enabled", settings.enabled());
		properties.put("MaximumBatchingWindowInSeconds", settings.maximumBatchingWindow().getSeconds());
		properties.put("BisectBatchOnFunctionError", settings.bisectBatchOnFunctionError());
		properties.put("MaximumRetryAttempts", settings.maximumRetryAttempts());
		properties.put("MaximumRecordAgeInSeconds", settings.maximumRecordAge().getSeconds());
		properties.put("ParallelizationFactor", settings.parallelizationFactor());
		if (settings.reportBatchItemFailures()) {
			properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
		}
		if (settings.onFailureDestination() != null) {
			properties.put("DestinationConfig", Map.of("OnFailure", map("Type",
					destinationType(settings.onFailureDestination()), "Destination", settings.onFailureDestination())));
		}
		if (!stream.filterPatterns().isEmpty()) {
			properties.put("FilterCriteria", Map.of("Filters",
					stream.filterPatterns().stream().map((pattern) -> Map.of("Pattern", pattern)).toList()));
		}
		return map("Type", "DynamoDB", "Properties", properties);
	}

	private static String destinationType(String arn) {
		return arn.contains(":sqs:") ? "SQS" : "SNS";
	}

	private List<Object> samPolicies(List<TableStream> streams) {
		Sam sam = this.properties.getSam();
		List<Object> policies = new ArrayList<>();
		for (TableStream stream : streams) {
			policies.add(Map.of("DynamoDBStreamReadPolicy",
					map("TableName", stream.tableName(), "StreamName", stream.streamName())));
		}
		for (Sam.PolicyTemplate policyTemplate : sam.getPolicyTemplates()) {
			policies.add(Map.of(policyTemplate.getName(), new TreeMap<>(policyTemplate.getParameters())));
		}
		policies.addAll(sam.getManagedPolicyArns());
		return policies;
	}

	private Map<String, Object> role(String functionId, List<TableStream> streams, PolicyTemplates policyTemplates) {
		Sam sam = this.properties.getSam();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("Description", "Execution role of " + functionId
				+ ", which reads the streams of its tables and writes to its own log group, nothing more");
		properties.put("AssumeRolePolicyDocument", policyDocument(List.of(map("Effect", "Allow", "Principal",
				Map.of("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole"))));
		if (!sam.getManagedPolicyArns().isEmpty()) {
			properties.put("ManagedPolicyArns", List.copyOf(sam.getManagedPolicyArns()));
		}
		List<Object> policies = new ArrayList<>();
		String logGroup = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:"
				+ logGroupName(functionId);
		policies.add(inlinePolicy("Logs",
				List.of(map("Effect", "Allow", "Action",
						List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"), "Resource",
						List.of(Intrinsic.sub(logGroup), Intrinsic.sub(logGroup + ":*"))))));
		List<Object> streamReads = new ArrayList<>();
		for (TableStream stream : streams) {
			streamReads.add(map("Sid", "Read" + stream.id() + "Stream", "Effect", "Allow", "Action",
					List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), "Resource",
					stream.streamArn()));
			streamReads.add(map("Sid", "List" + stream.id() + "Streams", "Effect", "Allow", "Action",
					"dynamodb:ListStreams", "Resource", stream.streamsOfTable()));
		}
		policies.add(inlinePolicy("StreamReads", streamReads));
		Set<String> destinations = new TreeSet<>();
		streams.stream()
			.map((stream) -> stream.settings().onFailureDestination())
			.filter((destination) -> destination != null)
			.forEach(destinations::add);
		if (!destinations.isEmpty()) {
			policies.add(inlinePolicy("OnFailureDestinations", destinations.stream()
				.map((arn) -> (Object) map("Effect", "Allow", "Action",
						destinationType(arn).equals("SQS") ? "sqs:SendMessage" : "sns:Publish", "Resource", arn))
				.toList()));
		}
		Map<String, Integer> templateUses = new HashMap<>();
		for (Sam.PolicyTemplate policyTemplate : sam.getPolicyTemplates()) {
			int use = templateUses.merge(policyTemplate.getName(), 1, Integer::sum);
			policies.add(inlinePolicy(policyTemplate.getName() + ((use > 1) ? use : ""),
					policyTemplates.statements(policyTemplate.getName(), policyTemplate.getParameters())));
		}
		properties.put("Policies", policies);
		if (!sam.getTags().isEmpty()) {
			properties.put("Tags", tagList());
		}
		return map("Type", "AWS::IAM::Role", "Properties", properties);
	}

	private static Map<String, Object> inlinePolicy(String name, List<Object> statements) {
		return map("PolicyName", name, "PolicyDocument", policyDocument(statements));
	}

	private static Map<String, Object> policyDocument(List<Object> statements) {
		return map("Version", POLICY_VERSION, "Statement", statements);
	}

	private List<Object> tagList() {
		return new TreeMap<>(this.properties.getSam().getTags()).entrySet()
			.stream()
			.map((tag) -> (Object) map("Key", tag.getKey(), "Value", tag.getValue()))
			.toList();
	}

	private Map<String, Object> table(TableStream stream) {
		Table configuration = this.properties.getTables().get(stream.table());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("TableName", stream.tableName());
		properties.put("BillingMode", "PAY_PER_REQUEST");
		List<Object> attributes = new ArrayList<>();
		List<Object> keys = new ArrayList<>();
		attributes.add(map("AttributeName", configuration.getPartitionKey(), "AttributeType",
				configuration.getPartitionKeyType().name()));
		keys.add(map("AttributeName", configuration.getPartitionKey(), "KeyType", "HASH"));
		if (configuration.getSortKey() != null) {
			attributes.add(map("AttributeName", configuration.getSortKey(), "AttributeType",
					configuration.getSortKeyType().name()));
			keys.add(map("AttributeName", configuration.getSortKey(), "KeyType", "RANGE"));
		}
		properties.put("AttributeDefinitions", attributes);
		properties.put("KeySchema", keys);
		properties.put("StreamSpecification", Map.of("StreamViewType", configuration.getStreamViewType().name()));
		if (!this.properties.getSam().getTags().isEmpty()) {
			properties.put("Tags", tagList());
		}
		return map("Type", "AWS::DynamoDB::Table", "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain",
				"Properties", properties);
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private enum Source {

		EXPLICIT, CREATED, LOOKED_UP, PARAMETER

	}

	private record Location(Source source, Object streamArn, String note) {

	}

	/**
	 * The stream of one table and how the template refers to it.
	 */
	private record TableStream(String table, String tableName, String id, EventSourceMappingSettings settings,
			Source source, Object streamArn, String note, List<String> filterPatterns) {

		String parameterId() {
			return this.id + "StreamArn";
		}

		Object streamsOfTable() {
			return switch (this.source) {
				case EXPLICIT, LOOKED_UP -> TableNamespace.tableArnOf((String) this.streamArn) + "/stream/*";
				case CREATED -> Intrinsic.sub("${" + this.id + ".Arn}/stream/*");
				case PARAMETER -> Intrinsic.sub("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/"
						+ this.tableName + "/stream/*");
			};
		}

		Object streamName() {
			if (this.streamArn instanceof String arn) {
				return arn.substring(arn.indexOf(STREAM_SEGMENT) + STREAM_SEGMENT.length());
			}
			return Intrinsic.select(3, Intrinsic.split("/", this.streamArn));
		}

	}

}
