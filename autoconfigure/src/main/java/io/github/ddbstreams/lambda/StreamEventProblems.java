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

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.ddbstreams.dispatch.InvalidStreamEventException;
import io.github.ddbstreams.listener.LogText;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The problems that {@link StreamEventReader} finds in one stream event, and the messages
 * that report them: each says where it is, in the event (the record, by index and
 * sequence number, and the part of it) and in the JSON (line and column), and none
 * carries item data.
 * <p>
 * A problem that leaves the JSON readable is kept, the first one of each record, to be
 * reported when the record ends; the others are thrown where they are.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StreamEventProblems {

	private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

	private final JsonParser parser;

	private int recordIndex = -1;

	private @Nullable String sequenceNumber;

	private @Nullable String problem;

	private @Nullable String part;

	StreamEventProblems(JsonParser parser) {
		this.parser = parser;
	}

	/**
	 * Start a record: its problems are reported with its number, counted from 1 as the
	 * dispatcher counts records.
	 * @param index the index of the record in the event
	 */
	void startRecord(int index) {
		this.recordIndex = index;
		this.sequenceNumber = null;
		this.problem = null;
	}

	/**
	 * End the record: problems are of the event again.
	 */
	void endRecord() {
		this.recordIndex = -1;
		this.sequenceNumber = null;
	}

	/**
	 * Name the record being read by its sequence number as well.
	 * @param sequenceNumber the sequence number, not blank
	 */
	void sequenceNumber(String sequenceNumber) {
		this.sequenceNumber = sequenceNumber;
	}

	/**
	 * Start the keys or an image of the record: the message of a JSON error then names
	 * this part and leaves out the input it quotes, which may be item data.
	 * @param part {@code Keys}, {@code NewImage} or {@code OldImage}
	 */
	void startPart(String part) {
		this.part = part;
	}

	/**
	 * End the part of the record started last.
	 */
	void endPart() {
		this.part = null;
	}

	/**
	 * Keep a problem of the record being read, unless it has one already.
	 * @param problem what is wrong, a sentence that follows the record's name
	 */
	void problem(String problem) {
		if (this.problem == null) {
			this.problem = problem;
		}
	}

	/**
	 * Throw the first problem kept for the record, if any.
	 * @throws InvalidStreamEventException if the record has a problem
	 */
	void throwFirstProblem() {
		if (this.problem != null) {
			throw invalidRecord(this.problem);
		}
	}

	/**
	 * Return the exception for a problem of the record being read.
	 * @param problem what is wrong, a sentence that follows the record's name
	 * @return the exception
	 */
	InvalidStreamEventException invalidRecord(String problem) {
		return invalidRecord(this.recordIndex + 1, this.sequenceNumber, problem);
	}

	/**
	 * Return the exception for a problem of a record of an event.
	 * @param number the number of the record in the event, counted from 1
	 * @param sequenceNumber its sequence number, or {@code null} when not known
	 * @param problem what is wrong, a sentence that follows the record's name
	 * @return the exception
	 */
	static InvalidStreamEventException invalidRecord(int number, @Nullable String sequenceNumber, String problem) {
		return new InvalidStreamEventException(
				recordName("Record", number, sequenceNumber) + " of the DynamoDB stream event " + problem);
	}

	/**
	 * Return the exception for a problem of the record being read, or of the event when
	 * no record is.
	 * @param problem what is wrong, a sentence that follows the record's name
	 * @return the exception
	 */
	InvalidStreamEventException invalid(String problem) {
		return (this.recordIndex >= 0) ? invalidRecord(problem)
				: new InvalidStreamEventException("Lambda event " + problem);
	}

	private static String recordName(String word, int number, @Nullable String sequenceNumber) {
		return (sequenceNumber != null)
				? word + " " + number + " (SequenceNumber " + LogText.escape(sequenceNumber) + ")"
				: word + " " + number;
	}

	/**
	 * Return the exception for JSON that cannot be read, or that exceeds a limit of the
	 * reader.
	 * @param ex the error of the JSON reader
	 * @return the exception
	 */
	InvalidStreamEventException unreadable(JacksonException ex) {
		TokenStreamLocation location = (ex.getLocation() != null) ? ex.getLocation() : currentLocation();
		String original = START_MARKER.matcher(String.valueOf(ex.getOriginalMessage())).replaceAll("");
		String where = JsonErrorLocation.of(location);
		if (ex instanceof StreamConstraintsException) {
			String problem = original.contains("nesting depth")
					? "nests JSON deeper than " + StreamEventDecoder.MAX_NESTING_DEPTH + " levels" + where
					: "exceeds a limit of the JSON reader" + where + ": " + original;
			return invalid(problem);
		}
		String place = "";
		if (this.recordIndex >= 0) {
			place = " in " + ((this.part != null) ? "'dynamodb." + this.part + "' of " : "")
					+ recordName("record", this.recordIndex + 1, this.sequenceNumber) + " of the DynamoDB stream event";
		}
		return new InvalidStreamEventException("Input is not valid JSON: "
				+ ((this.part != null) ? withoutInput(original) : original) + where + place);
	}

	private static String withoutInput(String original) {
		int end = original.length();
		for (char delimiter : new char[] { '\'', '"', '(', ':' }) {
			int index = original.indexOf(delimiter);
			if (index >= 0 && index < end) {
				end = index;
			}
		}
		return original.substring(0, end).trim();
	}

	/**
	 * Return where the current token is, for a message.
	 * @return {@code " (line L, column C)"}, or an empty string when it is not known
	 */
	String tokenLocation() {
		return JsonErrorLocation.of(this.parser.currentTokenLocation());
	}

	private TokenStreamLocation currentLocation() {
		try {
			return this.parser.currentLocation();
		}
		catch (RuntimeException ex) {
			return TokenStreamLocation.NA;
		}
	}

	/**
	 * Name the kind of JSON value a token starts, for a message.
	 * @param token the token, or {@code null} at the end of the input
	 * @return the kind, with its article
	 */
	static String kind(@Nullable JsonToken token) {
		if (token == null) {
			return "nothing";
		}
		return switch (token) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "an array";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			case VALUE_NULL -> "null";
			default -> "a " + token.name().toLowerCase(Locale.ROOT);
		};
	}

}
