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

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Readable CloudFormation logical ids derived from names: {@code test-table} gives
 * {@code TestTable}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class LogicalIds {

	private LogicalIds() {
	}

	/**
	 * Return a name in upper camel case, without the characters a logical id cannot have.
	 * @param name a name such as {@code demo_test-table.v2}
	 * @return the logical id, such as {@code DemoTestTableV2}, empty when the name has no
	 * letter or digit
	 */
	static String of(String name) {
		StringBuilder id = new StringBuilder();
		boolean wordStart = true;
		for (char character : name.toCharArray()) {
			if (isAlphanumeric(character)) {
				id.append(wordStart ? Character.toUpperCase(character) : character);
				wordStart = false;
			}
			else {
				wordStart = true;
			}
		}
		return id.toString();
	}

	/**
	 * Return a logical id for a name that makes it distinct from other names with the
	 * same letters and digits, such as {@code test-table} and {@code test_table}.
	 * @param name the name
	 * @return the logical id, followed by a checksum of the name
	 */
	static String distinct(String name) {
		CRC32 checksum = new CRC32();
		checksum.update(name.getBytes(StandardCharsets.UTF_8));
		return of(name) + Long.toHexString(checksum.getValue()).toUpperCase(Locale.ROOT);
	}

	private static boolean isAlphanumeric(char character) {
		return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
				|| (character >= '0' && character <= '9');
	}

}
