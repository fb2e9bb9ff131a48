package com.wtigg.store.privacy.center;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.wtigg.store.privacy.SubjectExport;

/**
 * Counts the records of each category a subject's export would hold, for the privacy center's
 * summary, without keeping them: a streamed category (100,000 analytics events) is counted row by
 * row as the cursor hands it over.
 */
class RecordCounts implements SubjectExport {

	private final Map<String, Integer> counts = new LinkedHashMap<>();

	@Override
	public void add(String dataset, List<String> columns, List<List<String>> rows) {
		count(dataset, rows.size());
	}

	@Override
	public void stream(String dataset, List<String> columns, RowSource rows) {
		int[] n = { 0 };
		rows.each(row -> n[0]++);
		count(dataset, n[0]);
	}

	private void count(String dataset, int rows) {
		if (rows > 0) {
			counts.merge(dataset, rows, Integer::sum);
		}
	}

	/** The categories that hold at least one record, in the order the holders reported them. */
	Map<String, Integer> byCategory() {
		return counts;
	}
}
