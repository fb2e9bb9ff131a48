package com.wtigg.store.privacy.export;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;

/**
 * {@code data.json}: the request's reference and time, then each category as an object with its
 * rows, each row an object of its columns, written as the rows come.
 */
final class JsonDatasets {

	private final JsonGenerator g;

	JsonDatasets(JsonGenerator g, String reference, Instant generatedAt) {
		this.g = g;
		g.writeStartObject();
		g.writeName("reference").writeString(reference);
		g.writeName("generated_at").writeString(generatedAt.toString());
		g.writeName("datasets").writeStartArray();
	}

	Consumer<List<String>> begin(String dataset, List<String> columns) {
		g.writeStartObject();
		g.writeName("dataset").writeString(dataset);
		g.writeName("rows").writeStartArray();
		return row -> {
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
		};
	}

	void end() {
		g.writeEndArray();
		g.writeEndObject();
	}

	void finish() {
		g.writeEndArray();
		g.writeEndObject();
	}
}
