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

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.ddbstreams.dispatch.BatchOutcome;
import io.github.ddbstreams.dispatch.StreamRecordDispatcher;
import io.github.ddbstreams.dispatch.StreamRoutes;
import io.github.ddbstreams.endpoint.BatchEndpoint;
import io.github.ddbstreams.endpoint.ListenerEndpoint;
import io.github.ddbstreams.endpoint.RecordEndpoint;
import io.github.ddbstreams.endpoint.StreamInvocation;
import io.github.ddbstreams.lambda.SyntheticEventWriter.SyntheticRecord;
import io.github.ddbstreams.listener.DynamoBatchListener;
import io.github.ddbstreams.listener.DynamoRecord;
import io.github.ddbstreams.listener.DynamoRecordListener;
import io.github.ddbstreams.listener.TableSchemaResolver;
import io.github.ddbstreams.mapping.StreamSubscription;
import io.github.ddbstreams.mapping.StreamSubscriptions;
import io.github.ddbstreams.mapping.TableNamespace;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.messaging.support.MessageBuilder;

/**
 * Primes the DynamoDB stream function: runs synthetic DynamoDB stream events through the
 * path a Lambda event takes (the handler's steps, {@link DynamoStreamsFunction}, the
 * {@link StreamEventDecoder}, a {@link StreamRecordDispatcher}), so that the classes of
 * that path are loaded, its code is compiled, the JSON reader and writer are warm, and
 * the table schemas of the listeners' item types are built and have mapped items, before
 * the first real event.
 * <p>
 * The synthetic event has records for every table and event name the listeners subscribe
 * to (tables as the listeners name them, in the configured namespace; listeners of every
 * table get a table of their own), with images that carry a value of each attribute of
 * the item types (declared with {@code @DynamoStreamListener(itemTypes = ...)} or as
 * {@code TableSchema} beans) and of each DynamoDB type. Unless listeners are primed too,
 * the records go to a dispatcher whose routes are the listeners' own, but whose listeners
 * only read keys and images and map them to the item types: no listener, interceptor or
 * error handler of the application runs. When listeners are primed, the records go to the
 * application's dispatcher, so listeners, interceptors and the error handler receive
 * them: they can tell a synthetic record by its event id, {@value #SYNTHETIC_EVENT_ID}.
 * <p>
 * Priming never fails the application: what went wrong is logged.
 *
 * @author DynamoDB Streams for Spring Boot contributors
 * @since 0.1.0
 */
public class StreamFunctionPrimer {

	/**
	 * The event id of every synthetic record.
	 */
	public static final String SYNTHETIC_EVENT_ID = SyntheticEventWriter.EVENT_ID;

	/**
	 * The logical table of the synthetic records for listeners of every table.
	 */
	public static final String SYNTHETIC_TABLE = "dynamodb-streams-priming";

	/**
	 * The number of records of a synthetic event, enough for the code of each record to
	 * be compiled when several events run.
	 */
	static final int RECORDS_PER_EVENT = 100;

	private static final Log logger = LogFactory.getLog(StreamFunctionPrimer.class);

	private final EventPath path;

	private final StreamSubscriptions subscriptions;

	private final TableNamespace namespace;

	private final SyntheticRecords synthetic;

	private final TableSchemaResolver schemas;

	private final Set<Class<?>> declaredTypes;

	private final @Nullable StreamRecordDispatcher listenerDispatcher;

	private final int events;

	/**
	 * Create a primer.
	 * @param path the path of an event to the function
	 * @param subscriptions the subscriptions of the listeners
	 * @param namespace the namespace of the logical table names
	 * @param schemas the table schemas the records map images with
	 * @param itemTypes item types to prime besides those the listeners declare, such as
	 * those of {@code TableSchema} beans
	 * @param listenerDispatcher the application's dispatcher, to call the listeners with
	 * the synthetic records, or {@code null} to leave them alone
	 * @param events how many synthetic events to run, at least 1: the more, the more of
	 * the path is compiled
	 */
	public StreamFunctionPrimer(EventPath path, StreamSubscriptions subscriptions, TableNamespace namespace,
			TableSchemaResolver schemas, Collection<Class<?>> itemTypes,
			@Nullable StreamRecordDispatcher listenerDispatcher, int events) {
		if (events < 1) {
			throw new IllegalArgumentException("events must be at least 1, not " + events);
		}
		this.path = path;
		this.subscriptions = subscriptions;
		this.namespace = namespace;
		this.synthetic = new SyntheticRecords(subscriptions, namespace, schemas, List.copyOf(itemTypes));
		this.schemas = schemas;
		Set<Class<?>> declared = new LinkedHashSet<>(itemTypes);
		subscriptions.subscriptions().forEach((subscription) -> declared.addAll(subscription.itemTypes()));
		this.declaredTypes = Set.copyOf(declared);
		this.listenerDispatcher = listenerDispatcher;
		this.events = events;
	}

