package com.wtigg.store.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.payment.stripe.StripePage;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.web.Assets;
import com.wtigg.store.shared.web.FormToken;
import com.wtigg.store.shared.web.PageContext;

/**
 * Every {@code <script>} in the store's templates carries the integrity hash of the bytes the
 * store serves, and is in the script inventory; only scripts that must come from their makers
 * (Google's tag library, Stripe.js) go without, and the inventory names them.
 */
@AnalyticsTest
class ScriptIntegrityTest {

	private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern STORE_SCRIPT = Pattern.compile("asset\\(\"([^\"]+\\.js)\"\\)");

	private static final Pattern EXTERNAL_SRC = Pattern.compile("src=\"(https://[^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	StoreIdentity store;

	@Autowired
	Assets assets;

	@Autowired
	ScriptInventory inventory;

	private static List<String> scriptTags() throws IOException {
		List<String> tags = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
				Matcher tag = SCRIPT_TAG.matcher(Files.readString(file));
				while (tag.find()) {
					tags.add(tag.group());
				}
			}
		}
		return tags;
	}

	@Test
	void everyScriptTagOfTheTemplatesCarriesAnIntegrityHashButThoseThatMustComeFromTheirMakers() throws IOException {
		List<String> tags = scriptTags();
		assertThat(tags).hasSizeGreaterThanOrEqualTo(4); // htmx, the optional scripts, and both of the card page
		for (String tag : tags) {
			Matcher external = EXTERNAL_SRC.matcher(tag);
			if (external.find()) {
				assertThat(ScriptInventory.EXTERNAL).as(tag).contains(external.group(1));
			}
			else {
				assertThat(tag).contains("integrity=\"${");
			}
		}
	}

	@Test
	void everyScriptTheTemplatesLoadFromTheStoreIsInTheInventory() throws IOException {
		List<String> listed = inventory.scripts().stream().map(ScriptInventory.Script::path).toList();
		for (String tag : scriptTags()) {
			Matcher served = STORE_SCRIPT.matcher(tag);
			if (served.find()) {
				assertThat(listed).as(tag).contains(served.group(1));
			}
		}
		assertThat(listed).contains(AnalyticsScripts.BEACON, AnalyticsScripts.GA_LOADER);
	}

	@Test
	void withStripeAsTheGatewayTheInventoryNamesStripeJsAndWhyItHasNoHash() {
		ScriptInventory withStripe = new ScriptInventory(assets, new GoogleAnalytics(""), "stripe");
		assertThat(withStripe.scripts()).filteredOn(ScriptInventory.Script::external).singleElement().satisfies(script -> {
			assertThat(script.url()).isEqualTo(ScriptInventory.STRIPE_JS);
			assertThat(script.integrity()).isNull();
			assertThat(messages.getMessage(script.note(), null, Locale.ENGLISH)).contains("card payment page");
			assertThat(messages.getMessage(script.note(), null, Locale.SIMPLIFIED_CHINESE)).contains("付款");
		});
		assertThat(inventory.scripts()).extracting(ScriptInventory.Script::url).doesNotContain(ScriptInventory.STRIPE_JS);
	}

	@Test
	void theCardPaymentPagesOwnScriptCarriesTheHashOfItsServedBytes() throws Exception {
		PageContext ctx = new PageContext(Locale.ENGLISH, messages, assets, store, List.of(), 0, "/payment/stripe/pay",
				new FormToken("_csrf", "token"), false, false, List.of());
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ctx", ctx);
		params.put("page", new StripePage("pk_test_x", "pi_x_secret_y", "/payment/return", "$250.00"));
		StringOutput out = new StringOutput();
		templates.render("payment/stripe-pay.jte", params, out);
		Document page = Jsoup.parse(out.toString());

		List<Element> scripts = page.select("script[src]");
		assertThat(scripts).extracting(s -> s.attr("src")).contains(ScriptInventory.STRIPE_JS)
			.anyMatch(src -> src.startsWith("/js/stripe-payment"));
		for (Element script : scripts) {
			if (!script.attr("src").equals(ScriptInventory.STRIPE_JS)) {
				assertThat(script.attr("integrity")).as(script.attr("src")).isEqualTo(sha384(script.attr("src")));
			}
		}
	}

	private String sha384(String url) throws Exception {
		byte[] served = mvc.get().uri(url).exchange().getResponse().getContentAsByteArray();
		assertThat(served).as(url).isNotEmpty();
		return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(served));
	}
}
