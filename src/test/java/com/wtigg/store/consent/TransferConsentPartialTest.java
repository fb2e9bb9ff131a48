package com.wtigg.store.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.PageContext;

/**
 * The consent partial a checkout includes for a subject in China: it names each recipient and its
 * country, the purposes and the data categories, in the page's language, with one unticked box.
 */
@StoreTest
@PolicyClause("LOC-XBORDER")
class TransferConsentPartialTest {

	@Autowired
	TemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	StoreIdentity store;

	@Autowired
	ConsentApi consents;

	private Document render(Locale locale, FormErrors errors) {
		PageContext ctx = new PageContext(locale, messages, null, store, List.of(), 0, "/checkout", null, false, false, List.of());
		List<Processor> recipients = consents.recipientsOutsideChina(Set.of("ups", "fedex"));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ctx", ctx);
		params.put("recipients", recipients);
		params.put("purposes", Set.of("delivery"));
		params.put("categories", EnumSet.of(DataCategory.CONTACT, DataCategory.PURCHASES));
		params.put("errors", errors);
		StringOutput out = new StringOutput();
		templates.render("consent/transfer-consent.jte", params, out);
		return Jsoup.parseBodyFragment(out.toString());
	}

	@Test
	void theConsentNamesRecipientsCountriesPurposesAndCategoriesWithAnUntickedBox() {
		Document html = render(Locale.ENGLISH, new FormErrors());
		assertThat(html.select("li[data-processor]").eachAttr("data-processor")).containsExactlyInAnyOrder("ups", "fedex");
		assertThat(html.select("li[data-processor=ups]").text()).contains("United Parcel Service (UPS) (United States)");
		assertThat(html.selectFirst(".transfer-purposes").text()).isEqualTo("delivering your order");
		assertThat(html.selectFirst(".transfer-categories").text()).contains("Contact details", "Purchases");
		assertThat(html.select("input[type=checkbox]")).hasSize(1);
		assertThat(html.selectFirst("input[type=checkbox]").hasAttr("checked")).isFalse();
		assertThat(html.selectFirst("label[for=transferConsent]").text()).contains("FedEx (United States)", "delivering your order");
	}

	@Test
	void theConsentSpeaksChineseAndShowsItsError() {
		Document html = render(Locale.SIMPLIFIED_CHINESE, new FormErrors().add("transferConsent", "consent.transfer.required"));
		assertThat(html.selectFirst("legend").text()).isEqualTo("您对向中国境外传输数据的同意");
		assertThat(html.select("li[data-processor=fedex]").text()).contains("FedEx（美国）");
		assertThat(html.selectFirst("#transferConsent-error").text()).startsWith("请勾选同意传输");
		assertThat(html.selectFirst("input[type=checkbox]").attr("aria-invalid")).isEqualTo("true");
	}
}
