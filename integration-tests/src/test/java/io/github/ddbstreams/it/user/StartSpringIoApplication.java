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

package io.github.ddbstreams.it.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a fresh application as start.spring.io makes it (Spring Boot parent,
 * {@code spring-boot-maven-plugin}, {@code spring-boot-starter-test} and the generated
 * {@code contextLoads} test, no other build configuration), plus what the README tells a
 * user to add: the BOM import, the starter, two typed listeners on two tables (one maps a
 * Java record and fails a customer without a name, one an {@code @DynamoDbBean}) and
 * {@code application.yml} with a namespace and a batch size; for AOT mode, the
 * {@code process-aot} goal of {@code spring-boot-maven-plugin}.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 */
final class StartSpringIoApplication {

	static final String NAMESPACE = "shop-dev";

	static final String APPLICATION_CLASS = "com.example.demo.DemoApplication";

	static final String JAR = "target/demo-0.0.1-SNAPSHOT.jar";

	private StartSpringIoApplication() {
	}

	/**
	 * Write the application.
	 * @param directory the project directory, created
	 * @param version the version of this project's artifacts
	 * @return the project directory
	 * @throws IOException if a file cannot be written
	 */
	static Path write(Path directory, String version) throws IOException {
		return write(directory, version, false);
	}

	/**
	 * Write the application, processed ahead of time or not.
	 * @param directory the project directory, created
	 * @param version the version of this project's artifacts
	 * @param aheadOfTime whether {@code spring-boot-maven-plugin} runs its
	 * {@code process-aot} goal (the one build change the README names for AOT mode), and
	 * the application primes its function at start-up
	 * @return the project directory
	 * @throws IOException if a file cannot be written
	 */
	static Path write(Path directory, String version, boolean aheadOfTime) throws IOException {
		write(directory, "pom.xml",
				POM.replace("@version@", version).replace("@plugin-configuration@", aheadOfTime ? PROCESS_AOT : ""));
		write(directory, "src/main/java/com/example/demo/DemoApplication.java", """
				package com.example.demo;

				import org.springframework.boot.SpringApplication;
				import org.springframework.boot.autoconfigure.SpringBootApplication;

				@SpringBootApplication
				public class DemoApplication {

					public static void main(String[] args) {
						SpringApplication.run(DemoApplication.class, args);
					}

				}
				""");
		write(directory, "src/test/java/com/example/demo/DemoApplicationTests.java", """
				package com.example.demo;

				import org.junit.jupiter.api.Test;

				import org.springframework.boot.test.context.SpringBootTest;

				@SpringBootTest
				class DemoApplicationTests {

					@Test
					void contextLoads() {
					}

				}
				""");
		write(directory, "src/main/resources/application.yml", """
				spring:
				  application:
				    name: demo

				dynamodb:
				  streams:
				    table-namespace: shop-dev
				    batch-size: 50
				""" + (aheadOfTime ? "    priming: startup\n" : ""));
		write(directory, "src/main/java/com/example/demo/Customer.java", """
				package com.example.demo;

				public record Customer(String id, String name, Integer visits) {
				}
				""");
		write(directory, "src/main/java/com/example/demo/CustomerListener.java", """
				package com.example.demo;

				import io.github.ddbstreams.listener.DynamoRecord;
				import io.github.ddbstreams.listener.DynamoRecordListener;
				import io.github.ddbstreams.listener.DynamoStreamListener;
				import org.slf4j.Logger;
				import org.slf4j.LoggerFactory;

				import org.springframework.stereotype.Component;

				@Component
				@DynamoStreamListener(tables = "customers")
				class CustomerListener implements DynamoRecordListener {

					private static final Logger logger = LoggerFactory.getLogger(CustomerListener.class);

					@Override
					public void onRecord(DynamoRecord record) {
						Customer customer = record.newImage(Customer.class);
						if (customer.name() == null) {
							throw new IllegalArgumentException("A customer without a name");
						}
						logger.info("{} {} as {}", record.eventName(), customer, customer.getClass().getName());
					}

				}
				""");
		write(directory, "src/main/java/com/example/demo/Order.java", """
				package com.example.demo;

				import java.math.BigDecimal;

				import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
				import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

				@DynamoDbBean
				public class Order {

					private String orderId;

					private String status;

					private BigDecimal total;

					@DynamoDbPartitionKey
					public String getOrderId() {
						return this.orderId;
					}

					public void setOrderId(String orderId) {
						this.orderId = orderId;
					}

					public String getStatus() {
						return this.status;
					}

					public void setStatus(String status) {
						this.status = status;
					}

					public BigDecimal getTotal() {
						return this.total;
					}

					public void setTotal(BigDecimal total) {
						this.total = total;
					}

				}
				""");
		write(directory, "src/main/java/com/example/demo/Orders.java", """
				package com.example.demo;

				import java.util.List;

				import io.github.ddbstreams.listener.DynamoEventName;
				import io.github.ddbstreams.listener.DynamoStreamListener;
				import io.github.ddbstreams.listener.NewImage;
				import org.slf4j.Logger;
				import org.slf4j.LoggerFactory;

				import org.springframework.stereotype.Component;

				@Component
				class Orders {

					private static final Logger logger = LoggerFactory.getLogger(Orders.class);

					@DynamoStreamListener("orders")
					void onOrder(@NewImage Order order, DynamoEventName eventName) {
						logger.info("{} order {} {} total {} as {}", eventName, order.getOrderId(), order.getStatus(),
								order.getTotal(), order.getClass().getName());
					}

					@DynamoStreamListener("orders")
					void onOrders(@NewImage List<Order> orders) {
						logger.info("{} orders in one batch, the last {}", orders.size(),
								orders.get(orders.size() - 1).getStatus());
					}

				}
				""");
		return directory;
	}

