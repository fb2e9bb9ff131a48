package com.wtigg.store.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a module writes a subject's data for an access or portability request, one category at a
 * time, as rows of named columns.
 */
public interface SubjectExport {

	void add(String dataset, List<String> columns, List<List<String>> rows);

	/**
	 * The same for a category too large to hold at once (analytics events): the rows are written
	 * as the source hands them over, so a copy of 100,000 of them never sits in memory whole.
	 */
	default void stream(String dataset, List<String> columns, RowSource rows) {
		List<List<String>> all = new ArrayList<>();
		rows.each(all::add);
		add(dataset, columns, all);
	}

	/** Hands each row of a category over in turn (from a cursor over the database, say). */
	@FunctionalInterface
	interface RowSource {

		void each(Consumer<List<String>> row);
	}
}
