package com.wtigg.store.catalog.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's vocabulary, from which misspelt search words are corrected.
 */
@Component
public class SearchWords {

	private final JdbcClient jdbc;

	SearchWords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Collects every word of the catalog's English texts again. */
	public void rebuild() {
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
