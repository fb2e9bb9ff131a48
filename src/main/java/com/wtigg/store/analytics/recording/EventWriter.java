package com.wtigg.store.analytics.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes usage events in batches on a background thread, so that no request waits for the
 * database: requests put events in a bounded queue, which is written every second or as soon as
 * 500 are waiting, each batch in one insert. When the queue is full an event is dropped
 * and counted ({@code store.analytics.events{outcome=dropped}}), never waited for. What is queued
 * when the store stops is written before the database closes.
 */
@Component
class EventWriter implements SmartLifecycle {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

	private static final String COLUMNS = "occurred_at, kind, path, search_query, target, duration_ms, referrer, "
			+ "device_type, os, browser, ip_prefix, visitor_id, subject_id, beacon_id";

	private static final String COLUMN_ARRAYS = "cast(? as timestamptz[]), cast(? as text[]), cast(? as text[]), "
			+ "cast(? as text[]), cast(? as text[]), cast(? as integer[]), cast(? as text[]), cast(? as text[]), "
			+ "cast(? as text[]), cast(? as text[]), cast(? as inet[]), cast(? as uuid[]), cast(? as uuid[]), "
			+ "cast(? as uuid[])";

	private final BlockingQueue<UsageEvent> queue;

	private final JdbcClient jdbc;

	private final EventPartitions partitions;

	private final Duration interval;

	private final Counter queued;

	private final Counter dropped;

	private final Counter written;

	private final Counter failed;

	private volatile boolean running;

	private volatile Thread thread;

	EventWriter(JdbcClient jdbc, EventPartitions partitions, MeterRegistry meters,
			@Value("${store.analytics.queue-capacity:20000}") int capacity,
			@Value("${store.analytics.flush-interval:1s}") Duration interval) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.interval = interval;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.queued = counter(meters, "queued");
		this.dropped = counter(meters, "dropped");
		this.written = counter(meters, "written");
		this.failed = counter(meters, "failed");
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder("store.analytics.events").tag("outcome", outcome)
			.description("usage events by what became of them").register(meters);
	}

	/** Queues the event for writing; drops it (and counts the drop) when the queue is full. Never blocks. */
	boolean offer(UsageEvent event) {
		if (!queue.offer(event)) {
			dropped.increment();
			return false;
		}
		queued.increment();
		Thread writer = thread;
		if (writer != null && queue.size() >= BATCH) {
			LockSupport.unpark(writer);
		}
		return true;
	}

	/** How many events were dropped because the queue was full. */
	long droppedCount() {
		return (long) dropped.count();
	}

	@Override
	public void start() {
		partitions.createAhead(Instant.now());
		running = true;
		thread = Thread.ofPlatform().daemon().name("analytics-writer").start(this::run);
	}

	private void run() {
		while (running) {
			long deadline = System.nanoTime() + interval.toNanos();
			long left;
			while (running && queue.size() < BATCH && (left = deadline - System.nanoTime()) > 0) {
				LockSupport.parkNanos(this, left);
			}
			writeQueued();
		}
		writeQueued();
	}

	/** Writes everything queued now, in batches of at most 500. */
	void writeQueued() {
		List<UsageEvent> batch = new ArrayList<>(BATCH);
		while (queue.drainTo(batch, BATCH) > 0) {
			write(batch);
			batch.clear();
		}
	}

	private void write(List<UsageEvent> batch) {
		try {
			insert(batch);
		}
		catch (DataAccessException first) {
			try {
				partitions.createAhead(Instant.now()); // a month without its partition yet
				insert(batch);
			}
			catch (DataAccessException e) {
				failed.increment(batch.size());
				log.warn("{} usage events could not be written: {}", batch.size(), e.getClass().getSimpleName());
				return;
			}
		}
		written.increment(batch.size());
	}

	/**
	 * One insert of the whole batch: a column of values per parameter, unnested into rows, so the
	 * database parses and plans 14 parameters however large the batch is.
	 */
	private void insert(List<UsageEvent> batch) {
		int n = batch.size();
		String[] occurredAt = new String[n], kind = new String[n], path = new String[n], query = new String[n],
				target = new String[n], referrer = new String[n], deviceType = new String[n], os = new String[n],
				browser = new String[n], ipPrefix = new String[n], visitor = new String[n], subject = new String[n],
				beacon = new String[n];
		Integer[] duration = new Integer[n];
		for (int i = 0; i < n; i++) {
			UsageEvent e = batch.get(i);
			occurredAt[i] = e.occurredAt().toString();
			kind[i] = e.kind();
			path[i] = e.path();
			query[i] = e.searchQuery();
			target[i] = e.target();
			duration[i] = e.durationMs();
			referrer[i] = e.referrer();
			deviceType[i] = e.device().type();
			os[i] = e.device().os();
			browser[i] = e.device().browser();
			ipPrefix[i] = e.ipPrefix();
			visitor[i] = text(e.visitorId());
			subject[i] = e.subject() == null ? null : e.subject().value().toString();
			beacon[i] = text(e.beaconId());
		}
		jdbc.sql("insert into analytics_event (" + COLUMNS + ") select * from unnest(" + COLUMN_ARRAYS + ")")
			.params(List.of(occurredAt, kind, path, query, target, duration, referrer, deviceType, os, browser, ipPrefix,
					visitor, subject, beacon))
			.update();
	}

	private static String text(UUID id) {
		return id == null ? null : id.toString();
	}

	@Override
	public void stop() {
		running = false;
		Thread writer = thread;
		if (writer != null) {
			LockSupport.unpark(writer);
			try {
				writer.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops after the web server has finished its last requests, and before the database closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
