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

import io.github.ddbstreams.mapping.DynamoDbArn;
import io.github.ddbstreams.mapping.StreamTable;
import io.github.ddbstreams.sam.StreamLocation.Kind;

/**
 * The stream of one table in the template: the table, its logical id, and where its
 * stream comes from.
 *
 * @param table the table
 * @param id the logical id of the table, the base of the ids of its event and parameter
 * @param location where the stream comes from
 * @author DynamoDB Streams for Spring Boot contributors
 */
record TableStream(StreamTable table, String id, StreamLocation location) {

	String tableName() {
		return this.table.tableName();
	}

	Kind kind() {
		return this.location.kind();
	}

	Object streamArn() {
		return this.location.streamArn();
	}

	String parameterId() {
		return parameterId(this.id);
	}

	static String parameterId(String tableId) {
		return tableId + "StreamArn";
	}

	Object streamsOfTable() {
		return switch (this.location.kind()) {
			case EXPLICIT, LOOKED_UP -> DynamoDbArn.tableArnOf((String) this.location.streamArn()) + "/stream/*";
			case CREATED -> Intrinsic.sub("${" + this.id + ".Arn}/stream/*");
			case PARAMETER -> Intrinsic.sub("arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/"
					+ tableName() + "/stream/*");
		};
	}

	Object streamName() {
		if (this.location.streamArn() instanceof String arn) {
			String label = DynamoDbArn.streamLabelOf(arn);
			return (label != null) ? label : arn;
		}
		return Intrinsic.select(3, Intrinsic.split("/", this.location.streamArn()));
	}

}
