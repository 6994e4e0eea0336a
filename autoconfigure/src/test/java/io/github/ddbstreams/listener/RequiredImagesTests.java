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

package io.github.ddbstreams.listener;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RequiredImages}.
 */
class RequiredImagesTests {

	@Test
	void everyViewTypeSatisfiesKeysOnly() {
		assertThat(RequiredImages.NONE.isSatisfiedBy("KEYS_ONLY")).isTrue();
		assertThat(RequiredImages.NONE.isSatisfiedBy("OLD_IMAGE")).isTrue();
		assertThat(RequiredImages.NONE.isSatisfiedBy("NEW_IMAGE")).isTrue();
		assertThat(RequiredImages.NONE.isSatisfiedBy("NEW_AND_OLD_IMAGES")).isTrue();
	}

	@Test
	void newImageNeedsANewImageStream() {
		assertThat(RequiredImages.NEW.isSatisfiedBy("NEW_IMAGE")).isTrue();
		assertThat(RequiredImages.NEW.isSatisfiedBy("NEW_AND_OLD_IMAGES")).isTrue();
		assertThat(RequiredImages.NEW.isSatisfiedBy("OLD_IMAGE")).isFalse();
		assertThat(RequiredImages.NEW.isSatisfiedBy("KEYS_ONLY")).isFalse();
	}

	@Test
	void oldImageNeedsAnOldImageStream() {
		assertThat(RequiredImages.OLD.isSatisfiedBy("OLD_IMAGE")).isTrue();
		assertThat(RequiredImages.OLD.isSatisfiedBy("NEW_IMAGE")).isFalse();
	}

	@Test
	void bothImagesNeedNewAndOldImages() {
		assertThat(RequiredImages.NEW_AND_OLD.isSatisfiedBy("NEW_AND_OLD_IMAGES")).isTrue();
		assertThat(RequiredImages.NEW_AND_OLD.isSatisfiedBy("NEW_IMAGE")).isFalse();
		assertThat(RequiredImages.NEW_AND_OLD.isSatisfiedBy(null)).isFalse();
	}

	@Test
	void combinesRequirements() {
		assertThat(RequiredImages.NEW.and(RequiredImages.OLD)).isEqualTo(RequiredImages.NEW_AND_OLD);
		assertThat(RequiredImages.NONE.and(RequiredImages.NEW)).isEqualTo(RequiredImages.NEW);
		assertThat(RequiredImages.NONE.and(RequiredImages.NONE).minimalStreamViewType()).isEqualTo("KEYS_ONLY");
		assertThat(RequiredImages.NEW.minimalStreamViewType()).isEqualTo("NEW_IMAGE");
	}

}
