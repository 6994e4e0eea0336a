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

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.function.json.JacksonMapper;

/**
 * Replaces Spring Cloud Function's stock {@link JacksonMapper} with an
 * {@link EventJsonMapper} around the same {@code ObjectMapper}, so a Lambda event that is
 * not JSON fails with a message that says so. A mapper of any other type, such as one the
 * user declared, is left alone.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class EventJsonMapperPostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean.getClass() == JacksonMapper.class) {
			return new EventJsonMapper(((JacksonMapper) bean).getObjectMapper());
		}
		return bean;
	}

}
