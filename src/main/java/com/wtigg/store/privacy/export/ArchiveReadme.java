package com.wtigg.store.privacy.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.wtigg.store.privacy.PersonalField;

/** The archive's {@code README.txt}: what each file is, and every field the store can hold. */
final class ArchiveReadme {

	private ArchiveReadme() {
	}

	static String of(String reference, Instant generatedAt, Map<String, Integer> rowsByFile, List<PersonalField> fields) {
		StringBuilder text = new StringBuilder();
		text.append("Your personal data held by the store, for request ").append(reference).append('\n');
		text.append("Made at ").append(generatedAt).append(" (UTC).\n\n");
		text.append("Files\n");
		text.append("- data.json: everything below in one JSON document: datasets, each with its rows as objects.\n");
		text.append("- README.txt: this text.\n");
		rowsByFile.forEach((file, rows) -> text.append("- ").append(file).append(": ").append(rows)
			.append(rows == 1 ? " row" : " rows").append(" (CSV, RFC 4180, UTF-8, a header line first)\n"));
		text.append("\nEvery field the store can hold about a person: table.column, category, purpose, legal basis, retention\n");
		for (PersonalField f : fields) {
			text.append("- ").append(SubjectArchive.describe(f)).append('\n');
		}
		text.append("\nEncrypted values are shown decrypted; a value whose key was destroyed is empty.\n");
		return text.toString();
	}
}
