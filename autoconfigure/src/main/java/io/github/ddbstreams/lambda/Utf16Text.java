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

/**
 * Tells whether text is well-formed UTF-16, as every DynamoDB string is: each high
 * surrogate followed by a low surrogate, and no low surrogate without one before it. JSON
 * can carry an unpaired surrogate as an escape ({@code \uD800}), which no UTF-8 encoding
 * of a DynamoDB string holds.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class Utf16Text {

	private Utf16Text() {
	}

	/**
	 * Return whether characters are well-formed UTF-16.
	 * @param text the characters
	 * @param offset where the text starts
	 * @param length how many characters it has
	 * @return whether every surrogate is paired
	 */
	static boolean isWellFormed(char[] text, int offset, int length) {
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			char c = text[i];
			if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
				if (c > Character.MAX_HIGH_SURROGATE || i + 1 == end || !Character.isLowSurrogate(text[i + 1])) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

	/**
	 * Return whether a string is well-formed UTF-16.
	 * @param text the string
	 * @return whether every surrogate is paired
	 */
	static boolean isWellFormed(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
				if (c > Character.MAX_HIGH_SURROGATE || i + 1 == length
						|| !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

}
