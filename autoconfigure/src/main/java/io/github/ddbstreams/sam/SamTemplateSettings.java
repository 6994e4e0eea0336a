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
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.ddbstreams.lambda.PrimingMode;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the SAM template: the function, its execution role, and where the template
 * goes. Values are taken as they are; checking them is up to whoever sets them.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class SamTemplateSettings {

	private @Nullable Path output;

	private @Nullable String codeUri;

	private @Nullable String mainClass;

	private @Nullable String functionLogicalId;

	private @Nullable String functionName;

	private @Nullable String description;

	private LambdaRuntime runtime = LambdaRuntime.JAVA21;

	private int memorySize = 1024;

	private Duration timeout = Duration.ofSeconds(30);

	private Architecture architecture = Architecture.X86_64;

	private boolean snapStart = true;

	private AotMode aot = AotMode.AUTO;

	private String autoPublishAlias = "live";

	private PrimingMode priming = PrimingMode.SNAPSHOT;

	private boolean primeListeners;

	private Map<String, String> environment = Map.of();

	private List<String> managedPolicyArns = List.of();

	private List<PolicyTemplate> policyTemplates = List.of();

	private Map<String, String> tags = Map.of();

	private ExecutionRole executionRole = ExecutionRole.LEAST_PRIVILEGE;

	private @Nullable StreamLookupSettings streamLookup;

	/**
	 * Return the path of the template file to write, or {@code null} for
	 * {@code template.yaml} in the project directory of the application.
	 * @return the path of the template file
	 */
	public @Nullable Path getOutput() {
		return this.output;
	}

	/**
	 * Set the path of the template file to write, or {@code null} for
	 * {@code template.yaml} in the project directory of the application.
	 * @param output the path of the template file
	 */
	public void setOutput(@Nullable Path output) {
		this.output = output;
	}

	/**
	 * Return the code of the function, relative to the directory of the template, or
	 * {@code null} for the project directory that {@code sam build} packages (or the
	 * Lambda-ready jar the application runs from).
	 * @return the location of the code
	 */
	public @Nullable String getCodeUri() {
		return this.codeUri;
	}

	/**
	 * Set the code of the function, relative to the directory of the template, or
	 * {@code null} for the project directory that {@code sam build} packages (or the
	 * Lambda-ready jar the application runs from).
	 * @param codeUri the location of the code
	 */
	public void setCodeUri(@Nullable String codeUri) {
		this.codeUri = codeUri;
	}

	/**
	 * Return the application class that the Lambda handler starts ({@code MAIN_CLASS}),
	 * or {@code null} for the {@code @SpringBootApplication} class of the running
	 * application.
	 * @return the name of the application class
	 */
	public @Nullable String getMainClass() {
		return this.mainClass;
	}

	/**
	 * Set the application class that the Lambda handler starts ({@code MAIN_CLASS}), or
	 * {@code null} for the {@code @SpringBootApplication} class of the running
	 * application.
	 * @param mainClass the name of the application class
	 */
	public void setMainClass(@Nullable String mainClass) {
		this.mainClass = mainClass;
	}

	/**
	 * Return the logical id of the function, or {@code null} for the application name in
	 * upper camel case followed by {@code Function}.
	 * @return the logical id of the function
	 */
	public @Nullable String getFunctionLogicalId() {
		return this.functionLogicalId;
	}

	/**
	 * Set the logical id of the function, or {@code null} for the application name in
	 * upper camel case followed by {@code Function}.
	 * @param functionLogicalId the logical id of the function
	 */
	public void setFunctionLogicalId(@Nullable String functionLogicalId) {
		this.functionLogicalId = functionLogicalId;
	}

	/**
	 * Return the name of the Lambda function, or {@code null} for the stack name,
	 * {@code -} and the logical id.
	 * @return the name of the Lambda function
	 */
	public @Nullable String getFunctionName() {
		return this.functionName;
	}

	/**
	 * Set the name of the Lambda function, or {@code null} for the stack name, {@code -}
	 * and the logical id.
	 * @param functionName the name of the Lambda function
	 */
	public void setFunctionName(@Nullable String functionName) {
		this.functionName = functionName;
	}

	/**
	 * Return the description of the template and the function, or {@code null} for a
	 * generated one.
	 * @return the description
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set the description of the template and the function, or {@code null} for a
	 * generated one.
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	/**
	 * Return the Lambda runtime of the function.
	 * @return the Lambda runtime
	 */
	public LambdaRuntime getRuntime() {
		return this.runtime;
	}

	/**
	 * Set the Lambda runtime of the function.
	 * @param runtime the Lambda runtime
	 */
	public void setRuntime(LambdaRuntime runtime) {
		this.runtime = runtime;
	}

	/**
	 * Return the memory of the function in megabytes.
	 * @return the memory size
	 */
	public int getMemorySize() {
		return this.memorySize;
	}

	/**
	 * Set the memory of the function in megabytes.
	 * @param memorySize the memory size
	 */
	public void setMemorySize(int memorySize) {
		this.memorySize = memorySize;
	}

	/**
	 * Return the longest time an invocation may run.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Set the longest time an invocation may run.
	 * @param timeout the timeout
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Return the instruction set architecture of the function.
	 * @return the architecture
	 */
	public Architecture getArchitecture() {
		return this.architecture;
	}

	/**
	 * Set the instruction set architecture of the function.
	 * @param architecture the architecture
	 */
	public void setArchitecture(Architecture architecture) {
		this.architecture = architecture;
	}

	/**
	 * Return whether SnapStart restores published versions from a snapshot.
	 * @return the SnapStart
	 */
	public boolean isSnapStart() {
		return this.snapStart;
	}

	/**
	 * Set whether SnapStart restores published versions from a snapshot.
	 * @param snapStart the SnapStart
	 */
	public void setSnapStart(boolean snapStart) {
		this.snapStart = snapStart;
	}

	/**
	 * Return whether the function runs the application in Spring's AOT mode.
	 * @return the AOT mode
	 */
	public AotMode getAot() {
		return this.aot;
	}

	/**
	 * Set whether the function runs the application in Spring's AOT mode.
	 * @param aot the AOT mode
	 */
	public void setAot(AotMode aot) {
		this.aot = aot;
	}

	/**
	 * Return when the function primes itself; the template passes any other mode than the
	 * default to the function.
	 * @return the priming mode
	 */
	public PrimingMode getPriming() {
		return this.priming;
	}

	/**
	 * Set when the function primes itself.
	 * @param priming the priming mode
	 */
	public void setPriming(PrimingMode priming) {
		this.priming = priming;
	}

	/**
	 * Return whether priming calls the listeners; the template passes it to the function
	 * when it does.
	 * @return whether priming calls the listeners
	 */
	public boolean isPrimeListeners() {
		return this.primeListeners;
	}

	/**
	 * Set whether priming calls the listeners.
	 * @param primeListeners whether priming calls the listeners
	 */
	public void setPrimeListeners(boolean primeListeners) {
		this.primeListeners = primeListeners;
	}

	/**
	 * Return the alias SAM publishes a version for on each deployment, empty for none.
	 * @return the auto-publish alias
	 */
	public String getAutoPublishAlias() {
		return this.autoPublishAlias;
	}

	/**
	 * Set the alias SAM publishes a version for on each deployment, empty for none.
	 * @param autoPublishAlias the auto-publish alias
	 */
	public void setAutoPublishAlias(String autoPublishAlias) {
		this.autoPublishAlias = autoPublishAlias;
	}

	/**
	 * Return the environment variables of the function, in addition to those the template
	 * sets.
	 * @return the environment variables
	 */
	public Map<String, String> getEnvironment() {
		return this.environment;
	}

	/**
	 * Set the environment variables of the function, in addition to those the template
	 * sets.
	 * @param environment the environment variables
	 */
	public void setEnvironment(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	/**
	 * Return the ARNs of managed IAM policies attached to the execution role.
	 * @return the managed policies
	 */
	public List<String> getManagedPolicyArns() {
		return this.managedPolicyArns;
	}

	/**
	 * Set the ARNs of managed IAM policies attached to the execution role.
	 * @param managedPolicyArns the managed policies
	 */
	public void setManagedPolicyArns(List<String> managedPolicyArns) {
		this.managedPolicyArns = List.copyOf(managedPolicyArns);
	}

	/**
	 * Return the SAM policy templates granted to the execution role.
	 * @return the policy templates
	 */
	public List<PolicyTemplate> getPolicyTemplates() {
		return this.policyTemplates;
	}

	/**
	 * Set the SAM policy templates granted to the execution role.
	 * @param policyTemplates the policy templates
	 */
	public void setPolicyTemplates(List<PolicyTemplate> policyTemplates) {
		this.policyTemplates = List.copyOf(policyTemplates);
	}

	/**
	 * Return the tags of the function and of the other resources of the template.
	 * @return the tags
	 */
	public Map<String, String> getTags() {
		return this.tags;
	}

	/**
	 * Set the tags of the function and of the other resources of the template.
	 * @param tags the tags
	 */
	public void setTags(Map<String, String> tags) {
		this.tags = Map.copyOf(tags);
	}

	/**
	 * Return where the execution role of the function comes from.
	 * @return the execution role
	 */
	public ExecutionRole getExecutionRole() {
		return this.executionRole;
	}

	/**
	 * Set where the execution role of the function comes from.
	 * @param executionRole the execution role
	 */
	public void setExecutionRole(ExecutionRole executionRole) {
		this.executionRole = executionRole;
	}

	/**
	 * Return how the stream ARNs of existing tables are looked up, for the update-table
	 * commands the generation prints, or {@code null}.
	 * @return the stream lookup
	 */
	public @Nullable StreamLookupSettings getStreamLookup() {
		return this.streamLookup;
	}

	/**
	 * Set how the stream ARNs of existing tables are looked up, for the update-table
	 * commands the generation prints, or {@code null}.
	 * @param streamLookup the stream lookup
	 */
	public void setStreamLookup(@Nullable StreamLookupSettings streamLookup) {
		this.streamLookup = streamLookup;
	}

}