	/**
	 * Run the synthetic events through the path, and log what was primed.
	 * @return what was primed
	 */
	public Priming prime() {
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		List<Class<?>> learned = new CopyOnWriteArrayList<>(learnedTypes(List.of()));
		Map<Class<?>, Map<String, AttributeValue>> samples = this.synthetic.samples(learned, problems);
		List<SyntheticRecord> records = this.synthetic.records(samples, learned);
		StreamRecordDispatcher dispatcher = (this.listenerDispatcher != null) ? this.listenerDispatcher
				: readingDispatcher(learned, problems);
		byte[] json = SyntheticEventWriter.write(records);
		int ran = 0;
		for (int i = 0; i < this.events; i++) {
			int dispatched = run(json, dispatcher, problems);
			ran += dispatched;
			if (dispatched < records.size()) {
				break;
			}
			List<Class<?>> newlyLearned = learnedTypes(samples.keySet());
			if (!newlyLearned.isEmpty()) {
				learned.addAll(newlyLearned);
				samples = this.synthetic.samples(learned, problems);
				records = this.synthetic.records(samples, learned);
				json = SyntheticEventWriter.write(records);
			}
		}
		Priming priming = new Priming(ran, List.copyOf(samples.keySet()), this.listenerDispatcher != null,
				Duration.ofNanos(System.nanoTime() - started), List.copyOf(problems));
		log(priming);
		return priming;
	}

	/**
	 * Return the item types that the table schemas resolved (listener beans mapped them)
	 * and that priming does not sample yet.
	 * @param sampled the types sampled already
	 * @return the types learned since
	 */
	private List<Class<?>> learnedTypes(Collection<Class<?>> sampled) {
		List<Class<?>> learned = new ArrayList<>();
		for (Class<?> type : this.schemas.resolvedTypes()) {
			if (!sampled.contains(type) && !this.declaredTypes.contains(type)) {
				learned.add(type);
			}
		}
		return learned;
	}

	private int run(byte[] json, StreamRecordDispatcher dispatcher, List<String> problems) {
		SyntheticStreamEvent event = new SyntheticStreamEvent(json, dispatcher);
		try {
			this.path.handle(event);
		}
		catch (Exception ex) {
			problems.add("the synthetic event failed with " + ex.getClass().getName());
			if (logger.isDebugEnabled()) {
				logger.debug("Synthetic event failed", ex);
			}
			return 0;
		}
		BatchOutcome outcome = event.outcome();
		if (outcome == null) {
			problems.add("the synthetic event did not reach the DynamoDB stream function");
			return 0;
		}
		if (!outcome.isSuccess()) {
			Exception failure = outcome.failure();
			problems
				.add(outcome.describeFailure() + ((failure != null) ? " with " + failure.getClass().getName() : ""));
		}
		return outcome.processed();
	}

	private StreamRecordDispatcher readingDispatcher(List<Class<?>> learned, List<String> problems) {
		List<StreamSubscription> reading = this.subscriptions.subscriptions()
			.stream()
			.map((subscription) -> subscription.withEndpoint(readingEndpoint(subscription, learned, problems)))
			.toList();
		return new StreamRecordDispatcher(new StreamRoutes(new StreamSubscriptions(reading), this.namespace), List.of(),
				null);
	}

	private static ListenerEndpoint readingEndpoint(StreamSubscription subscription, List<Class<?>> learned,
			List<String> problems) {
		ListenerEndpoint endpoint = subscription.endpoint();
		ListenerEndpoint reading = endpoint.readingEndpoint();
		if (reading instanceof RecordEndpoint record) {
			return new ReadingRecordEndpoint(endpoint.description(),
					(read) -> noteProblems(endpoint, problems, () -> record.onRecord(read, StreamInvocation.NONE)));
		}
		if (reading instanceof BatchEndpoint batch) {
			return new ReadingBatchEndpoint(endpoint.description(),
					(records) -> noteProblems(endpoint, problems, () -> batch.onBatch(records, StreamInvocation.NONE)));
		}
		DynamoRecordListener reader = readingListener(
				subscription.itemTypes().isEmpty() ? learned : subscription.itemTypes(), problems);
		if (endpoint instanceof BatchEndpoint) {
			return new ReadingBatchEndpoint(endpoint.description(), (records) -> {
				for (DynamoRecord record : records) {
					reader.onRecord(record);
				}
			});
		}
		return new ReadingRecordEndpoint(endpoint.description(), reader);
	}

