package com.wtigg.store.marketing.campaign;

import java.util.List;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Campaign bodies as staff write them, made safe with the OWASP Java HTML Sanitizer: formatting,
 * links (http, https, mailto only), blocks and tables stay; scripts, styles, event handlers,
 * {@code javascript:} URLs and everything else go.
 */
@Component
public class BodySanitizer {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("hr").allowUrlProtocols("https", "http", "mailto").toFactory());

	private static final List<String> BREAKS = List.of("p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "hr",
			"blockquote");

	public String sanitize(String html) {
		return POLICY.sanitize(html == null ? "" : html);
	}

	/** The sanitised body as plain text, for the mail's text part. */
	public String text(String html) {
		StringBuilder text = new StringBuilder();
		HtmlSanitizer.sanitize(sanitize(html), new HtmlSanitizer.Policy() {
			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String name, List<String> attributes) {
				if (name.equals("br") || name.equals("hr")) {
					text.append('\n');
				}
			}

			@Override
			public void closeTag(String name) {
				if (BREAKS.contains(name)) {
					text.append("\n\n");
				}
			}

			@Override
			public void text(String chunk) {
				text.append(chunk);
			}
		});
		return text.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

}
