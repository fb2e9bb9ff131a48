package com.wtigg.store.privacy.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Writes {@code data.json} on a thread of its own while the caller writes the CSV files, so the
 * two formats (and their compression) use two cores. Rows are handed over through a bounded
 * queue, so memory stays bounded when one side is slower.
 */
final class JsonOnItsOwnThread implements AutoCloseable {

	private sealed interface Step {
	}

	private record Begin(String dataset, List<String> columns) implements Step {
	}

	private record Rows(List<List<String>> values) implements Step {
	}

	private record End() implements Step {
	}

	private record Finish() implements Step {
	}

	/** Rows go over in groups: one hand-over per row cost more than writing the row. */
	private static final int HANDED_OVER_AT_ONCE = 256;

	private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(64);

	private List<List<String>> pending = new ArrayList<>(HANDED_OVER_AT_ONCE);

	private final Thread thread;

	private volatile RuntimeException failure;

	JsonOnItsOwnThread(JsonDatasets json) {
		thread = Thread.ofPlatform().name("subject-copy-json").daemon().start(() -> run(json));
	}

	private void run(JsonDatasets json) {
		try {
			Consumer<List<String>> rows = null;
			while (true) {
				Step step = steps.take();
				if (step instanceof Begin b) {
					rows = json.begin(b.dataset(), b.columns());
				}
				else if (step instanceof Rows r) {
					r.values().forEach(rows);
				}
				else if (step instanceof End) {
					json.end();
				}
				else {
					json.finish();
					return;
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			failure = e;
			steps.clear();
		}
	}

	Consumer<List<String>> begin(String dataset, List<String> columns) {
		put(new Begin(dataset, columns));
		return row -> {
			pending.add(row);
			if (pending.size() == HANDED_OVER_AT_ONCE) {
				handOver();
			}
		};
	}

	void end() {
		handOver();
		put(new End());
	}

	private void handOver() {
		if (!pending.isEmpty()) {
			put(new Rows(pending));
			pending = new ArrayList<>(HANDED_OVER_AT_ONCE);
		}
	}

	/** Ends the document and waits until all of it is written. */
	@Override
	public void close() {
		put(new Finish());
		try {
			thread.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the copy's JSON was written", e);
		}
		if (failure != null) {
			throw failure;
		}
	}

	private void put(Step step) {
		if (failure != null) {
			throw failure;
		}
		try {
			while (!steps.offer(step, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
				if (failure != null || !thread.isAlive()) {
					throw failure != null ? failure : new IllegalStateException("The copy's JSON writer stopped");
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the copy's JSON was written", e);
		}
	}
}
