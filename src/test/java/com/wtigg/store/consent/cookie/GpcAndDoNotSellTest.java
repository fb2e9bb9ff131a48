package com.wtigg.store.consent.cookie;

import static com.wtigg.store.consent.cookie.ConsentRequests.browserId;
import static com.wtigg.store.consent.cookie.ConsentRequests.choose;
import static com.wtigg.store.consent.cookie.ConsentRequests.consent;
import static com.wtigg.store.consent.cookie.ConsentRequests.consentSet;
import static com.wtigg.store.consent.cookie.ConsentRequests.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.HttpServletRequest;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.consent.CookieConsents;

/**
 * Global Privacy Control is honoured on the server (marketing and sale/share off, an earlier
 * opt-in overridden, recorded once per change, the notice shown), gpc.json says so, and the
 * "Do Not Sell or Share" page records an anonymous visitor's opt-out and shows it.
 */
@StoreTest
@PolicyClause("SHR-NOSALE")
class GpcAndDoNotSellTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CookieConsents consents;

	private long recordsOf(String browserId) {
		return jdbc.sql("select count(*) from cookie_consent where browser_id = ?").param(browserId).query(Long.class).single();
	}

	private static HttpServletRequest requestWith(String cookie, boolean gpc) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(consent(cookie));
		if (gpc) {
			request.addHeader("Sec-GPC", "1");
		}
		return request;
	}

	@Test
	void gpcOverridesAnEarlierOptInIsRecordedOnceAndIsShown() {
		String accepted = consentSet(choose(mvc, null, "choice", "accept-all"));
		assertThat(consents.cookieChoice(requestWith(accepted, false))).hasValueSatisfying(c -> assertThat(c.marketing()).isTrue());

		MvcTestResult first = mvc.get().uri("/c/rings").cookie(consent(accepted)).header("Sec-GPC", "1").exchange();
		String withGpc = consentSet(first);
		assertThat(withGpc).isNotNull();
		assertThat(record(jdbc, browserId(accepted))).containsEntry("method", "gpc").containsEntry("gpc", true)
			.containsEntry("marketing", false).containsEntry("sale_share_opt_out", true).containsEntry("analytics", true);
		long recorded = recordsOf(browserId(accepted));
		Document page = Html.parse(mvc.get().uri("/c/rings").cookie(consent(withGpc)).header("Sec-GPC", "1").exchange());
		assertThat(recordsOf(browserId(accepted))).isEqualTo(recorded);
		assertThat(page.selectFirst("#gpc-notice").text()).contains("Global Privacy Control signal is honoured");
		assertThat(Html.parse(mvc.get().uri("/").header("Sec-GPC", "1").header("Accept-Language", "zh-CN").exchange())
			.selectFirst("#gpc-notice").text()).contains("全球隐私控制");

		assertThat(consents.cookieChoice(requestWith(withGpc, true))).hasValueSatisfying(c -> {
			assertThat(c.marketing()).isFalse();
			assertThat(c.analytics()).isTrue();
			assertThat(c.gpc()).isTrue();
		});
		assertThat(consents.saleShareOptedOut(requestWith(withGpc, false))).isTrue();
		assertThat(consents.cookieChoice(requestWith(withGpc, false))).hasValueSatisfying(c -> assertThat(c.marketing()).isFalse());
	}

	@Test
	void aChoiceWithGpcOnNeverTurnsMarketingOn() {
		MvcTestResult result = mvc.post().uri("/cookies/choice").with(csrf()).header("Sec-GPC", "1").param("choice", "accept-all")
			.exchange();

		String cookie = consentSet(result);
		assertThat(record(jdbc, browserId(cookie))).containsEntry("method", "accept-all").containsEntry("marketing", false)
			.containsEntry("gpc", true);
		assertThat(consents.cookieChoice(requestWith(cookie, false))).hasValueSatisfying(c -> assertThat(c.marketing()).isFalse());
	}

	@Test
	void aClientThatKeepsNoCookiesIsRecordedAtMostThirtyTimesAnHour() {
		String count = "select count(*) from cookie_consent where method = 'gpc'";
		long before = jdbc.sql(count).query(Long.class).single();

		for (int i = 0; i < 40; i++) {
			MvcTestResult result = mvc.get().uri("/.well-known/gpc.json").header("Sec-GPC", "1").with(r -> {
				r.setRemoteAddr("203.0.113.9");
				return r;
			}).exchange();
			assertThat(consentSet(result)).isNotNull();
		}
		assertThat(jdbc.sql(count).query(Long.class).single() - before).isEqualTo(30);
	}

	@Test
	void gpcJsonSaysTheSignalIsHonoured() throws Exception {
		MvcTestResult result = mvc.get().uri("/.well-known/gpc.json").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result).bodyJson().extractingPath("$.gpc").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.lastUpdate").asString().matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void anAnonymousVisitorsOptOutIsRecordedByBrowserAndShown() {
		Document before = Html.parse(mvc.get().uri("/privacy/do-not-sell").exchange());
		assertThat(before.selectFirst("#we-sell-nothing").text()).contains("does not sell");
		assertThat(before.select("#do-not-sell-form input[name=_csrf]")).hasSize(1);

		MvcTestResult optOut = mvc.post().uri("/privacy/do-not-sell").with(csrf()).exchange();
		assertThat(optOut).hasStatus3xxRedirection();
		String cookie = consentSet(optOut);
		assertThat(record(jdbc, browserId(cookie))).containsEntry("method", "do-not-sell")
			.containsEntry("sale_share_opt_out", true).containsEntry("subject_id", null);
		Document after = Html.parse(mvc.get().uri("/privacy/do-not-sell").cookie(consent(cookie)).exchange());
		assertThat(after.selectFirst("#opt-out-state").hasClass("opted-out")).isTrue();
		assertThat(after.select("#do-not-sell-form")).isEmpty();
		assertThat(consents.saleShareOptedOut(requestWith(cookie, false))).isTrue();
		assertThat(mvc.post().uri("/privacy/do-not-sell").exchange()).hasStatus(403);
	}

	@Test
	void everyPageLinksCookieSettingsAndDoNotSell() {
		for (String path : new String[] { "/", "/cookies", "/account/login", "/no-such-page" }) {
			Document page = Html.parse(mvc.get().uri(path).exchange());
			assertThat(page.select("footer a[href='/cookies#choice']")).as(path).hasSize(1);
			assertThat(page.select("footer a[href='/privacy/do-not-sell']")).as(path).hasSize(1);
		}
	}
}
