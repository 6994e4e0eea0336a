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

package io.github.ddbstreams.dispatch;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Maps logical table names to the physical names of one deployment and back, the way Jets
 * does: with namespace {@code demo-dev} and separator {@code _}, logical
 * {@code test-table} is physical {@code demo-dev_test-table}.
 *
 * @param namespace the namespace, empty for none
 * @param separator what joins the namespace and the logical name
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public record TableNamespace(String namespace, String separator) {

	private static final String TABLE_SEGMENT = ":table/";

	private static final String STREAM_SEGMENT = "/stream/";

	/**
	 * A namespace that leaves names as they are.
	 */
	public static final TableNamespace NONE = new TableNamespace("", "");

	/**
	 * Return the physical name of a table.
	 * @param logicalName the logical name
	 * @return the name of the table in DynamoDB
	 */
	public String physicalName(String logicalName) {
		return StringUtils.hasLength(this.namespace) ? this.namespace + this.separator + logicalName : logicalName;
	}

	/**
	 * Return the logical name of a table: its physical name without the namespace. A name
	 * outside the namespace is its own logical name.
	 * @param physicalName the name of the table in DynamoDB
	 * @return the logical name
	 */
	public String logicalName(String physicalName) {
		String prefix = this.namespace + this.separator;
		if (StringUtils.hasLength(this.namespace) && physicalName.startsWith(prefix)
				&& physicalName.length() > prefix.length()) {
			return physicalName.substring(prefix.length());
		}
		return physicalName;
	}

	/**
	 * Return whether a table reference is an ARN rather than a name.
	 * @param table a logical table name or an ARN
	 * @return whether it is an ARN
	 */
	public static boolean isArn(String table) {
		return table.startsWith("arn:");
	}

	/**
	 * Return the physical table name in a table or stream ARN such as
	 * {@code arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2015-06-27T00:48:05.899}.
	 * @param arn the ARN
	 * @return the table name, or {@code null} when the value is not a DynamoDB table or
	 * stream ARN
	 */
	public static @Nullable String tableNameOf(@Nullable String arn) {
		if (arn == null || !arn.startsWith("arn:")) {
			return null;
		}
		int table = arn.indexOf(TABLE_SEGMENT);
		if (table < 0) {
			return null;
		}
		int start = table + TABLE_SEGMENT.length();
		int end = arn.indexOf('/', start);
		String name = (end < 0) ? arn.substring(start) : arn.substring(start, end);
		return name.isEmpty() ? null : name;
	}

	/**
	 * Return the table ARN of a stream ARN: the part before {@code /stream/}.
	 * @param arn a table or stream ARN
	 * @return the table ARN
	 */
	public static String tableArnOf(String arn) {
		int stream = arn.indexOf(STREAM_SEGMENT);
		return (stream < 0) ? arn : arn.substring(0, stream);
	}

}
