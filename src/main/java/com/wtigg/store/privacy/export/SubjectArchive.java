package com.wtigg.store.privacy.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import org.springframework.stereotype.Service;

import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject's copy of their data (DSR-ACCESS, DSR-PORTABLE), built from every
 * {@link PersonalDataHolder} in one pass: each category goes straight into the ZIP as a CSV file of
 * its own while the same rows are written, compressed, into {@code data.json}, which follows the
 * CSVs, then {@code README.txt} naming each file and each field with its purpose, legal basis and
 * retention, from the inventory. Nothing is gathered in memory beyond one holder's answer (a
 * holder with a large category streams it) and the compressed JSON, which is written on a second
 * thread while the CSVs are.
 */
@Service
public class SubjectArchive {

	private final List<PersonalDataHolder> holders;

	private final JsonMapper json = JsonMapper.builder().build();

	public SubjectArchive(List<PersonalDataHolder> holders) {
		this.holders = List.copyOf(holders);
	}

	public void write(SubjectId subject, String reference, Instant generatedAt, OutputStream out) {
		write(subject, reference, generatedAt, out, ArchiveProgress.NONE);
	}

	/** Writes the copy, telling {@code progress} how far it has come. */
	public void write(SubjectId subject, String reference, Instant generatedAt, OutputStream out,
			ArchiveProgress progress) {
		progress.started(holders.size());
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			zip.setEncoding(StandardCharsets.UTF_8.name());
			zip.setLevel(Deflater.BEST_SPEED);
			Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			ZipEntries entries = new ZipEntries(zip);
			CsvFiles csv = new CsvFiles(entries, text);
			ByteArrayOutputStream compressedJson = new ByteArrayOutputStream();
			CRC32 crc = new CRC32();
			Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
			long jsonBytes;
			try {
				try (JsonGenerator g = json.createGenerator(
						new CheckedOutputStream(new DeflaterOutputStream(compressedJson, deflater, 8192), crc))) {
					try (JsonOnItsOwnThread datasets = new JsonOnItsOwnThread(new JsonDatasets(g, reference, generatedAt))) {
						SubjectExport both = new Both(csv, datasets, progress);
						for (PersonalDataHolder h : holders) {
							h.export(subject, both);
							progress.holderDone();
						}
					}
				}
				jsonBytes = deflater.getBytesRead();
			}
			finally {
				deflater.end();
			}
			// compressed once, while it was written: added to the ZIP as it is
			entries.addDeflated("data.json", compressedJson.toByteArray(), jsonBytes, crc.getValue());
			entries.start("README.txt");
			text.write(ArchiveReadme.of(reference, generatedAt, csv.rowsByFile(),
					holders.stream().flatMap(h -> h.inventory().personal().stream())
						.sorted(Comparator.comparing(PersonalField::column)).toList()));
			text.flush();
			entries.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Hands every category's rows to the CSV files and to the JSON at once. */
	private record Both(CsvFiles csv, JsonOnItsOwnThread datasets, ArchiveProgress progress) implements SubjectExport {

		@Override
		public void add(String dataset, List<String> columns, List<List<String>> rows) {
			stream(dataset, columns, each -> rows.forEach(each));
		}

		@Override
		public void stream(String dataset, List<String> columns, RowSource rows) {
			progress.category(dataset);
			Consumer<List<String>> toCsv = csv.begin(dataset, columns);
			Consumer<List<String>> toJson = datasets.begin(dataset, columns);
			rows.each(row -> {
				toCsv.accept(row);
				toJson.accept(row);
				progress.row();
			});
			csv.end();
			datasets.end();
		}
	}

	static String describe(PersonalField f) {
		return f.column() + " — " + f.category() + "; " + f.purpose() + "; " + f.basis() + "; kept: " + f.retention();
	}
}
