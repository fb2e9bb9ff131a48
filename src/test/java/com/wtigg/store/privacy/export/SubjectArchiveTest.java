package com.wtigg.store.privacy.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PolicyClause({ "DSR-ACCESS", "DSR-PORTABLE" })
class SubjectArchiveTest {

	/** A holder with a small category and a large streamed one, whose values need quoting. */
	private static final PersonalDataHolder HOLDER = new PersonalDataHolder() {

		@Override
		public Inventory inventory() {
			return new Inventory(List.of(new PersonalField("thing.note", DataCategory.SUPPORT, "answering you",
					LegalBasis.CONTRACT, "7 years", ErasureAction.DELETE)), List.of());
		}

		@Override
		public void export(SubjectId subject, SubjectExport export) {
			export.add("notes", List.of("note", "written"), List.of(List.of("He said \"hi\", then left", "2026-12-01"),
					java.util.Arrays.asList("第二行\nline two", null)));
			export.stream("events", List.of("n"), row -> {
				for (int i = 0; i < 50_000; i++) {
					row.accept(List.of(Integer.toString(i)));
				}
			});
		}

		@Override
		public void erase(SubjectId subject) {
		}

		@Override
		public int purgeExpired(Instant now) {
			return 0;
		}
	};

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	@Test
	void theArchiveHoldsACsvPerCategoryOneJsonOfEverythingAndAReadmeOfTheFields() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SubjectArchive(List.of(HOLDER)).write(SubjectId.random(), "PR-TESTTEST", Instant.parse("2026-12-03T10:00:00Z"), out);

		Map<String, String> files = unzip(out.toByteArray());
		assertThat(files.keySet()).containsExactly("notes.csv", "events.csv", "data.json", "README.txt");
		assertThat(files.get("notes.csv")).startsWith("note,written\r\n")
			.contains("\"He said \"\"hi\"\", then left\",2026-12-01").contains("\"第二行\nline two\",");
		assertThat(files.get("events.csv").split("\r\n")).hasSize(50_001).endsWith("49999");
		JsonNode json = JsonMapper.builder().build().readTree(files.get("data.json"));
		assertThat(json.get("reference").asString()).isEqualTo("PR-TESTTEST");
		assertThat(json.get("datasets").get(0).get("rows").get(1).get("written").isNull()).isTrue();
		assertThat(json.get("datasets").get(1).get("rows")).hasSize(50_000);
		assertThat(files.get("README.txt")).contains("events.csv: 50000 rows").contains("notes.csv: 2 rows")
			.contains("thing.note").contains("answering you").contains("7 years");
	}

	@Test
	void theArchiveTellsHowFarItHasComeRowByRowAndHolderByHolder() {
		List<String> told = new java.util.ArrayList<>();
		long[] rows = new long[1];
		ArchiveProgress progress = new ArchiveProgress() {
			@Override
			public void started(int holders) {
				told.add("started " + holders);
			}

			@Override
			public void category(String dataset) {
				told.add(dataset + " after " + rows[0]);
			}

			@Override
			public void row() {
				rows[0]++;
			}

			@Override
			public void holderDone() {
				told.add("holder done after " + rows[0]);
			}
		};
		new SubjectArchive(List.of(HOLDER, HOLDER)).write(SubjectId.random(), "PR-TESTTEST",
				Instant.parse("2026-12-03T10:00:00Z"), new ByteArrayOutputStream(), progress);

		assertThat(told).containsExactly("started 2", "notes after 0", "events after 2", "holder done after 50002",
				"notes after 50002", "events after 50004", "holder done after 100004");
		assertThat(rows[0]).isEqualTo(100_004);
	}
}
