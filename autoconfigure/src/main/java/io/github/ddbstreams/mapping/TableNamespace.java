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
	 * Return whether a name already starts with this namespace and its separator, so that
	 * using it as a logical name would apply the namespace twice.
	 * @param name a table name
	 * @return whether the name carries the namespace
	 */
	public boolean carries(String name) {
		String prefix = this.namespace + this.separator;
		return StringUtils.hasLength(this.namespace) && name.startsWith(prefix) && name.length() > prefix.length();
	}

}
