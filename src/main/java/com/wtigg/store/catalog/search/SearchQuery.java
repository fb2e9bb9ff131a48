package com.wtigg.store.catalog.search;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper typed, split into Latin-script words and Chinese character pairs.
 *
 * <p>Chinese is written without spaces: a run of Han characters is looked for whole, and, where no
 * piece has it whole, by its overlapping pairs of characters ("翡翠手镯" by 翡翠, 翠手, 手镯).
 */
public record SearchQuery(List<String> words, List<String> hanRuns, List<String> hanGrams) {

	/** Longer queries are cut to this many characters. */
	public static final int MAX_LENGTH = 200;

	private static final int MAX_WORDS = 8;

	private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}+|[\\p{L}\\p{N}]+");

	public static SearchQuery parse(String text) {
		String cut = text == null ? "" : text.strip();
		if (cut.length() > MAX_LENGTH) {
			cut = cut.substring(0, MAX_LENGTH);
		}
		Set<String> words = new LinkedHashSet<>();
		Set<String> runs = new LinkedHashSet<>();
		Set<String> grams = new LinkedHashSet<>();
		Matcher tokens = TOKEN.matcher(cut);
		while (tokens.find()) {
			String token = tokens.group();
			if (UnicodeScript.of(token.codePointAt(0)) == UnicodeScript.HAN) {
				if (runs.size() < MAX_WORDS) {
					runs.add(token);
					grams.addAll(pairs(token));
				}
			}
			else if (words.size() < MAX_WORDS) {
				words.add(token.toLowerCase(Locale.ROOT));
			}
		}
		return new SearchQuery(List.copyOf(words), List.copyOf(runs), List.copyOf(grams));
	}

	private static List<String> pairs(String han) {
		int[] points = han.codePoints().toArray();
		List<String> pairs = new ArrayList<>();
		if (points.length == 1) {
			pairs.add(han);
		}
		for (int i = 0; i + 1 < points.length; i++) {
			pairs.add(new String(points, i, 2));
		}
		return pairs;
	}

	public boolean isEmpty() {
		return words.isEmpty() && hanRuns.isEmpty();
	}
}
