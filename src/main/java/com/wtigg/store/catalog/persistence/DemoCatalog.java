package com.wtigg.store.catalog.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.shared.Money;

/**
 * Loads the demo catalog on the first start of a store whose catalog is empty.
 */
@Component
@ConditionalOnBooleanProperty(name = "store.catalog.demo", matchIfMissing = true)
class DemoCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	static final String RESOURCE = "catalog/demo-catalog.csv";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoCatalog(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer loaded = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog.demo'))").query().singleValue();
			if (jdbc.sql("select exists (select 1 from catalog_piece)").query(Boolean.class).single()) {
				return 0;
			}
			return load();
		});
		if (loaded != null && loaded > 0) {
			log.info("Loaded the demo catalog: {} pieces", loaded);
		}
	}

	private int load() {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		int count = 0;
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				insert(row);
				count++;
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("The demo catalog " + RESOURCE + " cannot be read", e);
		}
		return count;
	}

	private void insert(CSVRecord row) {
		jdbc.sql("""
				insert into catalog_piece (slug, category, name_en, name_zh, description_en, description_zh, jade_type,
				    colour, treatment_grade, origin, inner_diameter_mm, ring_size_us, length_mm, width_mm, thickness_mm,
				    weight_g, certificate_lab, certificate_number, price_cents, stock, featured, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() - make_interval(mins => ?))
				""")
			.params(row.get("slug"), row.get("category"), row.get("name_en"), row.get("name_zh"),
					row.get("description_en"), row.get("description_zh"), row.get("jade_type"), row.get("colour"),
					row.get("treatment_grade"), row.get("origin"), decimal(row, "inner_diameter_mm"),
					decimal(row, "ring_size_us"), decimal(row, "length_mm"), decimal(row, "width_mm"),
					decimal(row, "thickness_mm"), decimal(row, "weight_g"), row.get("certificate_lab"),
					row.get("certificate_number"), Money.ofDollars(row.get("price_usd")).cents(),
					Integer.parseInt(row.get("stock")), Boolean.parseBoolean(row.get("featured")),
					(int) row.getRecordNumber())
			.update();
	}

	private static BigDecimal decimal(CSVRecord row, String column) {
		String value = row.get(column);
		return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
	}
}
