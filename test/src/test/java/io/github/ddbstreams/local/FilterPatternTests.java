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

package io.github.ddbstreams.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link FilterPattern}, with the rules of Lambda's filter rule syntax applied
 * to a DynamoDB stream record.
 */
class FilterPatternTests {

	private static final JsonNode RECORD = JsonMapper.builder()
		.build()
		.readTree(
				"""
						{"eventID":"1","eventName":"MODIFY","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1",
						 "dynamodb":{"ApproximateCreationDateTime":1763683200,"Keys":{"CustomerName":{"S":"AnyCompany Industries"}},
						  "NewImage":{"CustomerName":{"S":"AnyCompany Industries"},"AccountManager":{"S":"Pat Candella"},
						   "PaymentTerms":{"S":"60 days"},"Active":{"BOOL":true},"Tags":{"SS":["gold","eu"]},"Balance":{"N":"150"},
						   "Note":{"S":""},"Missing":{"NULL":true}},
						  "SequenceNumber":"111","SizeBytes":26,"StreamViewType":"NEW_AND_OLD_IMAGES"},
						 "eventSourceARN":"arn:aws:dynamodb:us-east-1:123456789012:table/customers/stream/2026-01-01T00:00:00.000"}
						""");

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"eventName":["MODIFY"]}                                                                    | true
			{"eventName":["INSERT","REMOVE"]}                                                           | false
			{"dynamodb":{"Keys":{"CustomerName":{"S":["AnyCompany Industries"]}}}}                      | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":["Pat Candella","Shirley Rodriguez"]}}}}     | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":["Shirley Rodriguez"]}}}}                    | false
			{"eventName":["MODIFY"],"dynamodb":{"NewImage":{"PaymentTerms":{"S":["30 days"]}}}}         | false
			{"dynamodb":{"NewImage":{"Active":{"BOOL":[true]}}}}                                        | true
			{"dynamodb":{"NewImage":{"Active":{"BOOL":[false]}}}}                                       | false
			{"dynamodb":{"NewImage":{"Note":{"S":[""]}}}}                                               | true
			{"dynamodb":{"NewImage":{"Missing":{"NULL":[true]}}}}                                       | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"prefix":"Pat"}]}}}}                       | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"prefix":{"equals-ignore-case":"pat"}}]}}}} | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"prefix":"pat"}]}}}}                       | false
			{"dynamodb":{"NewImage":{"PaymentTerms":{"S":[{"suffix":"days"}]}}}}                        | true
			{"dynamodb":{"NewImage":{"PaymentTerms":{"S":[{"suffix":"weeks"}]}}}}                       | false
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"equals-ignore-case":"pat CANDELLA"}]}}}}  | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"anything-but":["Pat Candella"]}]}}}}      | false
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"anything-but":"Shirley Rodriguez"}]}}}}   | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"anything-but":{"prefix":"Pat"}}]}}}}      | false
			{"dynamodb":{"NewImage":{"Tags":{"SS":["eu"]}}}}                                            | true
			{"dynamodb":{"NewImage":{"Tags":{"SS":["us"]}}}}                                            | false
			{"dynamodb":{"SizeBytes":[{"numeric":[">",0,"<=",26]}]}}                                    | true
			{"dynamodb":{"SizeBytes":[{"numeric":["<",26]}]}}                                           | false
			{"dynamodb":{"SizeBytes":[26.0]}}                                                           | true
			{"dynamodb":{"NewImage":{"Balance":{"N":[{"numeric":[">",100]}]}}}}                         | false
			{"dynamodb":{"NewImage":{"Balance":{"N":["150"]}}}}                                         | true
			{"dynamodb":{"NewImage":{"AccountManager":{"S":[{"exists":true}]}}}}                        | true
			{"dynamodb":{"NewImage":{"Discount":{"S":[{"exists":true}]}}}}                              | false
			{"dynamodb":{"NewImage":{"Discount":{"S":[{"exists":false}]}}}}                             | true
			{"dynamodb":{"OldImage":{"AccountManager":{"S":[{"exists":false}]}}}}                       | true
			{"dynamodb":{"NewImage":{"AccountManager":[{"exists":true}]}}}                              | false
			{"dynamodb":{"NewImage":{"Discount":{"S":[{"anything-but":"x"}]}}}}                         | false
			{"userIdentity":{"type":["Service"]}}                                                       | false
			""")
	void matchesRecordsAsLambdaEventFilteringDoes(String pattern, boolean matches) {
		assertThat(FilterPattern.parse(pattern).matches(RECORD)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not json                                               | is not JSON
					["INSERT"]                                             | must be a JSON object
					{}                                                     | must be a JSON object
					{"eventName":"INSERT"}                                 | has field 'eventName' whose rules are not a non-empty array
					{"eventName":[]}                                       | has field 'eventName' whose rules are not a non-empty array
					{"eventName":[{"wildcard":"IN*"}]}                     | has operator 'wildcard' in the rules of field 'eventName', which the local stream loop does not support
					{"eventName":[{"prefix":"IN","suffix":"RT"}]}          | has a rule of field 'eventName' with other than one operator
					{"dynamodb":{"SizeBytes":[{"numeric":[">","1"]}]}}     | has an invalid operand for 'numeric' in the rules of field 'SizeBytes'
					{"dynamodb":{"SizeBytes":[{"numeric":["!=",1]}]}}      | has an invalid operand for 'numeric'
					{"eventName":[{"exists":"yes"}]}                       | has an invalid operand for 'exists'
					{"eventName":[["INSERT"]]}                             | has a nested array in the rules of field 'eventName'
					""")
	void rejectsInvalidPatternsWithTheReason(String pattern, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> FilterPattern.parse(pattern))
			.withMessageStartingWith("Filter pattern " + pattern + " ")
			.withMessageContaining(reason);
	}

}
