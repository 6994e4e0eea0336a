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

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Reports an invalid value of a {@code dynamodb.streams} property under its canonical
 * kebab-case name (such as {@code tables.test-table.batch-size}), so that Spring Boot's
 * failure analysis prints the name as the user wrote it, with the origin of the value.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class InvalidPropertyReporter {

	private InvalidPropertyReporter() {
	}

	/**
	 * Report an invalid value.
	 * @param errors the errors of the validation
	 * @param property the property below {@code dynamodb.streams}, in kebab case
	 * @param value the invalid value
	 * @param reason why the value is invalid, with the allowed range
	 */
	static void reject(Errors errors, String property, @Nullable Object value, String reason) {
		Object shown = (value instanceof Duration duration) ? format(duration)
				: (value instanceof DataSize size) ? format(size) : value;
		if (errors instanceof BindingResult result) {
			result.addError(new FieldError(errors.getObjectName(), property, shown, false, new String[] { "invalid" },
					null, reason));
		}
		else {
			errors.reject("invalid", property + " " + reason);
		}
	}

	private static String format(DataSize size) {
		return (size.toBytes() % (1024 * 1024) == 0) ? size.toMegabytes() + "MB" : size.toBytes() + "B";
	}

	private static String format(Duration duration) {
		return (duration.getNano() == 0) ? duration.getSeconds() + "s" : duration.toMillis() + "ms";
	}

}
