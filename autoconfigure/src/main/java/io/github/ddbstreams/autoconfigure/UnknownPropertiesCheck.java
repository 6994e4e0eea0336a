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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StreamUtils;

/**
 * Finds the properties under a prefix that no configuration property binds, such as a
 * misspelled {@code dynamodb.streams.bacth-size}, and names each with its origin and the
 * closest known property, which Spring Boot would otherwise ignore in silence.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class UnknownPropertiesCheck implements SmartInitializingSingleton {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String MAP_KEY = "*";

	private final Environment environment;

	private final String prefix;

	private final Supplier<Object> target;

	private final Set<String> ignoredPrefixes;

	/**
	 * Create a check that runs once every singleton is created, so that an unknown
	 * property fails the startup.
	 * @param environment the environment
	 * @param prefix the prefix, such as {@code dynamodb.streams}
	 * @param target creates a new instance of the configuration properties type
	 * @param ignoredPrefixes prefixes below {@code prefix} that another type binds
	 */
	public UnknownPropertiesCheck(Environment environment, String prefix, Supplier<Object> target,
			Set<String> ignoredPrefixes) {
		this.environment = environment;
		this.prefix = prefix;
		this.target = target;
		this.ignoredPrefixes = Set.copyOf(ignoredPrefixes);
	}

	@Override
	public void afterSingletonsInstantiated() {
		check(this.environment, this.prefix, this.target.get(), this.ignoredPrefixes);
	}

	/**
	 * Check the properties under a prefix against the configuration properties type that
	 * binds them.
	 * @param environment the environment
	 * @param prefix the prefix, such as {@code dynamodb.streams}
	 * @param target a new instance of the configuration properties type
	 * @param ignoredPrefixes prefixes below {@code prefix} that another type binds, such
	 * as {@code dynamodb.streams.local}
	 * @throws DynamoStreamsConfigurationException if a property is unknown
	 */
	public static void check(Environment environment, String prefix, Object target, Set<String> ignoredPrefixes) {
		List<ConfigurationProperty> unknown = findUnknown(environment, prefix, target, ignoredPrefixes);
		if (unknown.isEmpty()) {
			return;
		}
		List<String> known = knownProperties(prefix, target.getClass().getClassLoader());
		List<String> problems = new ArrayList<>();
		for (ConfigurationProperty property : unknown) {
			String name = property.getName().toString();
			String suggestion = closest(name, prefix, known);
			problems.add("Unknown property '" + name + "'"
					+ ((property.getOrigin() != null) ? " (" + property.getOrigin() + ")" : "") + ": "
					+ ((suggestion != null) ? "did you mean '" + suggestion + "'?"
							: "no property of that name exists"));
		}
		throw new DynamoStreamsConfigurationException(problems,
				"Rename or remove the properties above; the configuration reference lists every property under "
						+ prefix + ".");
	}

	private static List<ConfigurationProperty> findUnknown(Environment environment, String prefix, Object target,
			Set<String> ignoredPrefixes) {
		try {
			Binder.get(environment)
				.bind(prefix, Bindable.ofInstance(target),
						new NoUnboundElementsBindHandler(new IgnoreErrorsBindHandler(), (source) -> true));
			return List.of();
		}
		catch (BindException ex) {
			if (!(ex.getCause() instanceof UnboundConfigurationPropertiesException unbound)) {
				return List.of();
			}
			return unbound.getUnboundProperties()
				.stream()
				.filter((property) -> ignoredPrefixes.stream()
					.noneMatch((ignored) -> property.getName().toString().startsWith(ignored + ".")))
				.sorted(Comparator.comparing((property) -> property.getName().toString()))
				.toList();
		}
	}

	private static List<String> knownProperties(String prefix, @Nullable ClassLoader classLoader) {
		Set<String> names = new TreeSet<>();
		try {
			ClassLoader loader = (classLoader != null) ? classLoader : ClassLoader.getSystemClassLoader();
			Enumeration<URL> resources = loader.getResources(METADATA);
			for (URL resource : Collections.list(resources)) {
				try (InputStream input = resource.openStream()) {
					Map<String, Object> metadata = JsonParserFactory.getJsonParser()
						.parseMap(StreamUtils.copyToString(input, StandardCharsets.UTF_8));
					if (metadata.get("properties") instanceof List<?> properties) {
						properties.stream()
							.filter(Map.class::isInstance)
							.map((property) -> String.valueOf(((Map<?, ?>) property).get("name")))
							.filter((name) -> name.startsWith(prefix + "."))
							.forEach(names::add);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(names);
	}

	private static @Nullable String closest(String name, String prefix, List<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			String concrete = withMapKeyOf(candidate, name);
			int distance = distance(name, concrete);
			if (distance < bestDistance) {
				best = concrete;
				bestDistance = distance;
			}
		}
		int tolerated = Math.max(2, (name.length() - prefix.length()) / 3);
		return (best != null && bestDistance <= tolerated) ? best : null;
	}

	private static String withMapKeyOf(String candidate, String name) {
		int wildcard = candidate.indexOf("." + MAP_KEY + ".");
		if (wildcard < 0 || !name.startsWith(candidate.substring(0, wildcard + 1))) {
			return candidate;
		}
		String rest = name.substring(wildcard + 1);
		int end = rest.indexOf('.');
		String key = (end < 0) ? rest : rest.substring(0, end);
		return candidate.substring(0, wildcard + 1) + key + candidate.substring(wildcard + 2);
	}

	private static int distance(String left, String right) {
		int[] previous = new int[right.length() + 1];
		int[] current = new int[right.length() + 1];
		for (int j = 0; j <= right.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= left.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= right.length(); j++) {
				int substitution = previous[j - 1] + ((left.charAt(i - 1) == right.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[right.length()];
	}

}
