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

package io.github.ddbstreams.lambda;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The keys of one JSON object read so far, to tell a key that comes twice: known fields
 * by their index, other keys by name (the parser hands out one instance per name, so most
 * comparisons are by identity).
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class ObjectKeys {

	private int known;

	private @Nullable String[] names = new String[4];

	private int size;

	private @Nullable Set<String> many;

	/**
	 * Add a key that is not a known field.
	 * @param name the key
	 * @return whether the object did not have the key yet
	 */
	boolean add(String name) {
		return add(name, PropertyNameMatcher.MATCH_UNKNOWN_NAME);
	}

	/**
	 * Add a key.
	 * @param name the key, or {@code null} for a known field
	 * @param field the index of the known field, or a negative number for another key
	 * @return whether the object did not have the key yet
	 */
	boolean add(@Nullable String name, int field) {
		if (field >= 0) {
			int bit = 1 << field;
			boolean first = (this.known & bit) == 0;
			this.known |= bit;
			return first;
		}
		if (name == null) {
			return true;
		}
		Set<String> many = this.many;
		if (many != null) {
			return many.add(name);
		}
		for (int i = 0; i < this.size; i++) {
			String seen = this.names[i];
			if (seen == name || name.equals(seen)) {
				return false;
			}
		}
		if (this.size == 16) {
			many = new HashSet<>();
			for (String seen : this.names) {
				many.add(seen);
			}
			this.many = many;
			return many.add(name);
		}
		if (this.size == this.names.length) {
			this.names = Arrays.copyOf(this.names, this.size * 2);
		}
		this.names[this.size++] = name;
		return true;
	}

}