	private static void noteProblems(ListenerEndpoint endpoint, List<String> problems, ReadingCall call) {
		try {
			call.run();
		}
		catch (Exception ex) {
			String problem = "the " + endpoint.description() + " did not read a synthetic record ("
					+ ex.getClass().getName() + ")";
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
		}
	}

	private static DynamoRecordListener readingListener(List<Class<?>> itemTypes, List<String> problems) {
		return (record) -> {
			record.keys();
			if (itemTypes.isEmpty()) {
				convert(record.newImage());
				convert(record.oldImage());
			}
			for (Class<?> type : itemTypes) {
				try {
					mapImages(record, type);
				}
				catch (RuntimeException ex) {
					String problem = "item type " + type.getName() + " did not map a synthetic image ("
							+ ex.getClass().getName() + ")";
					if (!problems.contains(problem)) {
						problems.add(problem);
					}
				}
			}
		};
	}

	private static void convert(@Nullable Map<String, AttributeValue> image) {
		if (image != null) {
			image.size();
		}
	}

	private static void mapImages(DynamoRecord record, Class<?> type) {
		if (record.hasNewImage()) {
			record.newImage(type);
		}
		if (record.hasOldImage()) {
			record.oldImage(type);
		}
	}

	private static void log(Priming priming) {
		if (!priming.problems().isEmpty()) {
			if (logger.isWarnEnabled()) {
				logger.warn("Priming of the DynamoDB stream function was incomplete: " + priming.describe()
						+ "; the first events may be slower. Problems: " + String.join("; ", priming.problems()));
			}
		}
		else if (logger.isInfoEnabled()) {
			logger.info("Primed the DynamoDB stream function: " + priming.describe());
		}
	}

	/**
	 * The path of a Lambda event to the DynamoDB stream function.
	 */
	@FunctionalInterface
	public interface EventPath {

		/**
		 * Take an event along the path.
		 * @param event the body of the event
		 * @return the response
		 * @throws IOException if the event cannot be read or the response written
		 */
		Object handle(InputStream event) throws IOException;

		/**
		 * Return the path straight to a function, without Spring Cloud Function.
		 * @param function the function
		 * @return the path
		 */
		static EventPath to(DynamoStreamsFunction function) {
			return (event) -> function.apply(MessageBuilder.withPayload(event).build());
		}

	}

	/**
	 * What a priming run did.
	 *
	 * @param records the synthetic records dispatched
	 * @param itemTypes the item types whose table schemas were built and mapped
	 * @param listeners whether the application's listeners received the records
	 * @param duration how long priming took
	 * @param problems what went wrong, empty when priming was complete
	 */
	public record Priming(int records, List<Class<?>> itemTypes, boolean listeners, Duration duration,
			List<String> problems) {

		/**
		 * Describe the run in one line, without problems.
		 * @return the description
		 */
		public String describe() {
			return this.records + " synthetic records through the Lambda handler's path ("
					+ (this.listeners ? "listeners called" : "listeners not called") + "), item types "
					+ this.itemTypes.stream().map(Class::getName).toList() + ", in " + this.duration.toMillis() + " ms";
		}

	}

	/**
	 * A reading of records that may throw.
	 */
	@FunctionalInterface
	private interface ReadingCall {

		void run() throws Exception;

	}

	/**
	 * A record endpoint of priming that reads records without calling a listener.
	 */
	private record ReadingRecordEndpoint(String description, DynamoRecordListener reader) implements RecordEndpoint {

		@Override
		public void onRecord(DynamoRecord record, StreamInvocation invocation) throws Exception {
			this.reader.onRecord(record);
		}

		@Override
		public @Nullable ListenerEndpoint readingEndpoint() {
			return this;
		}

	}

	/**
	 * A batch endpoint of priming that reads records without calling a listener.
	 */
	private record ReadingBatchEndpoint(String description, DynamoBatchListener reader) implements BatchEndpoint {

		@Override
		public void onBatch(List<DynamoRecord> records, StreamInvocation invocation) throws Exception {
			this.reader.onBatch(records);
		}

		@Override
		public @Nullable ListenerEndpoint readingEndpoint() {
			return this;
		}

	}

}
