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

import java.util.ArrayDeque;
import java.util.Deque;

import io.github.ddbstreams.listener.LogText;
import tools.jackson.core.TokenStreamContext;

/**
 * Names where the parser is inside the keys or an image of a stream record, as a path
 * from the part: {@code NewImage.address.city}, {@code NewImage.tags[2]}. In the JSON of
 * attribute values, containers of attributes (the part itself, the object of an M value,
 * the array of an L or set value) and the objects of one DynamoDB type alternate: the
 * containers give the steps, the typed objects none.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class AttributePath {

	private AttributePath() {
	}

	/**
	 * Return the path of the value the parser is at.
	 * @param context the parser's current context, inside the part
	 * @param part the name of the part ({@code Keys}, {@code NewImage}, {@code OldImage})
	 * @param partDepth the nesting depth of the part's object
	 * @return the path
	 */
	static String of(TokenStreamContext context, String part, int partDepth) {
		Deque<String> steps = new ArrayDeque<>();
		TokenStreamContext step = context;
		while (step != null && step.getNestingDepth() >= partDepth) {
			if ((step.getNestingDepth() - partDepth) % 2 == 0) {
				steps.push(step.inArray() ? "[" + step.getCurrentIndex() + "]"
						: "." + LogText.escape(String.valueOf(step.currentName())));
			}
			step = step.getParent();
		}
		StringBuilder path = new StringBuilder(part);
		steps.forEach(path::append);
		return path.toString();
	}

}
