package com.wtigg.store.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of postal codes, country by country, as each postal service publishes it. A country
 * not listed here takes any code of up to 20 letters, digits, spaces and hyphens; the few
 * countries without postal codes take none.
 */
public final class PostalCodes {

	private static final Map<String, Pattern> SHAPES = Map.ofEntries(
			Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")),
			Map.entry("CA", Pattern.compile("[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] \\d[ABCEGHJ-NPRSTV-Z]\\d")),
			Map.entry("GB", Pattern.compile("(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})")),
			Map.entry("CN", Pattern.compile("\\d{6}")),
			Map.entry("TW", Pattern.compile("\\d{3}(\\d{2,3})?")),
			Map.entry("SG", Pattern.compile("\\d{6}")),
			Map.entry("IN", Pattern.compile("[1-9]\\d{5}")),
			Map.entry("DE", Pattern.compile("\\d{5}")),
			Map.entry("FR", Pattern.compile("\\d{5}")),
			Map.entry("IT", Pattern.compile("\\d{5}")),
			Map.entry("ES", Pattern.compile("\\d{5}")),
			Map.entry("KR", Pattern.compile("\\d{5}")),
			Map.entry("MY", Pattern.compile("\\d{5}")),
			Map.entry("TH", Pattern.compile("\\d{5}")),
			Map.entry("JP", Pattern.compile("\\d{3}-\\d{4}")),
			Map.entry("AU", Pattern.compile("\\d{4}")),
			Map.entry("NZ", Pattern.compile("\\d{4}")),
			Map.entry("CH", Pattern.compile("\\d{4}")),
			Map.entry("AT", Pattern.compile("\\d{4}")),
			Map.entry("BE", Pattern.compile("\\d{4}")),
			Map.entry("NL", Pattern.compile("\\d{4} [A-Z]{2}")));

	private static final Set<String> NONE = Set.of("HK", "MO", "AE", "QA");

	private static final Pattern ANY = Pattern.compile("[A-Z0-9][A-Z0-9 -]{0,19}");

	private PostalCodes() {
	}

	/** Whether the country has no postal codes, so the field may stay empty. */
	public static boolean noneIn(String country) {
		return NONE.contains(country);
	}

	/**
	 * The code as the country writes it (upper case, single spaces; a Canadian or British code
	 * without its space gets it, a Japanese one its hyphen), or empty when it cannot be one there.
	 */
	public static Optional<String> normalize(String country, String typed) {
		String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (("CA".equals(country) || "GB".equals(country)) && !code.contains(" ") && code.length() > 3) {
			code = code.substring(0, code.length() - 3) + " " + code.substring(code.length() - 3);
		}
		if ("JP".equals(country) && code.matches("\\d{7}")) {
			code = code.substring(0, 3) + "-" + code.substring(3);
		}
		if ("NL".equals(country) && code.matches("\\d{4}[A-Z]{2}")) {
			code = code.substring(0, 4) + " " + code.substring(4);
		}
		Pattern shape = SHAPES.getOrDefault(country, ANY);
		return shape.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}
}
