package com.wtigg.store.consent.cookie;

import static com.wtigg.store.consent.cookie.ConsentRequests.browserId;
import static com.wtigg.store.consent.cookie.ConsentRequests.choose;
import static com.wtigg.store.consent.cookie.ConsentRequests.consent;
import static com.wtigg.store.consent.cookie.ConsentRequests.consentSet;
import static com.wtigg.store.consent.cookie.ConsentRequests.record;
import static com.wtigg.store.consent.cookie.ConsentRequests.records;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.crypto.Keyring;

/**
 * The banner asks until a choice is made; accept all, reject all and a choice per category are each
 * recorded with every field and end the banner; a tampered, forged or expired cookie is no choice.
 */
@StoreTest
@PolicyClause({ "CKE-CATEGORIES", "CKE-CHOICE" })
class CookieChoiceTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicyVersion policy;

	@Autowired
	Keyring keyring;

	private Document home(String consentCookie) {
		var request = mvc.get().uri("/");
		return Html.parse(consentCookie == null ? request.exchange() : request.cookie(consent(consentCookie)).exchange());
	}

	@Test
	void theFirstVisitShowsTheBannerWithThreeEqualChoicesAndNoOptionalScript() {
		Document page = home(null);

		Element banner = page.selectFirst("#cookie-banner");
		assertThat(banner).isNotNull();
		assertThat(banner.attr("role")).isEqualTo("region");
		assertThat(page.getElementById(banner.attr("aria-labelledby"))).isNotNull();
		assertThat(banner.select("form[action=/cookies/choice][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(banner.select("#banner-accept, #banner-reject, #banner-choose"))
			.extracting(e -> e.className()).containsExactly("consent-button", "consent-button", "consent-button");
		assertThat(banner.select("input[name=analytics], input[name=marketing]")).allMatch(i -> !i.hasAttr("checked"));
		assertThat(banner.selectFirst("#banner-necessary").hasAttr("disabled")).isTrue();
		assertThat(page.select("script[src]")).extracting(e -> e.attr("src")).allMatch(src -> src.contains("htmx"));
		assertThat(page.select("script:not([src])")).isEmpty();
		Document chinese = Html.parse(mvc.get().uri("/").header("Accept-Language", "zh-CN").exchange());
		assertThat(chinese.selectFirst("#banner-reject").text()).isEqualTo("全部拒绝");
	}

	@Test
	void acceptAllIsRecordedWithEveryFieldAndEndsTheBanner() {
		MvcTestResult result = choose(mvc, null, "choice", "accept-all", "back", "/c/rings");

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/c/rings");
		String cookie = consentSet(result);
		Map<String, Object> row = record(jdbc, browserId(cookie));
		assertThat(row).containsEntry("analytics", true).containsEntry("marketing", true).containsEntry("method", "accept-all")
			.containsEntry("policy_version", policy.version()).containsEntry("browser_family", "Chrome")
			.containsEntry("jurisdiction", "EU/EEA").containsEntry("gpc", false).containsEntry("subject_id", null);
		assertThat(row.get("given_at")).isNotNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).contains("HttpOnly", "Max-Age=31536000");
		assertThat(home(cookie).select("#cookie-banner")).isEmpty();
	}

	@Test
	void aChoicePerCategoryIsRecordedAsCustom() {
		String cookie = consentSet(choose(mvc, null, "choice", "custom", "analytics", "on"));

		assertThat(record(jdbc, browserId(cookie))).containsEntry("analytics", true).containsEntry("marketing", false)
			.containsEntry("method", "custom");
		Document settings = Html.parse(mvc.get().uri("/cookies").cookie(consent(cookie)).exchange());
		assertThat(settings.selectFirst("#settings-analytics").hasAttr("checked")).isTrue();
		assertThat(settings.selectFirst("#settings-marketing").hasAttr("checked")).isFalse();
	}

	@Test
	@PolicyClause("DSR-WITHDRAW")
	void rejectAllAfterAConsentIsRecordedAsAWithdrawalInOneClick() {
		String accepted = consentSet(choose(mvc, null, "choice", "accept-all"));
		String rejected = consentSet(choose(mvc, consent(accepted), "choice", "reject-all"));

		assertThat(browserId(rejected)).isEqualTo(browserId(accepted));
		assertThat(record(jdbc, browserId(rejected))).containsEntry("method", "withdraw").containsEntry("analytics", false)
			.containsEntry("marketing", false);
		assertThat(home(rejected).select("#cookie-banner")).isEmpty();
		String firstReject = consentSet(choose(mvc, null, "choice", "reject-all"));
		assertThat(record(jdbc, browserId(firstReject))).containsEntry("method", "reject-all");
	}

	@Test
	void aTamperedForgedOrExpiredCookieCountsAsNoChoice() {
		String cookie = consentSet(choose(mvc, null, "choice", "reject-all"));
		String tampered = cookie.replaceFirst("\\.c\\.", ".cam.");

		assertThat(tampered).isNotEqualTo(cookie);
		assertThat(home(tampered).select("#cookie-banner")).hasSize(1);
		assertThat(home("1." + "A".repeat(43) + ".cam.MjAyNi0xMi0wMQ.1.0.1." + "A".repeat(43)).select("#cookie-banner")).hasSize(1);
		Instant yearAgo = Instant.now().minus(Duration.ofDays(366));
		ConsentCookieCodec past = new ConsentCookieCodec(keyring, Clock.fixed(yearAgo, ZoneOffset.UTC), Duration.ofDays(365));
		String expired = past.encode(ConsentCookie.fresh(policy.version(), yearAgo)
			.choose(true, true, policy.version(), java.util.UUID.randomUUID(), yearAgo));
		assertThat(home(expired).select("#cookie-banner")).hasSize(1);
	}

	@Test
	void badChoicesAnswer400AndStoreNothing() {
		long before = records(jdbc);

		for (String[] fields : new String[][] { { "choice", "accept-everything" }, {}, { "choice", "custom", "analytics", "yes" },
				{ "choice", "custom", "marketing", "x".repeat(5000) }, { "choice", "accept-all", "back", "/" + "a".repeat(600) },
				{ "choice", "a".repeat(100_000) } }) {
			MvcTestResult result = choose(mvc, null, fields);
			assertThat(result).hasStatus(400);
			assertThat(consentSet(result)).isNull();
			assertThat(Html.parse(result).selectFirst("#choice-error")).isNotNull();
		}
		assertThat(mvc.post().uri("/cookies/choice").param("choice", "accept-all").exchange()).hasStatus(403);
		assertThat(records(jdbc)).isEqualTo(before);
	}

	@Test
	void cachedPagesFollowEachVisitorsConsentState() {
		String accepted = consentSet(choose(mvc, null, "choice", "accept-all"));
		for (int round = 0; round < 2; round++) {
			assertThat(home(null).select("#cookie-banner")).hasSize(1);
			assertThat(home(accepted).select("#cookie-banner")).isEmpty();
			Document gpc = Html.parse(mvc.get().uri("/").header("Sec-GPC", "1").exchange());
			assertThat(gpc.select("#gpc-notice")).hasSize(1);
			assertThat(home(null).select("#gpc-notice")).isEmpty();
		}
	}
}
