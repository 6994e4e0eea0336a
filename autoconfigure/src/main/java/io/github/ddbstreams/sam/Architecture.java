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

/**
 * Instruction set architectures of Lambda functions.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public enum Architecture {

	/**
	 * 64-bit x86.
	 */
	X86_64("x86_64"),

	/**
	 * 64-bit ARM (AWS Graviton).
	 */
	ARM64("arm64");

	private final String id;

	Architecture(String id) {
		this.id = id;
	}

	/**
	 * Return the identifier of the architecture in a template, such as {@code arm64}.
	 * @return the identifier
	 */
	public String id() {
		return this.id;
	}

}
