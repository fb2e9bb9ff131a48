package com.wtigg.store.privacy.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject's copy of their data (DSR-ACCESS, DSR-PORTABLE), built from every
 * {@link PersonalDataHolder} and written straight into a ZIP as it is read: one CSV per category
 * of data, {@code data.json} with all of it, and {@code README.txt} naming each file and each
 * field with its purpose, legal basis and retention, from the inventory. Holders are asked twice
 * (once for the CSVs, once for the JSON) so that nothing is gathered in memory or on disk beyond
 * one holder's answer.
 */
@Service
public class SubjectArchive {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private final List<PersonalDataHolder> holders;

	private final JsonMapper json = JsonMapper.builder().build();

	public SubjectArchive(List<PersonalDataHolder> holders) {
		this.holders = List.copyOf(holders);
	}

	public void write(SubjectId subject, String reference, Instant generatedAt, OutputStream out) {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			Map<String, Integer> rowsByFile = new LinkedHashMap<>();
			Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			each(subject, new CsvFiles(zip, text, rowsByFile));
			entry(zip, "data.json");
			writeJson(subject, reference, generatedAt, zip);
			entry(zip, "README.txt");
			text.write(ArchiveReadme.of(reference, generatedAt, rowsByFile, holders.stream()
				.flatMap(h -> h.inventory().personal().stream()).sorted(java.util.Comparator.comparing(PersonalField::column))
				.toList()));
			text.flush();
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void writeJson(SubjectId subject, String reference, Instant generatedAt, ZipOutputStream zip) {
		JsonGenerator g = json.createGenerator(new NonClosing(zip));
		g.writeStartObject();
		g.writeName("reference").writeString(reference);
		g.writeName("generated_at").writeString(generatedAt.toString());
		g.writeName("datasets").writeStartArray();
		each(subject, new JsonDatasets(g));
		g.writeEndArray();
		g.writeEndObject();
		g.close();
	}

	private void each(SubjectId subject, SubjectExport export) {
		for (PersonalDataHolder holder : holders) {
			holder.export(subject, export);
		}
	}

	/** Each category as a CSV file of its own, row by row. */
	private static final class CsvFiles implements SubjectExport {

		private final ZipOutputStream zip;

		private final Writer text;

		private final Map<String, Integer> rowsByFile;

		CsvFiles(ZipOutputStream zip, Writer text, Map<String, Integer> rowsByFile) {
			this.zip = zip;
			this.text = text;
			this.rowsByFile = rowsByFile;
		}

		@Override
		public void add(String dataset, List<String> columns, List<List<String>> rows) {
			stream(dataset, columns, each -> rows.forEach(each));
		}

		@Override
		public void stream(String dataset, List<String> columns, RowSource rows) {
			String file = unique(rowsByFile, dataset) + ".csv";
			entry(zip, file);
			int[] count = { 0 };
			try {
				CSVPrinter printer = new CSVPrinter(text, CSV);
				printer.printRecord(columns);
				rows.each(row -> {
					try {
						printer.printRecord(row);
						count[0]++;
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
				printer.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			rowsByFile.put(file, count[0]);
		}
	}

	/** Each category as an object of {@code data.json}, its rows written as they come. */
	private static final class JsonDatasets implements SubjectExport {

		private final JsonGenerator g;

		JsonDatasets(JsonGenerator g) {
			this.g = g;
		}

		@Override
		public void add(String dataset, List<String> columns, List<List<String>> rows) {
			stream(dataset, columns, each -> rows.forEach(each));
		}

		@Override
		public void stream(String dataset, List<String> columns, RowSource rows) {
			g.writeStartObject();
			g.writeName("dataset").writeString(dataset);
			g.writeName("rows").writeStartArray();
			rows.each(row -> {
				g.writeStartObject();
				for (int i = 0; i < columns.size(); i++) {
					g.writeName(columns.get(i));
					String value = i < row.size() ? row.get(i) : null;
					if (value == null) {
						g.writeNull();
					}
					else {
						g.writeString(value);
					}
				}
				g.writeEndObject();
			});
			g.writeEndArray();
			g.writeEndObject();
			g.flush();
		}
	}

	private static String unique(Map<String, Integer> files, String dataset) {
		String name = dataset.replaceAll("[^A-Za-z0-9_.-]", "_");
		String candidate = name;
		for (int n = 2; files.containsKey(candidate + ".csv"); n++) {
			candidate = name + "-" + n;
		}
		return candidate;
	}

	private static void entry(ZipOutputStream zip, String name) {
		try {
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Lets the JSON generator finish without closing the ZIP under it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	static String describe(PersonalField f) {
		return f.column() + " — " + f.category() + "; " + f.purpose() + "; " + f.basis() + "; kept: " + f.retention();
	}
}
