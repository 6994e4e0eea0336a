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
 * Reads the text of an N value, or of a member of an NS value, the way DynamoDB stores
 * numbers: a decimal number, optionally signed, with an optional exponent, of at most
 * {@value #MAX_SIGNIFICANT_DIGITS} significant digits (leading and trailing zeros do not
 * count), and zero or of a magnitude from {@code 1E-130} to
 * {@code 9.9999999999999999999999999999999999999E+125}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class NumberText {

	/**
	 * The most significant digits of a DynamoDB number.
	 */
	static final int MAX_SIGNIFICANT_DIGITS = 38;

	/**
	 * The text is a number that DynamoDB stores.
	 */
	static final int STORABLE = 0;

	/**
	 * The text is not a decimal number.
	 */
	static final int NOT_A_NUMBER = 1;

	/**
	 * The number has more significant digits than DynamoDB keeps.
	 */
	static final int TOO_PRECISE = 2;

	/**
	 * The number is neither zero nor of a magnitude within DynamoDB's range.
	 */
	static final int OUT_OF_RANGE = 3;

	private static final int SMALLEST_POWER = -130;

	private static final int LARGEST_POWER = 125;

	private static final int EXPONENT_CAP = 1_000_000;

	private NumberText() {
	}

	/**
	 * Read a number.
	 * @param text the characters that hold it
	 * @param offset where it starts
	 * @param length how many characters it has
	 * @return {@link #STORABLE}, {@link #NOT_A_NUMBER}, {@link #TOO_PRECISE} or
	 * {@link #OUT_OF_RANGE}
	 */
	static int check(char[] text, int offset, int length) {
		int end = offset + length;
		int i = offset;
		if (i < end && (text[i] == '-' || text[i] == '+')) {
			i++;
		}
		int digits = 0;
		int first = -1;
		int last = -1;
		char c;
		while (i < end && (c = text[i]) >= '0' && c <= '9') {
			if (c != '0') {
				first = (first < 0) ? digits : first;
				last = digits;
			}
			digits++;
			i++;
		}
		int integerDigits = digits;
		if (i < end && text[i] == '.') {
			i++;
			while (i < end && (c = text[i]) >= '0' && c <= '9') {
				if (c != '0') {
					first = (first < 0) ? digits : first;
					last = digits;
				}
				digits++;
				i++;
			}
		}
		if (digits == 0) {
			return NOT_A_NUMBER;
		}
		long exponent = 0;
		if (i < end && (text[i] == 'e' || text[i] == 'E')) {
			i++;
			boolean negative = false;
			if (i < end && (text[i] == '-' || text[i] == '+')) {
				negative = text[i] == '-';
				i++;
			}
			int exponentDigits = 0;
			while (i < end && (c = text[i]) >= '0' && c <= '9') {
				exponent = Math.min(exponent * 10 + (c - '0'), EXPONENT_CAP);
				exponentDigits++;
				i++;
			}
			if (exponentDigits == 0) {
				return NOT_A_NUMBER;
			}
			exponent = negative ? -exponent : exponent;
		}
		if (i != end) {
			return NOT_A_NUMBER;
		}
		if (first < 0) {
			return STORABLE;
		}
		if (last - first + 1 > MAX_SIGNIFICANT_DIGITS) {
			return TOO_PRECISE;
		}
		long power = integerDigits - 1 - first + exponent;
		return (power < SMALLEST_POWER || power > LARGEST_POWER) ? OUT_OF_RANGE : STORABLE;
	}

}