	private static void write(Path directory, String file, String content) throws IOException {
		Path path = directory.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content, StandardCharsets.UTF_8);
	}

	private static final String POM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
				<modelVersion>4.0.0</modelVersion>
				<parent>
					<groupId>org.springframework.boot</groupId>
					<artifactId>spring-boot-starter-parent</artifactId>
					<version>4.0.7</version>
					<relativePath/> <!-- lookup parent from repository -->
				</parent>
				<groupId>com.example</groupId>
				<artifactId>demo</artifactId>
				<version>0.0.1-SNAPSHOT</version>
				<name>demo</name>
				<description>Demo project for Spring Boot</description>
				<url/>
				<licenses>
					<license/>
				</licenses>
				<developers>
					<developer/>
				</developers>
				<scm>
					<connection/>
					<developerConnection/>
					<tag/>
					<url/>
				</scm>
				<properties>
					<java.version>17</java.version>
				</properties>
				<dependencyManagement>
					<dependencies>
						<dependency>
							<groupId>io.github.ddbstreams</groupId>
							<artifactId>dynamodb-streams-spring-boot-dependencies</artifactId>
							<version>@version@</version>
							<type>pom</type>
							<scope>import</scope>
						</dependency>
					</dependencies>
				</dependencyManagement>
				<dependencies>
					<dependency>
						<groupId>org.springframework.boot</groupId>
						<artifactId>spring-boot-starter</artifactId>
					</dependency>
					<dependency>
						<groupId>io.github.ddbstreams</groupId>
						<artifactId>dynamodb-streams-spring-boot-starter</artifactId>
					</dependency>

					<dependency>
						<groupId>org.springframework.boot</groupId>
						<artifactId>spring-boot-starter-test</artifactId>
						<scope>test</scope>
					</dependency>
				</dependencies>

				<build>
					<plugins>
						<plugin>
							<groupId>org.springframework.boot</groupId>
							<artifactId>spring-boot-maven-plugin</artifactId>@plugin-configuration@
						</plugin>
					</plugins>
				</build>

			</project>
			""";

	private static final String PROCESS_AOT = """

			<executions>
				<execution>
					<id>process-aot</id>
					<goals>
						<goal>process-aot</goal>
					</goals>
				</execution>
			</executions>""";

}
