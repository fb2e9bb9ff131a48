package com.wtigg.store.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.wtigg.store.marketing.campaign.BodySanitizer;

class BodySanitizerTest {

	private final BodySanitizer sanitizer = new BodySanitizer();

	@Test
	void removesScriptsEventHandlersAndJavascriptLinksButKeepsFormatting() {
		String clean = sanitizer.sanitize("<p onclick=\"steal()\">New <b>jadeite</b> bangles</p><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(1)\">x</a><a href=\"https://wtigg.com/c/bangles\">see</a>"
				+ "<img src=x onerror=alert(1)><style>body{}</style>");
		assertThat(clean).doesNotContain("script", "onclick", "javascript:", "onerror", "<img", "<style", "alert")
			.contains("<p>New <b>jadeite</b> bangles</p>", "href=\"https://wtigg.com/c/bangles\"");
	}

	@Test
	void theTextPartReadsTheBodyWithoutMarkup() {
		assertThat(sanitizer.text("<p>Hello &amp; welcome</p><p>Line<br>two</p><script>x()</script>"))
			.isEqualTo("Hello & welcome\n\nLine\ntwo");
	}
}
