package com.wtigg.store.privacy.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.export.ArchiveProgress;

/**
 * The copies this node is writing right now, as the privacy officer's queue shows them: which
 * request, since when, how many of the holders have given their data, how many rows are out, and
 * which category is being written. A copy is written while it is downloaded, so a copy is running
 * for as long as its download lasts.
 */
@Component
class ExportProgress {

	private final Map<UUID, Running> running = new ConcurrentHashMap<>();

	private final Clock clock;

	ExportProgress(Clock clock) {
		this.clock = clock;
	}

	/** A copy of this request begins; {@link Running#close()} ends it. */
	Running start(PrivacyRequest request) {
		Running run = new Running(request.id(), request.reference(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
		running.put(request.id(), run);
		return run;
	}

	/** The running copies, the oldest first. */
	List<RunningExport> now() {
		return running.values().stream().map(Running::snapshot).sorted(Comparator.comparing(RunningExport::startedAt)).toList();
	}

	Optional<RunningExport> of(UUID request) {
		return Optional.ofNullable(running.get(request)).map(Running::snapshot);
	}

	/** One copy being written; written to by the thread that writes it, read by the staff's pages. */
	final class Running implements ArchiveProgress, AutoCloseable {

		private final UUID request;

		private final String reference;

		private final Instant startedAt;

		private volatile int holders;

		private volatile int holdersDone;

		private volatile long rows;

		private volatile @Nullable String category;

		private Running(UUID request, String reference, Instant startedAt) {
			this.request = request;
			this.reference = reference;
			this.startedAt = startedAt;
		}

		@Override
		public void started(int holders) {
			this.holders = holders;
		}

		@Override
		public void category(String dataset) {
			this.category = dataset;
		}

		// one writer, the thread writing the copy: ++ on a volatile is safe here
		@Override
		public void row() {
			rows++;
		}

		@Override
		public void holderDone() {
			holdersDone++;
		}

		long rows() {
			return rows;
		}

		RunningExport snapshot() {
			return new RunningExport(reference, startedAt, holdersDone, holders, rows, category);
		}

		@Override
		public void close() {
			running.remove(request, this);
		}
	}
}
