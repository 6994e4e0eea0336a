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

/**
 * A CloudFormation intrinsic function in a template, written in its short YAML form such
 * as {@code !GetAtt Table.StreamArn}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
sealed interface Intrinsic {

	/**
	 * Return the YAML tag of the function, such as {@code !Ref}.
	 * @return the tag
	 */
	String tag();

	/**
	 * Return the argument of the function: a string for a scalar form, a list for a
	 * sequence form.
	 * @return the argument
	 */
	Object argument();

	/**
	 * Return a reference to a parameter or resource.
	 * @param logicalId the logical id of the parameter or resource
	 * @return the reference
	 */
	static Intrinsic ref(String logicalId) {
		return new Scalar("!Ref", logicalId);
	}

	/**
	 * Return an attribute of a resource.
	 * @param logicalId the logical id of the resource
	 * @param attribute the attribute, such as {@code StreamArn}
	 * @return the attribute reference
	 */
	static Intrinsic getAtt(String logicalId, String attribute) {
		return new Scalar("!GetAtt", logicalId + "." + attribute);
	}

	/**
	 * Return a string with <code>${...}</code> variables substituted.
	 * @param template the string with its variables
	 * @return the substitution
	 */
	static Intrinsic sub(String template) {
		return new Scalar("!Sub", template);
	}

	/**
	 * Return one element of a list.
	 * @param index the index of the element
	 * @param list the list
	 * @return the selection
	 */
	static Intrinsic select(int index, Object list) {
		return new Sequence("!Select", List.of(index, list));
	}

	/**
	 * Return the parts of a string between a delimiter.
	 * @param delimiter the delimiter
	 * @param source the string
	 * @return the split
	 */
	static Intrinsic split(String delimiter, Object source) {
		return new Sequence("!Split", List.of(delimiter, source));
	}

	/**
	 * An intrinsic function with a scalar argument.
	 *
	 * @param tag the YAML tag
	 * @param argument the argument
	 */
	record Scalar(String tag, String argument) implements Intrinsic {

	}

	/**
	 * An intrinsic function with a list of arguments.
	 *
	 * @param tag the YAML tag
	 * @param argument the arguments
	 */
	record Sequence(String tag, List<Object> argument) implements Intrinsic {

	}

}
