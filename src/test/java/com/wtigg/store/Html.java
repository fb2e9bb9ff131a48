package com.wtigg.store;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Reads the store's pages in tests.
 */
public final class Html {

	private Html() {
	}

	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The slugs of the piece tiles of a listing, in the order shown. */
	public static List<String> tileSlugs(Document page) {
		return page.select("main .tiles .tile-link").stream()
			.map(a -> a.attr("href").substring("/p/".length()))
			.toList();
	}

	public static String text(Document page, String selector) {
		Element element = page.selectFirst(selector);
		return element == null ? null : element.text();
	}
}
