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

package io.github.ddbstreams.mapping;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the parts of DynamoDB table and stream ARNs, such as
 * {@code arn:aws:dynamodb:us-east-1:123456789012:table/demo-dev_test-table/stream/2015-06-27T00:48:05.899}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public final class DynamoDbArn {

	private static final String TABLE_SEGMENT = ":table/";

	private static final String STREAM_SEGMENT = "/stream/";

	/**
	 * The form of a DynamoDB table stream ARN, as it reads in words.
	 */
	public static final String TABLE_STREAM_ARN_FORM = "arn:<partition>:dynamodb:<region>:<account>:table/<name>/stream/<label>";

	private static final Pattern TABLE_STREAM_ARN = Pattern
		.compile("arn:[a-z][a-z0-9-]*:dynamodb:[a-z0-9-]+:[0-9]{12}:table/[A-Za-z0-9_.-]{1,255}/stream/[^/\\s]+");

	private DynamoDbArn() {
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
	 * Return whether an ARN names a stream of a table rather than the table.
	 * @param arn an ARN
	 * @return whether it contains {@code /stream/}
	 */
	public static boolean isStreamArn(String arn) {
		return isArn(arn) && arn.contains(STREAM_SEGMENT);
	}

	/**
	 * Return whether a value is the ARN of a DynamoDB table's stream, the
	 * {@code eventSourceARN} of every record DynamoDB Streams delivers:
	 * {@value #TABLE_STREAM_ARN_FORM}, with a twelve-digit account and a table name of
	 * the characters DynamoDB allows ({@code A-Z a-z 0-9 _ - .}, at most 255).
	 * @param arn the value
	 * @return whether it is a table stream ARN
	 */
	public static boolean isTableStreamArn(String arn) {
		return TABLE_STREAM_ARN.matcher(arn).matches();
	}

	/**
	 * Return the physical table name in a table or stream ARN.
	 * @param arn the ARN
	 * @return the table name, or {@code null} when the value is not a DynamoDB table or
	 * stream ARN
	 */
	public static @Nullable String tableNameOf(@Nullable String arn) {
		if (arn == null || !isArn(arn)) {
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

	/**
	 * Return the label of a stream ARN: the part after {@code /stream/}.
	 * @param arn a stream ARN
	 * @return the stream label, or {@code null} when the ARN names no stream
	 */
	public static @Nullable String streamLabelOf(String arn) {
		int stream = arn.indexOf(STREAM_SEGMENT);
		return (stream < 0) ? null : arn.substring(stream + STREAM_SEGMENT.length());
	}

}
