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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.ddbstreams.lambda.PrimingMode;
import io.github.ddbstreams.mapping.EventSourceMappingSettings;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.StreamTables;
import io.github.ddbstreams.mapping.TableDefinition;
import io.github.ddbstreams.mapping.TableNamespace;
import io.github.ddbstreams.sam.SamTemplate.StreamArnParameter;
import io.github.ddbstreams.sam.StreamLocation.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.util.ClassUtils;

/**
 * Generates the SAM template that deploys the application as one Lambda function with one
 * {@code DynamoDB} event per table of the application's {@link StreamTables}.
 * <p>
 * Where each table's stream comes from is worked out by a {@link StreamLocator}, the
 * permissions of the function by {@link ExecutionRolePolicies}. Everything is checked,
 * down to the versions of the AWS SDK modules on the class path ({@link AwsSdkVersions}),
 * before anything is generated, and every problem is reported at once in a
 * {@link SamTemplateException}. The same configuration and tables always give the same
 * template, byte for byte.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class SamTemplateGenerator implements BeanClassLoaderAware {

	/**
	 * The Lambda handler of the function: Spring Cloud Function's
	 * {@code FunctionInvoker}, which hands the stream function the raw event.
	 */
	public static final String HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

	private static final String AOT_INITIALIZER_SUFFIX = "__ApplicationContextInitializer";

	private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

	private static final String AOT_ENABLED_PROPERTY = "-Dspring.aot.enabled=";

	private static final String AOT_ENABLED = AOT_ENABLED_PROPERTY + "true";

	private final SamTemplateSettings settings;

	private final StreamTables tables;

	private final TableNamespace namespace;

	private final String functionDefinition;

	private final @Nullable String applicationName;

	private final StreamLocator streamLocator;

	private @Nullable ClassLoader classLoader = SamTemplateGenerator.class.getClassLoader();

	/**
	 * Create a generator.
	 * @param settings the settings of the template
	 * @param tables the tables of the application
	 * @param namespace the namespace of the logical table names
	 * @param functionDefinition the function the Lambda handler calls, such as
	 * {@code dynamodbStreamsFunction}
	 * @param applicationName the name of the application, or {@code null}
	 * @param streamArnResolver looks up the streams of existing tables, or {@code null}
	 * to take them as template parameters
	 */
	public SamTemplateGenerator(SamTemplateSettings settings, StreamTables tables, TableNamespace namespace,
			String functionDefinition, @Nullable String applicationName,
			@Nullable StreamArnResolver streamArnResolver) {
		this.settings = settings;
		this.tables = tables;
		this.namespace = namespace;
		this.functionDefinition = functionDefinition;
		this.applicationName = applicationName;
		this.streamLocator = new StreamLocator(streamArnResolver, settings.getStreamLookup());
	}

	/**
	 * Set the class loader of the application, whose AWS SDK modules must all have one
	 * version.
	 * @param classLoader the class loader
	 */
	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Generate the template.
	 * @param code where the code of the application lives, the default code of the
	 * function and location of the template
	 * @return the template
	 * @throws SamTemplateException if the configuration or the tables do not allow a
	 * template that would deploy and work
	 */
	public SamTemplate generate(ApplicationCode code) {
		Path output = (this.settings.getOutput() != null) ? this.settings.getOutput().toAbsolutePath().normalize()
				: code.templateDirectory().resolve("template.yaml");
		List<String> problems = new ArrayList<>(this.tables.problems());
		String functionId = functionLogicalId();
		FunctionCode functionCode = functionCode(output, code, problems);
		List<TableStream> streams = streams(problems);
		Map<String, String> variables = environmentVariables(code, problems);
		PolicyTemplates policyTemplates = PolicyTemplates.load();
		for (int i = 0; i < this.settings.getPolicyTemplates().size(); i++) {
			PolicyTemplate policyTemplate = this.settings.getPolicyTemplates().get(i);
			for (String problem : policyTemplates.check(policyTemplate.name(), policyTemplate.parameters())) {
				problems.add("dynamodb.streams.sam.policy-templates[" + i + "]: " + problem);
			}
		}
		checkLogicalIds(functionId, streams, problems);
		String mixedAwsSdk = AwsSdkVersions.of(this.classLoader).mixedVersionsProblem();
		if (mixedAwsSdk != null) {
			problems.add(mixedAwsSdk);
		}
		if (!problems.isEmpty()) {
			throw new SamTemplateException(new ArrayList<>(new LinkedHashSet<>(problems)));
		}
		ExecutionRolePolicies policies = new ExecutionRolePolicies(this.settings, policyTemplates);
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("AWSTemplateFormatVersion", "2010-09-09");
		template.put("Transform", "AWS::Serverless-2016-10-31");
		template.put("Description",
				(this.settings.getDescription() != null) ? this.settings.getDescription() : defaultDescription());
		Map<String, Object> parameters = new LinkedHashMap<>();
		streams.stream()
			.filter((stream) -> stream.kind() == Kind.PARAMETER)
			.forEach((stream) -> parameters.put(stream.parameterId(), streamArnParameter(stream)));
		if (!parameters.isEmpty()) {
			template.put("Parameters", parameters);
		}
		Map<String, Object> resources = new LinkedHashMap<>();
		resources.put(functionId, function(functionId, functionCode.uri(), streams, variables, policies));
		if (this.settings.getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			resources.put(ExecutionRolePolicies.roleId(functionId), policies.role(functionId, streams));
		}
		streams.stream()
			.filter((stream) -> stream.kind() == Kind.CREATED)
			.forEach((stream) -> resources.put(stream.id(), table(stream)));
		template.put("Resources", resources);
		template.put("Outputs", Map.of(functionId + "Name", OrderedMaps.of("Description",
				"Name of the Lambda function, for sam logs and the console", "Value", Intrinsic.ref(functionId))));
		List<StreamArnParameter> streamArnParameters = streams.stream()
			.filter((stream) -> stream.kind() == Kind.PARAMETER)
			.map((stream) -> new StreamArnParameter(stream.parameterId(), stream.tableName(), stream.location().note()))
			.toList();
		List<String> warnings = new ArrayList<>(streams.stream()
			.filter((stream) -> !stream.table().hasListeners())
			.map((stream) -> "No listener receives the records of table " + stream.tableName()
					+ ": Lambda will invoke the function for them all the same")
			.toList());
		if (streams.stream().anyMatch((stream) -> stream.table().settings().filterKmsKeyArn() != null)
				&& streams.stream().noneMatch((stream) -> ExecutionRolePolicies.filterKmsKeyArn(stream) != null)) {
			warnings.add("dynamodb.streams.filter-kms-key-arn is set, but no DynamoDB event has filter criteria to"
					+ " encrypt: the template names no key");
		}
		return new SamTemplate(TemplateYaml.write(template), output, streamArnParameters, warnings,
				deployCommands(output, code.workingDirectory(), functionCode, streamArnParameters));
	}

	private String functionLogicalId() {
		String configured = this.settings.getFunctionLogicalId();
		if (configured != null) {
			return configured;
		}
		String name = (this.applicationName != null) ? LogicalIds.of(this.applicationName) : "";
		return (name.isEmpty() ? "Streams" : name) + "Function";
	}

	private String defaultDescription() {
		return "DynamoDB stream listeners of "
				+ ((this.applicationName != null) ? this.applicationName : "the application")
				+ " on AWS Lambda, generated by the sam profile from the listeners and application.yml; regenerate it"
				+ " rather than edit it.";
	}

	private FunctionCode functionCode(Path output, ApplicationCode code, List<String> problems) {
		Path directory = (output.getParent() != null) ? output.getParent() : output;
		String configured = this.settings.getCodeUri();
		if (configured != null) {
			if (!configured.startsWith("s3://") && ApplicationCode.isSpringBootJar(directory.resolve(configured))) {
				problems.add("dynamodb.streams.sam.code-uri: " + configured + " is a Spring Boot executable jar, whose"
						+ " classes and libraries under BOOT-INF/ Lambda cannot load. Remove code-uri, so that the"
						+ " template names the project directory and sam build packages it, or name a Lambda-ready"
						+ " package (a zip, or a jar with the classes and the libraries at its root)");
			}
			return new FunctionCode(configured, isArchive(configured));
		}
		Path location = code.location();
		if (location != null && Files.isRegularFile(location)
				&& ApplicationCode.isLambdaPackage(location, handlerClass())) {
			return new FunctionCode(relative(directory, location), true);
		}
		Path project = code.projectDirectory();
		if (project != null) {
			return new FunctionCode(relative(directory, project), false);
		}
		String where = (location != null) ? location + " and " : "";
		if (location != null && ApplicationCode.isSpringBootJar(location)) {
			problems.add("dynamodb.streams.sam.code-uri: not set, and the application runs from the Spring Boot"
					+ " executable jar " + location + ", which Lambda cannot load, outside of its project: no pom.xml,"
					+ " build.gradle or build.gradle.kts around it or in the working directory "
					+ code.workingDirectory() + ". Run it from its project directory (java -jar target/<app>.jar"
					+ " --spring.profiles.active=sam), or set code-uri to the project directory, relative to the"
					+ " template");
		}
		else {
			problems.add("dynamodb.streams.sam.code-uri: not set, and no Maven or Gradle project (pom.xml,"
					+ " build.gradle or build.gradle.kts) was found around " + where + "the working directory "
					+ code.workingDirectory() + ". Run the application from its project directory, or set code-uri to"
					+ " the project directory or a Lambda-ready package, relative to the template");
		}
		return new FunctionCode("", false);
	}

	private static String relative(Path directory, Path target) {
		String path = directory.relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
		return path.isEmpty() ? "." : path;
	}

	private static boolean isArchive(String codeUri) {
		String name = codeUri.toLowerCase(Locale.ROOT);
		return name.startsWith("s3://") || name.endsWith(".zip") || name.endsWith(".jar");
	}

	private static String handlerClass() {
		return HANDLER.substring(0, HANDLER.indexOf("::"));
	}

	private List<TableStream> streams(List<String> problems) {
		if (this.tables.tables().isEmpty()) {
			problems.add("No table to subscribe to: name tables in @DynamoStreamListener(tables = ...) or under"
					+ " dynamodb.streams.tables");
			return List.of();
		}
		Map<String, Integer> idCounts = new HashMap<>();
		this.tables.tables().forEach((table) -> idCounts.merge(LogicalIds.of(table.logicalName()), 1, Integer::sum));
		List<TableStream> streams = new ArrayList<>();
		for (StreamTable table : this.tables.tables()) {
			String id = LogicalIds.of(table.logicalName());
			if (id.isEmpty() || idCounts.get(id) > 1) {
				id = "Table" + LogicalIds.distinct(table.reference());
			}
			StreamLocation location = this.streamLocator.locate(table, id, problems);
			if (location != null) {
				streams.add(new TableStream(table, id, location));
			}
		}
		return streams;
	}

	private Map<String, String> environmentVariables(ApplicationCode code, List<String> problems) {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("SPRING_CLOUD_FUNCTION_DEFINITION", this.functionDefinition);
		String mainClass = (this.settings.getMainClass() != null) ? this.settings.getMainClass()
				: code.applicationClass();
		if (mainClass != null) {
			variables.put("MAIN_CLASS", mainClass);
		}
		else {
			problems.add("dynamodb.streams.sam.main-class: not set, and the application has no single"
					+ " @SpringBootApplication class: set it to the class that the Lambda handler starts");
		}
		if (this.tables.tables().stream().anyMatch((table) -> !table.settings().reportBatchItemFailures())) {
			variables.put("DYNAMODB_STREAMS_REPORTBATCHITEMFAILURES", "false");
		}
		if (this.settings.getPriming() != PrimingMode.SNAPSHOT) {
			variables.put("DYNAMODB_STREAMS_PRIMING", this.settings.getPriming().name().toLowerCase(Locale.ROOT));
		}
		if (this.settings.isPrimeListeners()) {
			variables.put("DYNAMODB_STREAMS_PRIMELISTENERS", "true");
		}
		if (!this.namespace.namespace().isEmpty()) {
			variables.put("DYNAMODB_STREAMS_TABLENAMESPACE", this.namespace.namespace());
			if (!"_".equals(this.namespace.separator())) {
				variables.put("DYNAMODB_STREAMS_NAMESPACESEPARATOR", this.namespace.separator());
			}
		}
		new TreeMap<>(this.settings.getEnvironment()).forEach((name, value) -> {
			if (variables.containsKey(name)) {
				problems.add("dynamodb.streams.sam.environment: " + name + " is set by the template from"
						+ " dynamodb.streams.*, dynamodb.streams.sam.main-class and spring.cloud.function.definition;"
						+ " set those instead");
			}
			else {
				variables.put(name, value);
			}
		});
		aotMode(mainClass, variables, problems);
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

	private void aotMode(@Nullable String mainClass, Map<String, String> variables, List<String> problems) {
		if (this.settings.getAot() == AotMode.OFF || mainClass == null) {
			return;
		}
		String initializer = mainClass + AOT_INITIALIZER_SUFFIX;
		if (!ClassUtils.isPresent(initializer, this.classLoader)) {
			if (this.settings.getAot() == AotMode.ON) {
				problems.add("dynamodb.streams.sam.aot: on, but the application was not processed ahead of time (no "
						+ initializer + " on the class path): add the process-aot goal to spring-boot-maven-plugin"
						+ " (<executions><execution><id>process-aot</id><goals><goal>process-aot</goal></goals>"
						+ "</execution></executions>) and package again, or set dynamodb.streams.sam.aot=auto");
			}
			return;
		}
		variables.merge(JAVA_TOOL_OPTIONS, AOT_ENABLED, (options, aot) -> options.contains(AOT_ENABLED_PROPERTY)
				? options : (options.isBlank() ? aot : options.strip() + " " + aot));
	}

	private void checkLogicalIds(String functionId, List<TableStream> streams, List<String> problems) {
		List<String[]> ids = new ArrayList<>();
		ids.add(new String[] { functionId, "the function" });
		if (this.settings.getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			ids.add(new String[] { ExecutionRolePolicies.roleId(functionId), "the execution role" });
		}
		for (TableStream stream : streams) {
			if (stream.kind() == Kind.CREATED) {
				ids.add(new String[] { stream.id(), "table " + stream.tableName() });
			}
			if (stream.kind() == Kind.PARAMETER) {
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
		return OrderedMaps.of("Type", "String", "Description",
				"Stream ARN of DynamoDB table " + name + " (aws dynamodb describe-table --table-name " + name
						+ " --query Table.LatestStreamArn --output text)",
				"AllowedPattern",
				"arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/" + name.replace(".", "\\.") + "/stream/.+",
				"ConstraintDescription", "must be the ARN of a stream of DynamoDB table " + name);
	}

	private Map<String, Object> function(String functionId, String codeUri, List<TableStream> streams,
			Map<String, String> variables, ExecutionRolePolicies policies) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("FunctionName", functionName(functionId));
		if (this.settings.getDescription() != null) {
			properties.put("Description", this.settings.getDescription());
		}
		properties.put("Runtime", this.settings.getRuntime().id());
		properties.put("Handler", HANDLER);
		properties.put("CodeUri", codeUri);
		properties.put("MemorySize", this.settings.getMemorySize());
		properties.put("Timeout", this.settings.getTimeout().getSeconds());
		properties.put("Architectures", List.of(this.settings.getArchitecture().id()));
		if (this.settings.getExecutionRole() == ExecutionRole.LEAST_PRIVILEGE) {
			properties.put("Role", Intrinsic.getAtt(ExecutionRolePolicies.roleId(functionId), "Arn"));
		}
		else {
			properties.put("Policies", policies.samPolicies(streams));
		}
		if (!this.settings.getAutoPublishAlias().isEmpty()) {
			properties.put("AutoPublishAlias", this.settings.getAutoPublishAlias());
		}
		if (this.settings.isSnapStart()) {
			properties.put("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
		}
		properties.put("Environment", Map.of("Variables", variables));
		if (!this.settings.getTags().isEmpty()) {
			properties.put("Tags", new TreeMap<>(this.settings.getTags()));
		}
		Map<String, Object> events = new LinkedHashMap<>();
		streams.forEach((stream) -> events.put(stream.id() + "Stream", event(stream)));
		properties.put("Events", events);
		return OrderedMaps.of("Type", "AWS::Serverless::Function", "Properties", properties);
	}

	private Object functionName(String functionId) {
		String configured = this.settings.getFunctionName();
		return (configured != null) ? configured : Intrinsic.sub("${AWS::StackName}-" + functionId);
	}

	private Map<String, Object> event(TableStream stream) {
		EventSourceMappingSettings settings = stream.table().settings();
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
		if (settings.hasTumblingWindow()) {
			properties.put("TumblingWindowInSeconds", settings.tumblingWindow().getSeconds());
		}
		if (settings.reportBatchItemFailures()) {
			properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
		}
		String destination = settings.onFailureDestination();
		if (destination != null) {
			properties.put("DestinationConfig", Map.of("OnFailure", OrderedMaps.of("Type",
					ExecutionRolePolicies.destinationType(destination), "Destination", destination)));
		}
		List<String> filterPatterns = stream.table().filterPatterns();
		if (!filterPatterns.isEmpty()) {
			properties.put("FilterCriteria",
					Map.of("Filters", filterPatterns.stream().map((pattern) -> Map.of("Pattern", pattern)).toList()));
		}
		String filterKey = ExecutionRolePolicies.filterKmsKeyArn(stream);
		if (filterKey != null) {
			properties.put("KmsKeyArn", filterKey);
		}
		if (settings.metrics()) {
			properties.put("MetricsConfig", Map.of("Metrics", List.of("EventCount")));
		}
		return OrderedMaps.of("Type", "DynamoDB", "Properties", properties);
	}

	private Map<String, Object> table(TableStream stream) {
		TableDefinition definition = stream.table().definition();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("TableName", stream.tableName());
		properties.put("BillingMode", "PAY_PER_REQUEST");
		List<Object> attributes = new ArrayList<>();
		List<Object> keys = new ArrayList<>();
		attributes.add(OrderedMaps.of("AttributeName", definition.partitionKey(), "AttributeType",
				definition.partitionKeyType().name()));
		keys.add(OrderedMaps.of("AttributeName", definition.partitionKey(), "KeyType", "HASH"));
		if (definition.sortKey() != null) {
			attributes.add(OrderedMaps.of("AttributeName", definition.sortKey(), "AttributeType",
					definition.sortKeyType().name()));
			keys.add(OrderedMaps.of("AttributeName", definition.sortKey(), "KeyType", "RANGE"));
		}
		properties.put("AttributeDefinitions", attributes);
		properties.put("KeySchema", keys);
		properties.put("StreamSpecification", Map.of("StreamViewType", definition.streamViewType().name()));
		if (!this.settings.getTags().isEmpty()) {
			properties.put("Tags", OrderedMaps.tagList(this.settings.getTags()));
		}
		return OrderedMaps.of("Type", "AWS::DynamoDB::Table", "DeletionPolicy", "Retain", "UpdateReplacePolicy",
				"Retain", "Properties", properties);
	}

	private static List<String> deployCommands(Path output, Path workingDirectory, FunctionCode code,
			List<StreamArnParameter> parameters) {
		String overrides = parameters.isEmpty() ? ""
				: " --parameter-overrides " + parameters.stream()
					.map((parameter) -> parameter.name() + "=$(aws dynamodb describe-table --table-name "
							+ parameter.tableName() + " --query Table.LatestStreamArn --output text)")
					.collect(Collectors.joining(" "));
		if (code.packaged()) {
			return List.of("sam deploy --guided --template-file " + output + overrides);
		}
		List<String> commands = new ArrayList<>();
		Path directory = output.getParent();
		if (directory != null && !directory.equals(workingDirectory)) {
			commands.add("cd " + directory);
		}
		String name = output.getFileName().toString();
		commands.add("sam build" + ("template.yaml".equals(name) ? "" : " --template-file " + name));
		commands.add("sam deploy --guided" + overrides);
		return List.copyOf(commands);
	}

	/**
	 * The code of the function as the template names it.
	 *
	 * @param uri the {@code CodeUri}, relative to the template
	 * @param packaged whether it is a deployment package that {@code sam build} does not
	 * build
	 */
	private record FunctionCode(String uri, boolean packaged) {

	}

}
