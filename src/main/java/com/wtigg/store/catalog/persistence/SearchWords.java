package com.wtigg.store.catalog.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog's vocabulary, from which misspelt search words are corrected. It follows the
 * catalog: whichever node first sees a new revision collects the words again.
 */
@Component
class SearchWords {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SearchWords(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Collects the words again unless they were collected from the catalog's current revision. */
	void refresh() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog.search_words'))").query().singleValue();
			boolean stale = jdbc.sql("select words_revision <> revision from catalog_revision where id = 1")
				.query(Boolean.class).single();
			if (stale) {
				collect();
				jdbc.sql("update catalog_revision set words_revision = revision where id = 1").update();
			}
		});
	}

	private void collect() {
		jdbc.sql("delete from catalog_search_word").update();
		jdbc.sql("""
				insert into catalog_search_word (word)
				select word from ts_stat($$
				    select to_tsvector('simple', concat_ws(' ', p.name_en, p.description_en, c.name_en, c.keywords_en,
				                                           k.name_en, p.origin, lower(p.jade_type), 'jade'))
				    from catalog_piece p
				    join catalog_category c on c.slug = p.category
				    join catalog_colour k on k.key = p.colour
				$$)
				where length(word) >= 3 and word ~ '^[a-z]+$'
				""").update();
	}
}
