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

package io.github.ddbstreams.listener;

import org.jspecify.annotations.Nullable;

/**
 * Makes strings that come from a stream event, such as sequence numbers and event source
 * ARNs, safe to write into one log line or exception message: control characters
 * (newlines included) and backslashes are escaped, and long strings are cut short, so
 * that no event can split a log line or flood it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class LogText {

	/**
	 * The most characters of one string that are written; longer strings are cut short.
	 */
	public static final int MAX_LENGTH = 200;

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private LogText() {
	}

	/**
	 * Return a string as it may be written into a log line.
	 * @param value the string from the event, or {@code null}
	 * @return the string with control characters and backslashes escaped as JSON escapes
	 * them, cut short after {@link #MAX_LENGTH} characters with {@code ...}; {@code null}
	 * for {@code null}
	 */
	public static String escape(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		if (isSafe(value)) {
			return value;
		}
		int length = Math.min(value.length(), MAX_LENGTH);
		StringBuilder escaped = new StringBuilder(length + 16);
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c == '\\') {
				escaped.append("\\\\");
			}
			else if (c == '\n') {
				escaped.append("\\n");
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else if (c == '\t') {
				escaped.append("\\t");
			}
			else if (isControl(c)) {
				escaped.append("\\u")
					.append(HEX[c >> 12])
					.append(HEX[(c >> 8) & 0xF])
					.append(HEX[(c >> 4) & 0xF])
					.append(HEX[c & 0xF]);
			}
			else {
				escaped.append(c);
			}
		}
		if (value.length() > MAX_LENGTH) {
			escaped.append("...");
		}
		return escaped.toString();
	}

	private static boolean isSafe(String value) {
		if (value.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' || isControl(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
	}

}
