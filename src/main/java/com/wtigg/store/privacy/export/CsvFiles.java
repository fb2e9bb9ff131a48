package com.wtigg.store.privacy.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Each category of a copy as a CSV file of its own in the ZIP (RFC 4180, a header line first), row by row. */
final class CsvFiles {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final ZipEntries zip;

	private final Writer text;

	private final Map<String, Integer> rowsByFile = new LinkedHashMap<>();

	private CSVPrinter printer;

	private String file;

	private int rows;

	CsvFiles(ZipEntries zip, Writer text) {
		this.zip = zip;
		this.text = text;
	}

	Consumer<List<String>> begin(String dataset, List<String> columns) {
		file = unique(dataset) + ".csv";
		rows = 0;
		zip.start(file);
		try {
			printer = new CSVPrinter(text, CSV);
			printer.printRecord(columns);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return row -> {
			try {
				printer.printRecord(row);
				rows++;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
	}

	void end() {
		try {
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		rowsByFile.merge(file, rows, Integer::sum);
	}

	Map<String, Integer> rowsByFile() {
		return rowsByFile;
	}

	/** A file name of the category's own; a category sent again in parts gets -2, -3 and so on. */
	private String unique(String dataset) {
		String name = dataset.replaceAll("[^A-Za-z0-9_.-]", "_");
		String candidate = name;
		for (int n = 2; rowsByFile.containsKey(candidate + ".csv"); n++) {
			candidate = name + "-" + n;
		}
		return candidate;
	}
}
