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

package io.github.ddbstreams.endpoint;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.ddbstreams.listener.DynamoEventName;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoStreamListener;
import io.github.ddbstreams.listener.Keys;
import io.github.ddbstreams.listener.NewImage;
import io.github.ddbstreams.listener.OldImage;
import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.listener.TableSchemaResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.util.ClassUtils;

/**
 * Reads the signature of a {@link DynamoStreamListener @DynamoStreamListener} method:
 * checks that every parameter is one a listener method can receive, and derives the
 * endpoint that calls it, the event names it receives, the images its streams must carry
 * and its item types. What is wrong is reported as problems that name the bean, the
 * method, the parameter and the fix.
 * <p>
 * A record listener method takes, in any order: an item type without annotation (the item
 * as of the change), {@code @NewImage}, {@code @OldImage} and {@code @Keys} item types or
 * {@code Map<String, AttributeValue>}, {@code Optional} of any of those,
 * {@link DynamoRecord}, {@link DynamoEventName} and the Lambda {@code Context}. A batch
 * listener method takes one {@code List} of {@code DynamoRecord} or of one of the above
 * item forms, and optionally the Lambda {@code Context}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class ListenerMethodInspector {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private static final String LAMBDA_CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

	private static final String SUPPORTED = "a listener method takes an item type (a record, @DynamoDbBean or"
			+ " @DynamoDbImmutable class, or a class with a TableSchema bean), @NewImage, @OldImage or @Keys item types"
			+ " or Map<String, AttributeValue>, Optional of those, DynamoRecord, DynamoEventName and the Lambda"
			+ " Context; a batch listener method takes one List of DynamoRecord or of items, and optionally the Lambda"
			+ " Context";

	private final TableSchemaResolver schemas;

	/**
	 * Create an inspector that checks item types against the given table schemas.
	 * @param schemas the table schemas that map items
	 */
	public ListenerMethodInspector(TableSchemaResolver schemas) {
		this.schemas = schemas;
	}

	/**
	 * Read a listener method.
	 * @param beanName the name of the bean
	 * @param bean the bean, as the application context holds it (a proxy, when it has
	 * one)
	 * @param method the annotated method, of the bean's target class
	 * @param declaration the method's {@code @DynamoStreamListener}
	 * @param problems where to add what is wrong with the method
	 * @return the listener method, or {@code null} when it has problems
	 */
	public @Nullable ListenerMethod inspect(String beanName, Object bean, Method method,
			MergedAnnotation<DynamoStreamListener> declaration, List<String> problems) {
		Signature signature = new Signature(beanName, method, problems);
		Method invocable = signature.checkReachable(bean);
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		for (int i = 0; i < method.getParameterCount(); i++) {
			signature.add(new MethodParameter(method, i).withContainingClass(targetClass), this.schemas);
		}
		if (!signature.isValid()) {
			return null;
		}
		Set<DynamoEventName> events = signature.events(declaredEvents(declaration));
		if (events == null) {
			return null;
		}
		RequiredImages declaredImages = declaration.hasDefaultValue("images") ? null
				: declaration.getEnum("images", RequiredImages.class);
		Set<Class<?>> itemTypes = new LinkedHashSet<>(signature.itemTypes());
		itemTypes.addAll(Arrays.asList(declaration.getClassArray("itemTypes")));
		ListenerEndpoint endpoint = signature.endpoint(new ListenerMethodInvoker(bean, invocable));
		return new ListenerMethod(endpoint, Collections.unmodifiableSet(events),
				signature.images(events, declaredImages), List.copyOf(itemTypes));
	}

	private static Set<DynamoEventName> declaredEvents(MergedAnnotation<DynamoStreamListener> declaration) {
		DynamoEventName[] events = declaration.getEnumArray("events", DynamoEventName.class);
		return (events.length > 0) ? EnumSet.copyOf(Arrays.asList(events)) : EnumSet.noneOf(DynamoEventName.class);
	}

	/**
	 * Describe a method for messages: its class, name and parameter types.
	 * @param method the method
	 * @return the description, such as {@code com.example.Clerk.onCustomer(Customer)}
	 */
	public static String describe(Method method) {
		return ClassUtils.getUserClass(method.getDeclaringClass()).getName() + "." + method.getName() + "("
				+ Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
				+ ")";
	}

	/**
	 * The parameters of one method, read one after another.
	 */
	private static final class Signature {

		private final String beanName;

		private final Method method;

		private final String description;

		private final List<String> problems;

		private final int problemsBefore;

		private final List<ArgumentResolver> arguments = new ArrayList<>();

		private final List<ImageArgument> images = new ArrayList<>();

		private final List<String> unannotatedItems = new ArrayList<>();

		private boolean readsRecord;

		private int listIndex = -1;

		private int contextIndex = -1;

		private @Nullable ArgumentResolver listElement;

		private final List<String> nonBatchParameters = new ArrayList<>();

		Signature(String beanName, Method method, List<String> problems) {
			this.beanName = beanName;
			this.method = method;
			this.description = describe(method);
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		Method checkReachable(Object bean) {
			int modifiers = this.method.getModifiers();
			if (Modifier.isStatic(modifiers)) {
				problem("is static: listener methods are called on their bean; make it an instance method");
			}
			if (Modifier.isPrivate(modifiers)) {
				problem("is private, which a proxy of the bean (for @Transactional, for example) cannot reach; make it"
						+ " public or package-private");
			}
			else if (Modifier.isFinal(modifiers)) {
				problem("is final, which a proxy of the bean (for @Transactional, for example) cannot override; remove"
						+ " the final modifier");
			}
			if (!this.method.getReturnType().equals(void.class)) {
				problem("returns " + this.method.getReturnType().getSimpleName()
						+ ", which would be discarded; make it return void");
			}
			if (AopUtils.isJdkDynamicProxy(bean) && !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers)) {
				try {
					return MethodIntrospector.selectInvocableMethod(this.method, bean.getClass());
				}
				catch (IllegalStateException ex) {
					problem("is on no interface of the bean's JDK proxy, so the proxy cannot call it; declare it on an"
							+ " interface the bean implements, or proxy the class (spring.aop.proxy-target-class=true,"
							+ " Spring Boot's default)");
				}
			}
			return this.method;
		}

		void add(MethodParameter parameter, TableSchemaResolver schemas) {
			int index = parameter.getParameterIndex();
			ResolvableType type = ResolvableType.forMethodParameter(parameter);
			Class<?> raw = type.toClass();
			String name = parameterName(parameter, type);
			ImageSource source = source(parameter, name);
			if (raw == DynamoRecord.class) {
				noImageAnnotation(parameter, name, "a DynamoRecord carries keys and both images");
				this.readsRecord = true;
				this.nonBatchParameters.add(name);
				this.arguments.add((record, invocation) -> record);
			}
			else if (raw == DynamoEventName.class) {
				noImageAnnotation(parameter, name, "the event name is not an image");
				this.nonBatchParameters.add(name);
				this.arguments.add((record, invocation) -> record.eventName());
			}
			else if (raw.getName().equals(LAMBDA_CONTEXT)) {
				noImageAnnotation(parameter, name, "the Lambda Context is not an image");
				this.contextIndex = index;
				this.arguments.add((record, invocation) -> invocation.lambdaContext());
			}
			else if (raw == List.class) {
				addList(index, type, name, source, parameter, schemas);
			}
			else {
				ImageArgument argument = image(type, (source != null) ? source : ImageSource.ITEM, name, schemas);
				if (argument != null) {
					if (source == null) {
						this.unannotatedItems.add(name);
					}
					this.images.add(argument);
					this.arguments.add(argument);
				}
				this.nonBatchParameters.add(name);
			}
		}

		private void addList(int index, ResolvableType type, String name, @Nullable ImageSource source,
				MethodParameter parameter, TableSchemaResolver schemas) {
			if (this.listIndex >= 0) {
				problem("has two List parameters: a batch listener method takes one List (of DynamoRecord or of"
						+ " items)");
				return;
			}
			this.listIndex = index;
			this.arguments.add((record, invocation) -> null);
			ResolvableType element = type.getGeneric(0);
			Class<?> elementClass = element.resolve();
			if (elementClass == null || element.getType() instanceof java.lang.reflect.WildcardType) {
				problem("has parameter " + name + " with no resolvable element type: declare List<DynamoRecord> or"
						+ " List<T> with T an item type");
				return;
			}
			if (elementClass == DynamoRecord.class) {
				noImageAnnotation(parameter, name, "a DynamoRecord carries keys and both images");
				this.readsRecord = true;
				return;
			}
			ImageArgument argument = image(element, (source != null) ? source : ImageSource.ITEM, name, schemas);
			if (argument != null) {
				this.images.add(argument);
				this.listElement = argument;
			}
		}

		private @Nullable ImageArgument image(ResolvableType type, ImageSource source, String name,
				TableSchemaResolver schemas) {
			boolean optional = type.toClass() == Optional.class;
			ResolvableType valueType = optional ? type.getGeneric(0) : type;
			Class<?> raw = valueType.resolve();
			String parameter = "parameter " + name + " of method " + this.description;
			if (raw == null) {
				problem("has parameter " + name + " with no resolvable type: declare Optional<T> with T an item type"
						+ " or Map<String, AttributeValue>");
				return null;
			}
			if (raw == Map.class) {
				if (valueType.getGeneric(0).toClass() != String.class
						|| valueType.getGeneric(1).toClass() != AttributeValue.class) {
					problem("has parameter " + name + ": a map of attribute values is Map<String, AttributeValue>"
							+ " (software.amazon.awssdk.services.dynamodb.model.AttributeValue)");
					return null;
				}
				return new ImageArgument(source, null, optional, parameter);
			}
			String unsupported = unsupportedItemType(raw, schemas);
			if (unsupported != null) {
				problem("has parameter " + name + " of a type it cannot receive (" + unsupported + "): " + SUPPORTED);
				return null;
			}
			return new ImageArgument(source, raw, optional, parameter);
		}

		private static @Nullable String unsupportedItemType(Class<?> type, TableSchemaResolver schemas) {
			if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")
					|| type.getName().startsWith("javax.")) {
				return "not an item type";
			}
			try {
				schemas.resolve(type);
				return null;
			}
			catch (RuntimeException ex) {
				return "no table schema: " + ex.getMessage();
			}
		}

		private @Nullable ImageSource source(MethodParameter parameter, String name) {
			List<ImageSource> sources = new ArrayList<>();
			if (parameter.hasParameterAnnotation(NewImage.class)) {
				sources.add(ImageSource.NEW_IMAGE);
			}
			if (parameter.hasParameterAnnotation(OldImage.class)) {
				sources.add(ImageSource.OLD_IMAGE);
			}
			if (parameter.hasParameterAnnotation(Keys.class)) {
				sources.add(ImageSource.KEYS);
			}
			if (sources.size() > 1) {
				problem("has parameter " + name + " with more than one of @NewImage, @OldImage and @Keys: keep one");
			}
			return sources.isEmpty() ? null : sources.get(0);
		}

		private void noImageAnnotation(MethodParameter parameter, String name, String reason) {
			if (parameter.hasParameterAnnotation(NewImage.class) || parameter.hasParameterAnnotation(OldImage.class)
					|| parameter.hasParameterAnnotation(Keys.class)) {
				problem("has parameter " + name + " with @NewImage, @OldImage or @Keys, which " + reason
						+ " does not take: remove the annotation");
			}
		}

		boolean isValid() {
			if (this.unannotatedItems.size() > 1) {
				problem("has " + this.unannotatedItems.size() + " item parameters without annotation ("
						+ String.join(", ", this.unannotatedItems) + "): each would receive the same item; annotate"
						+ " them @NewImage, @OldImage or @Keys");
			}
			if (this.listIndex >= 0 && !this.nonBatchParameters.isEmpty()) {
				problem("takes a List and also " + String.join(", ", this.nonBatchParameters)
						+ ": a batch listener method takes one List (of DynamoRecord or of items) and optionally the"
						+ " Lambda Context; read the rest from the records of a List<DynamoRecord>");
			}
			return this.problems.size() == this.problemsBefore;
		}

		@Nullable Set<DynamoEventName> events(Set<DynamoEventName> declared) {
			Set<DynamoEventName> carrying = EnumSet.allOf(DynamoEventName.class);
			for (ImageArgument image : this.images) {
				if (!image.isOptional()) {
					carrying.retainAll(image.source().carriedBy());
				}
			}
			if (declared.isEmpty()) {
				return carrying;
			}
			for (ImageArgument image : this.images) {
				if (!image.isOptional() && !image.source().carriedBy().containsAll(declared)) {
					Set<DynamoEventName> lacking = EnumSet.copyOf(declared);
					lacking.removeAll(image.source().carriedBy());
					problem("needs the " + image.source().label() + " of every record it receives, which " + lacking
							+ " records do not carry: declare the parameter Optional, or leave " + lacking
							+ " out of events");
					return null;
				}
			}
			return EnumSet.copyOf(declared);
		}

		RequiredImages images(Set<DynamoEventName> events, @Nullable RequiredImages declared) {
			RequiredImages images = RequiredImages.NONE;
			for (ImageArgument image : this.images) {
				images = images.and(image.source().requiredImages(events));
			}
			if (this.readsRecord) {
				return images.and((declared != null) ? declared : RequiredImages.NEW_AND_OLD);
			}
			return (declared != null) ? images.and(declared) : images;
		}

		List<Class<?>> itemTypes() {
			List<Class<?>> types = new ArrayList<>();
			for (ImageArgument image : this.images) {
				Class<?> type = image.itemType();
				if (type != null && !types.contains(type)) {
					types.add(type);
				}
			}
			return types;
		}

		ListenerEndpoint endpoint(ListenerMethodInvoker invoker) {
			String endpointDescription = "method " + this.description;
			if (this.listIndex >= 0) {
				return new MethodBatchEndpoint(endpointDescription, this.listElement, this.listIndex, this.contextIndex,
						this.method.getParameterCount(), invoker);
			}
			return new MethodRecordEndpoint(endpointDescription, this.arguments.toArray(new ArgumentResolver[0]),
					invoker);
		}

		private void problem(String problem) {
			this.problems.add("Method " + this.description + " of bean '" + this.beanName + "' " + problem);
		}

		private static String parameterName(MethodParameter parameter, ResolvableType type) {
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			String name = parameter.getParameterName();
			return (parameter.getParameterIndex() + 1) + " (" + simpleName(type) + ((name != null) ? " " + name : "")
					+ ")";
		}

		private static String simpleName(ResolvableType type) {
			Class<?> raw = type.resolve();
			if (raw == null) {
				return type.toString();
			}
			if (!type.hasGenerics()) {
				return raw.getSimpleName();
			}
			return raw.getSimpleName() + Arrays.stream(type.getGenerics())
				.map(Signature::simpleName)
				.collect(Collectors.joining(", ", "<", ">"));
		}

	}

}
