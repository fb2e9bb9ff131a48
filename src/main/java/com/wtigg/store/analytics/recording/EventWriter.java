package com.wtigg.store.analytics.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.stereotype.Component;

/**
 * Writes usage events in batches on a background thread, so that no request waits for the
 * database: requests put events in a bounded queue, which is written every second or as soon as
 * 10,000 are waiting, each batch in one statement ({@link EventCopy}); large batches because the
 * database's cost per row falls by half from batches of 500 to batches of 10,000 (measured with the
 * storefront benchmark's load). When the queue is full an event is dropped
 * and counted ({@code store.analytics.events{outcome=dropped}}), never waited for. What is queued
 * when the store stops is written before the database closes.
 */
@Component
class EventWriter implements SmartLifecycle {

	static final int BATCH = 10000;

	private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

	/** Each event as its row already, one small text instead of the event's objects, while it waits. */
	private final BlockingQueue<String> queue;

	private final Sink sink;

	private final EventPartitions partitions;

	private final Duration interval;

	private final Counter queued;

	private final Counter dropped;

	private final Counter written;

	private final Counter failed;

	private volatile boolean running;

	private volatile Thread thread;

	EventWriter(Sink sink, EventPartitions partitions, MeterRegistry meters,
			@Value("${store.analytics.queue-capacity:20000}") int capacity,
			@Value("${store.analytics.flush-interval:1s}") Duration interval) {
		this.sink = sink;
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
		if (!queue.offer(EventCopy.row(event))) {
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

	/** Where batches go: the database, in one statement per batch. */
	interface Sink {

		/** Writes the rows ({@link EventCopy#row}) in one statement. */
		void write(List<String> rows);
	}

	/** Writes everything queued now, in batches of at most {@link #BATCH}. */
	void writeQueued() {
		List<String> batch = new ArrayList<>(BATCH);
		while (queue.drainTo(batch, BATCH) > 0) {
			write(batch);
			batch.clear();
		}
	}

	private void write(List<String> batch) {
		try {
			sink.write(batch);
		}
		catch (DataAccessException first) {
			try {
				partitions.createAhead(Instant.now()); // a month without its partition yet
				sink.write(batch);
			}
			catch (DataAccessException e) {
				failed.increment(batch.size());
				log.warn("{} usage events could not be written: {}", batch.size(), e.getClass().getSimpleName());
				return;
			}
		}
		written.increment(batch.size());
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
