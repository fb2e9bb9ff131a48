package com.wtigg.store.privacy;

import java.util.List;

/**
 * Where a module writes a subject's data for an access or portability request, one category at a
 * time, as rows of named columns.
 */
public interface SubjectExport {

	void add(String dataset, List<String> columns, List<List<String>> rows);
}
