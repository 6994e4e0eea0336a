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

import java.util.List;
import java.util.regex.Pattern;

import io.github.ddbstreams.listener.RequiredImages;
import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.mapping.TableDefinition;
import io.github.ddbstreams.sam.StreamArnResolver.Found;
import io.github.ddbstreams.sam.StreamArnResolver.IncompatibleAwsSdk;
import io.github.ddbstreams.sam.StreamArnResolver.StreamDisabled;
import io.github.ddbstreams.sam.StreamArnResolver.TableNotFound;
import io.github.ddbstreams.sam.StreamArnResolver.Unavailable;
import io.github.ddbstreams.sam.StreamLocation.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Finds the stream of each table, in this order: its {@code stream-arn}; the table the
 * template creates ({@code create}); its latest stream, looked up with a
 * {@link StreamArnResolver}; a template parameter when the lookup cannot run. A stream
 * that is off, or lacks the images the listeners read, is a problem that names the AWS
 * CLI command that fixes it.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamLocator {

	private static final Pattern STREAM_ARN = Pattern
		.compile("arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[a-zA-Z0-9_.-]{3,255}/stream/[^*?\\s]+");

	private final @Nullable StreamArnResolver resolver;

	private final @Nullable StreamLookupSettings lookup;

	StreamLocator(@Nullable StreamArnResolver resolver, @Nullable StreamLookupSettings lookup) {
		this.resolver = resolver;
		this.lookup = lookup;
	}

	/**
	 * Find the stream of a table.
	 * @param table the table
	 * @param id the logical id of the table
	 * @param problems where to add what prevents a working template
	 * @return where the stream comes from, or {@code null} when it cannot be used
	 */
	@Nullable StreamLocation locate(StreamTable table, String id, List<String> problems) {
		TableDefinition definition = table.definition();
		RequiredImages images = table.images();
		String property = table.property();
		String tableName = table.tableName();
		String streamArn = table.settings().streamArn();
		if (streamArn != null) {
			if (definition.create()) {
				problems.add(property + ".stream-arn: the table cannot have a stream ARN when the template creates it ("
						+ property + ".create=true); remove one of them");
			}
			else if (!STREAM_ARN.matcher(streamArn).matches()) {
				problems.add(property + ".stream-arn: " + streamArn + " must be a DynamoDB stream ARN such as"
						+ " arn:aws:dynamodb:us-east-1:123456789012:table/" + tableName
						+ "/stream/2026-01-01T00:00:00.000");
			}
			else if (!tableName.equals(DynamoDbArn.tableNameOf(streamArn))) {
				problems.add(property + ".stream-arn: " + streamArn + " is a stream of table "
						+ DynamoDbArn.tableNameOf(streamArn) + ", not of " + tableName
						+ ", so the function would ignore its records");
			}
			return new StreamLocation(Kind.EXPLICIT, streamArn, "");
		}
		if (definition.create()) {
			if (table.isArn()) {
				problems.add(property + ".create: the template cannot create a table named by an ARN");
			}
			if (definition.partitionKey() == null) {
				problems.add(property + ".partition-key: required to create the table (" + property + ".create=true)");
			}
			String viewType = definition.streamViewType().name();
			if (!images.isSatisfiedBy(viewType)) {
				problems.add(property + ".stream-view-type: " + viewType + " lacks the images that the listeners of "
						+ tableName + " read (" + images + "); set it to " + images.minimalStreamViewType()
						+ " or NEW_AND_OLD_IMAGES");
			}
			return new StreamLocation(Kind.CREATED, Intrinsic.getAtt(id, "StreamArn"), "");
		}
		if (DynamoDbArn.isStreamArn(table.reference())) {
			if (!STREAM_ARN.matcher(table.reference()).matches()) {
				problems.add("Table " + table.reference() + ": not a DynamoDB stream ARN such as"
						+ " arn:aws:dynamodb:us-east-1:123456789012:table/" + tableName
						+ "/stream/2026-01-01T00:00:00.000");
			}
			return new StreamLocation(Kind.EXPLICIT, table.reference(), "");
		}
		if (this.resolver == null) {
			return new StreamLocation(Kind.PARAMETER, Intrinsic.ref(TableStream.parameterId(id)),
					"the stream lookup is disabled (dynamodb.streams.sam.stream-lookup.enabled=false)");
		}
		StreamArnResolver.Result lookup = this.resolver.lookUp(table.isArn() ? table.reference() : tableName);
		if (lookup instanceof Found found) {
			if (!images.isSatisfiedBy(found.streamViewType())) {
				problems.add("Table " + tableName + " streams " + found.streamViewType()
						+ ", which lacks the images its listeners read (" + images + "). A stream's view type cannot"
						+ " change while it is enabled: disable the stream, then enable it with "
						+ images.minimalStreamViewType() + " (the new stream has a new ARN):" + System.lineSeparator()
						+ "    " + updateTable(tableName, "StreamEnabled=false") + System.lineSeparator() + "    "
						+ updateTable(tableName,
								"StreamEnabled=true,StreamViewType=" + images.minimalStreamViewType()));
			}
			return new StreamLocation(Kind.LOOKED_UP, found.streamArn(), "");
		}
		if (lookup instanceof StreamDisabled) {
			problems.add("Table " + tableName + " has no enabled stream. Enable it with:" + System.lineSeparator()
					+ "    "
					+ updateTable(tableName, "StreamEnabled=true,StreamViewType=" + images.minimalStreamViewType()));
		}
		else if (lookup instanceof TableNotFound notFound) {
			problems.add("Table " + tableName + " does not exist (" + notFound.message() + "). Create it, let the"
					+ " template create it (" + property + ".create=true with " + property + ".partition-key), or name"
					+ " its stream (" + property + ".stream-arn)");
		}
		else if (lookup instanceof IncompatibleAwsSdk incompatible) {
			problems.add(AwsSdkVersions.linkageErrorProblem(incompatible.error()));
		}
		else if (lookup instanceof Unavailable unavailable) {
			return new StreamLocation(Kind.PARAMETER, Intrinsic.ref(TableStream.parameterId(id)), unavailable.reason());
		}
		return null;
	}

	private String updateTable(String tableName, String streamSpecification) {
		StringBuilder command = new StringBuilder("aws dynamodb update-table --table-name ").append(tableName)
			.append(" --stream-specification ")
			.append(streamSpecification);
		StreamLookupSettings lookup = this.lookup;
		if (lookup != null && lookup.region() != null) {
			command.append(" --region ").append(lookup.region());
		}
		if (lookup != null && lookup.endpoint() != null) {
			command.append(" --endpoint-url ").append(lookup.endpoint());
		}
		return command.toString();
	}

}
