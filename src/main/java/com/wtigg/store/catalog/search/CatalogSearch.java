package com.wtigg.store.catalog.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.wtigg.store.catalog.persistence.CatalogCache;

/**
 * Full-text search over the catalog with PostgreSQL, tolerant of typos.
 *
 * <p>Each English word that the catalog does not contain is replaced by the catalog word closest
 * to it ("bangel" becomes "bangle"), by edit distance and trigram similarity. A word that nearly
 * every piece contains ("jade" in a jade shop) does not narrow the results; the other words must
 * all match, or, when no piece has them all, as many as possible. A word that some piece has in
 * its name, kind, colour or origin must be found there, not just in a description ("bangle" does
 * not find a pendant that "goes well with a bangle"). Chinese text matches by character pairs,
 * with the same preference for names.
 */
@Service
public class CatalogSearch {

	private static final int KEPT_RESULTS = 2000;

	/** A word found in more than this share of pieces does not narrow a search. */
	private static final double COMMON_WORD_SHARE = 0.8;

	private final JdbcClient jdbc;

	private final CatalogCache catalog;

	private volatile Vocabulary vocabulary;

	CatalogSearch(JdbcClient jdbc, CatalogCache catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * The corrected query and the slugs of the pieces that match it, most relevant first. Results
	 * are kept until the catalog changes, up to {@value #KEPT_RESULTS} queries.
	 */
	public SearchResult search(SearchQuery query) {
		if (query.isEmpty()) {
			return new SearchResult(List.of(), List.of());
		}
		Map<SearchQuery, SearchResult> results = current().results();
		SearchResult kept = results.get(query);
		if (kept != null) {
			return kept;
		}
		SearchResult result = searchDatabase(query);
		if (results.size() >= KEPT_RESULTS) {
			results.clear();
		}
		results.put(query, result);
		return result;
	}

	private SearchResult searchDatabase(SearchQuery query) {
		List<String> words = query.words().stream().map(this::corrected).toList();
		List<Hit> hits = jdbc.sql("""
				with term as (
				    select ord, q, case when numnode(q) = 1 then (q::text || ':ABC')::tsquery else q end as strong
				    from unnest(?::text[]) with ordinality as u(t, ord), plainto_tsquery('english', t) as q
				)
				select p.slug,
				       coalesce(array_agg(term.ord order by term.ord) filter (where p.search_en @@ term.q), '{}') as matched,
				       coalesce(array_agg(term.ord order by term.ord) filter (where p.search_en @@ term.strong), '{}') as strong,
				       coalesce(sum(ts_rank(p.search_en, term.q)) filter (where p.search_en @@ term.q), 0) as rank,
				       (select count(*) from unnest(?::text[]) g where strpos(p.search_zh, g) > 0) as han_hits,
				       (select count(*) from unnest(?::text[]) g where strpos(p.search_zh_name, g) > 0) as han_strong,
				       (select count(*) from unnest(?::text[]) r where strpos(p.search_zh, r) > 0) as runs_any,
				       (select count(*) from unnest(?::text[]) r where strpos(p.search_zh_name, r) > 0) as runs_strong
				from catalog_piece p
				left join term on true
				group by p.id, p.slug
				""")
			.params(words.toArray(String[]::new), query.hanGrams().toArray(String[]::new),
					query.hanGrams().toArray(String[]::new), query.hanRuns().toArray(String[]::new),
					query.hanRuns().toArray(String[]::new))
			.query((rs, n) -> new Hit(rs.getString("slug"), toInts((Long[]) rs.getArray("matched").getArray()),
					toInts((Long[]) rs.getArray("strong").getArray()), rs.getDouble("rank"), rs.getInt("han_hits"),
					rs.getInt("han_strong"), rs.getInt("runs_any"), rs.getInt("runs_strong")))
			.list();
		return new SearchResult(words, rank(hits, words.size(), query.hanRuns().size(), query.hanGrams().size()));
	}

	private String corrected(String word) {
		if (word.length() < 3 || word.chars().anyMatch(Character::isDigit) || knownWords().contains(word)) {
			return word;
		}
		return jdbc.sql("""
				select word from catalog_search_word
				where word = :w or similarity(word, :w) >= 0.3
				   or (left(word, 1) = left(:w, 1) and levenshtein(word, :w) <= case when length(:w) <= 4 then 2 else 3 end)
				order by word = :w desc, levenshtein(word, :w), similarity(word, :w) desc, word
				limit 1
				""")
			.param("w", word)
			.query(String.class)
			.optional()
			.orElse(word);
	}

	private Set<String> knownWords() {
		return current().words();
	}

	/** The catalog's words and the results found so far, both for the catalog's current revision. */
	private Vocabulary current() {
		long revision = catalog.current().revision();
		Vocabulary known = vocabulary;
		if (known == null || known.revision() != revision) {
			known = new Vocabulary(revision,
					Set.copyOf(jdbc.sql("select word from catalog_search_word").query(String.class).list()),
					new ConcurrentHashMap<>());
			vocabulary = known;
		}
		return known;
	}

	private record Vocabulary(long revision, Set<String> words, Map<SearchQuery, SearchResult> results) {
	}

	private static List<String> rank(List<Hit> hits, int wordCount, int runCount, int gramCount) {
		boolean[] narrowing = narrowingWords(hits, wordCount);
		boolean[] strong = new boolean[wordCount];
		hits.forEach(h -> Arrays.stream(h.strong()).forEach(ord -> strong[ord - 1] = true));
		Predicate<Hit> hanMatch = hanMatch(hits, runCount, gramCount);
		List<Scored> scored = new ArrayList<>();
		for (Hit hit : hits) {
			int matched = 0;
			for (int ord : hit.matched()) {
				boolean found = !strong[ord - 1] || Arrays.stream(hit.strong()).anyMatch(s -> s == ord);
				if (narrowing[ord - 1] && found) {
					matched++;
				}
			}
			if ((matched > 0 || wordCount == 0) && hanMatch.test(hit)) {
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

	/**
	 * How Chinese text must match: every run whole in a name if some piece has that, else every run
	 * whole anywhere, else most character pairs, in names where some piece has them there.
	 */
	private static Predicate<Hit> hanMatch(List<Hit> hits, int runCount, int gramCount) {
		if (runCount == 0) {
			return hit -> true;
		}
		if (hits.stream().anyMatch(h -> h.runsStrong() == runCount)) {
			return hit -> hit.runsStrong() == runCount;
		}
		if (hits.stream().anyMatch(h -> h.runsAny() == runCount)) {
			return hit -> hit.runsAny() == runCount;
		}
		int needed = (gramCount + 1) / 2;
		if (hits.stream().anyMatch(h -> h.hanStrong() >= needed)) {
			return hit -> hit.hanStrong() >= needed;
		}
		return hit -> hit.hanHits() >= needed;
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

	private record Hit(String slug, int[] matched, int[] strong, double rank, int hanHits, int hanStrong, int runsAny,
			int runsStrong) {
	}

	private record Scored(String slug, int matched, double score) {
	}

	/** The words searched for after correction, and the matching slugs by relevance. */
	public record SearchResult(List<String> searchedWords, List<String> slugs) {
	}
}
