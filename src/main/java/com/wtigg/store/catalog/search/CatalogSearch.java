package com.wtigg.store.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the catalog with PostgreSQL, tolerant of typos.
 *
 * <p>Each English word that the catalog does not contain is replaced by the catalog word closest
 * to it by trigram similarity ("bangel" becomes "bangle"). A word that nearly every piece contains
 * ("jade" in a jade shop) does not narrow the results; the other words must all match, or, when
 * no piece has them all, as many as possible. Chinese text matches by character pairs.
 */
@Service
public class CatalogSearch {

	/** A word found in more than this share of pieces does not narrow a search. */
	private static final double COMMON_WORD_SHARE = 0.8;

	private final JdbcClient jdbc;

	CatalogSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The corrected query and the slugs of the pieces that match it, most relevant first. */
	public SearchResult search(SearchQuery query) {
		if (query.isEmpty()) {
			return new SearchResult(List.of(), List.of());
		}
		List<String> words = query.words().stream().map(this::corrected).toList();
		List<Hit> hits = jdbc.sql("""
				with term as (
				    select ord, plainto_tsquery('english', t) as q
				    from unnest(?::text[]) with ordinality as u(t, ord)
				)
				select p.slug,
				       coalesce(array_agg(term.ord order by term.ord) filter (where p.search_en @@ term.q), '{}') as matched,
				       coalesce(sum(ts_rank(p.search_en, term.q)) filter (where p.search_en @@ term.q), 0) as rank,
				       (select count(*) from unnest(?::text[]) g where strpos(p.search_zh, g) > 0) as han_hits
				from catalog_piece p
				left join term on true
				group by p.id, p.slug
				""")
			.params(words.toArray(String[]::new), query.hanGrams().toArray(String[]::new))
			.query((rs, n) -> new Hit(rs.getString("slug"), toInts((Long[]) rs.getArray("matched").getArray()),
					rs.getDouble("rank"), rs.getInt("han_hits")))
			.list();
		return new SearchResult(words, rank(hits, words.size(), query.hanGrams().size()));
	}

	private String corrected(String word) {
		if (word.length() < 3 || word.chars().anyMatch(Character::isDigit)) {
			return word;
		}
		return jdbc.sql("""
				select word from catalog_search_word
				where word = ? or word % ?
				order by word = ? desc, similarity(word, ?) desc, word
				limit 1
				""")
			.params(word, word, word, word)
			.query(String.class)
			.optional()
			.orElse(word);
	}

	private static List<String> rank(List<Hit> hits, int wordCount, int gramCount) {
		boolean[] narrowing = narrowingWords(hits, wordCount);
		int neededGrams = (gramCount + 1) / 2;
		List<Scored> scored = new ArrayList<>();
		for (Hit hit : hits) {
			int matched = 0;
			for (int ord : hit.matched()) {
				if (narrowing[ord - 1]) {
					matched++;
				}
			}
			boolean hanMatch = gramCount == 0 || hit.hanHits() >= neededGrams;
			if ((matched > 0 || wordCount == 0) && hanMatch) {
				scored.add(new Scored(hit.slug(), matched, hit.hanHits() + hit.rank()));
			}
		}
		int best = scored.stream().mapToInt(Scored::matched).max().orElse(0);
		return scored.stream()
			.filter(s -> s.matched() == best)
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::slug))
			.map(Scored::slug)
			.toList();
	}

	/** Which words narrow the search; if none would, all of them do. */
	private static boolean[] narrowingWords(List<Hit> hits, int wordCount) {
		int[] counts = new int[wordCount];
		hits.forEach(h -> Arrays.stream(h.matched()).forEach(ord -> counts[ord - 1]++));
		boolean[] narrowing = new boolean[wordCount];
		boolean any = false;
		for (int i = 0; i < wordCount; i++) {
			narrowing[i] = counts[i] > 0 && counts[i] <= COMMON_WORD_SHARE * hits.size();
			any |= narrowing[i];
		}
		if (!any) {
			Arrays.fill(narrowing, true);
		}
		return narrowing;
	}

	private static int[] toInts(Long[] values) {
		return Arrays.stream(values).mapToInt(Long::intValue).toArray();
	}

	private record Hit(String slug, int[] matched, double rank, int hanHits) {
	}

	private record Scored(String slug, int matched, double score) {
	}

	/** The words searched for after correction, and the matching slugs by relevance. */
	public record SearchResult(List<String> searchedWords, List<String> slugs) {
	}
}
