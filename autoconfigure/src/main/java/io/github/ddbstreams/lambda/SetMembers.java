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

/**
 * The members of one SS, NS or BS value read so far, to tell a member that comes twice:
 * strings as they are ({@link #addText}), numbers by value and binaries by their bytes,
 * as the caller gives them ({@link #add}). One instance serves every set of an event, one
 * set at a time, and each set holds members of one kind.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class SetMembers {

	private static final int LINEAR = 16;

	private final Object[] few = new Object[LINEAR];

	private int size;

	private @Nullable Set<Object> many;

	private char[] texts = new char[256];

	private final int[] textEnds = new int[LINEAR];

	/**
	 * Forget the members of the previous set.
	 */
	void start() {
		for (int i = 0; i < this.size; i++) {
			this.few[i] = null;
		}
		this.size = 0;
		this.many = null;
	}

	/**
	 * Add a member of an SS value, as the parser holds its characters, without making a
	 * string of it while the set is small.
	 * @param text the characters
	 * @param offset where the member starts
	 * @param length how many characters it has
	 * @return whether the set did not have the member yet
	 */
	boolean addText(char[] text, int offset, int length) {
		if (this.many != null || this.size == LINEAR) {
			return addTextToMany(text, offset, length);
		}
		int start = (this.size == 0) ? 0 : this.textEnds[this.size - 1];
		for (int i = 0; i < this.size; i++) {
			int from = (i == 0) ? 0 : this.textEnds[i - 1];
			if (Arrays.equals(this.texts, from, this.textEnds[i], text, offset, offset + length)) {
				return false;
			}
		}
		if (start + length > this.texts.length) {
			this.texts = Arrays.copyOf(this.texts, Math.max(this.texts.length * 2, start + length));
		}
		System.arraycopy(text, offset, this.texts, start, length);
		this.textEnds[this.size] = start + length;
		this.few[this.size++] = Boolean.TRUE;
		return true;
	}

	private boolean addTextToMany(char[] text, int offset, int length) {
		Set<Object> many = this.many;
		if (many == null) {
			many = new HashSet<>();
			for (int i = 0; i < this.size; i++) {
				int from = (i == 0) ? 0 : this.textEnds[i - 1];
				many.add(new String(this.texts, from, this.textEnds[i] - from));
			}
			this.many = many;
		}
		return many.add(new String(text, offset, length));
	}

	/**
	 * Add a member.
	 * @param member the member, with equality as the set's type compares members
	 * @return whether the set did not have the member yet
	 */
	boolean add(Object member) {
		Set<Object> many = this.many;
		if (many != null) {
			return many.add(member);
		}
		for (int i = 0; i < this.size; i++) {
			if (member.equals(this.few[i])) {
				return false;
			}
		}
		if (this.size == LINEAR) {
			many = new HashSet<>();
			for (Object seen : this.few) {
				many.add(seen);
			}
			this.many = many;
			return many.add(member);
		}
		this.few[this.size++] = member;
		return true;
	}

}
