package com.wtigg.store.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.consent.cookie.ConsentCookieFixture;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The dashboard and the script inventory: who may open them and what they show; the analytics
 * scripts on the storefront only with consent, each with the integrity hash of its served bytes.
 */
@AnalyticsTest
class AnalyticsPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	/** Real signed consent cookies, as the store writes them after a choice. */
	private ConsentCookieFixture consent() {
		return new ConsentCookieFixture(context);
	}

	/** The consent cookie of a choice: "analytics" allows analytics, "reject" refuses all. */
	private Cookie choice(String choice) {
		return choice.equals("analytics") ? consent().analyticsAllowed() : consent().allRefused();
	}

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult as(String uri, StaffRole role) {
		return mvc.get().uri(uri).with(authentication(StaffFlows.staff(SubjectId.random(), EnumSet.of(role)))).exchange();
	}

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "ADMIN", "CATALOG_MANAGER" })
	void adminsAndCatalogManagersOpenTheDashboard(StaffRole role) {
		assertThat(as("/admin/analytics", role)).hasStatusOk();
	}

	@ParameterizedTest
	@EnumSource(value = StaffRole.class, names = { "SUPPORT_AGENT", "FULFILMENT", "PRIVACY_OFFICER" })
	void otherStaffMayNotOpenTheDashboard(StaffRole role) {
		assertThat(as("/admin/analytics", role)).hasStatus(403);
		assertThat(as("/admin/scripts", role)).hasStatus(403);
	}

	@Test
	void customersAndVisitorsMayNotOpenTheDashboard() {
		assertThat(mvc.get().uri("/admin/analytics").with(authentication(StaffFlows.customer(SubjectId.random()))).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/analytics").exchange().getResponse().getStatus()).isIn(302, 401, 403);
	}

	@Test
	void theDashboardShowsVisitsSearchesPiecesAndClickThrough() {
		String query = "dashboard " + SubjectId.random();
		String piece = "dashboard-piece-" + System.nanoTime();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < 50; i++) {
			jdbc.sql("insert into analytics_event (occurred_at, kind, path, search_query) values (?, 'page_view', '/search', ?)")
				.params(now, query).update();
			jdbc.sql("insert into analytics_event (occurred_at, kind, path) values (?, 'page_view', ?)")
				.params(now, "/p/" + piece).update();
		}
		jdbc.sql("insert into analytics_event (occurred_at, kind, path, target) values (?, 'tile_click', '/search', '/p/x')")
			.param(now).update();
		MvcTestResult result = as("/admin/analytics", StaffRole.ADMIN);
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		assertThat(page.select("#visits-chart svg rect")).hasSize(30);
		assertThat(page.select("#top-searches th[scope=row]").eachText()).contains(query);
		assertThat(page.select("#top-pieces th[scope=row]").eachText()).contains(piece);
		assertThat(page.select("#ctr-chart svg rect")).isNotEmpty();
		assertThat(page.select("#ctr-definition").text()).contains("clicks on product tiles divided by views");
		// consent rates: as the consent module answers (DashboardConsentRatesTest shows both states)
		assertThat(page.select("#consent-rates h2")).hasSize(1);
		jdbc.sql("delete from analytics_event where search_query = ? or path = ? or target = '/p/x'").params(query, "/p/" + piece)
			.update();
	}

	@Test
	void aWrongDateIsRefusedBesideItsFieldWithTheFormKept() {
		MvcTestResult result = as("/admin/analytics?from=yesterday&to=2026-13-45", StaffRole.ADMIN);
		assertThat(result).hasStatus(400);
		Document page = Html.parse(result);
		assertThat(page.select("#range-from-error").text()).contains("YYYY-MM-DD");
		assertThat(page.select("#range-to-error").text()).contains("YYYY-MM-DD");
		assertThat(page.select("#range-from").attr("value")).isEqualTo("yesterday");
		assertThat(as("/admin/analytics?from=2026-12-01&to=2026-11-01", StaffRole.ADMIN)).hasStatus(400);
		assertThat(as("/admin/analytics?from=2020-01-01&to=2026-11-01", StaffRole.ADMIN)).hasStatus(400);
	}

	@Test
	void theDashboardIsInChineseToo() {
		MvcTestResult result = mvc.get().uri("/admin/analytics").header("Accept-Language", "zh-CN")
			.cookie(new Cookie("lang", "zh-CN"))
			.with(authentication(StaffFlows.staff(SubjectId.random(), EnumSet.of(StaffRole.ADMIN)))).exchange();
		assertThat(Html.parse(result).select("h1").text()).isEqualTo("使用情况分析");
	}

	@Test
	void theScriptInventoryListsEveryServedScriptWithTheHashOfItsServedBytes() throws Exception {
		MvcTestResult result = as("/admin/scripts", StaffRole.ADMIN);
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		assertThat(page.select("#script-inventory th[scope=row]").eachText()).contains("/js/analytics.js",
				"/js/ga-consent.js", "/js/stripe-payment.js", "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
				GoogleAnalytics.LIBRARY);
		for (Element row : page.select("#script-inventory tbody tr")) {
			String integrity = row.select("code.integrity").text();
			if (!integrity.isEmpty()) {
				assertThat(integrity).isEqualTo(sha384(row.select("td code").first().text()));
			}
		}
	}

	@Test
	@PolicyClause({ "CKE-GA", "COL-USAGE" })
	void withAnalyticsConsentThePageLoadsTheBeaconAndTheGoogleLoaderWithTheirHashes() throws Exception {
		// a page of its own, rendered for this request
		MvcTestResult result = mvc.get().uri("/c/bangles?utm_campaign=" + System.nanoTime()).cookie(consent().analyticsAllowed())
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		Element beacon = page.selectFirst("script[src^=/js/analytics]");
		Element ga = page.selectFirst("script[src^=/js/ga-consent]");
		assertThat(beacon).isNotNull();
		assertThat(ga).isNotNull();
		assertThat(ga.attr("data-config")).isEqualTo(AnalyticsTest.MEASUREMENT_ID);
		for (Element script : page.select("script[src]")) {
			assertThat(script.attr("integrity")).isEqualTo(sha384(script.attr("src")));
		}
		assertThat(result.getResponse().getHeader("Content-Security-Policy"))
			.contains("script-src 'self' https://www.googletagmanager.com")
			.contains("connect-src 'self' https://*.google-analytics.com");
		String loader = mvc.get().uri(ga.attr("src")).exchange().getResponse().getContentAsString();
		assertThat(loader).contains("ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied'")
			.contains("'update', { analytics_storage: 'granted' }");
		assertThat(loader.indexOf("'default'")).isLessThan(loader.indexOf("'update'"));
	}

	@Test
	@PolicyClause({ "CKE-GA", "CKE-INVENTORY" })
	void withAMeasurementIdTheCookiePageListsGooglesCookiesAndItsOptOutLink() {
		Document page = Html.parse(mvc.get().uri("/cookies").exchange());
		String tagCookie = "_ga_" + AnalyticsTest.MEASUREMENT_ID.substring(2);
		for (String name : new String[] { "_ga", tagCookie }) {
			Element row = page.selectFirst("#cookie-table tr[data-cookie=" + name + "]");
			assertThat(row).as(name).isNotNull();
			assertThat(row.select("td").get(0).text()).as(name).isEqualTo(page.selectFirst("label[for=settings-analytics]").text());
		}
		assertThat(page.selectFirst("#ga-opt-out a").attr("href")).isEqualTo("https://tools.google.com/dlpage/gaoptout");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "", "reject" })
	@PolicyClause("CKE-GA")
	void withoutAnalyticsConsentNoAnalyticsScriptIsOnThePage(String choice) throws Exception {
		var request = mvc.get().uri("/c/bangles");
		MvcTestResult result = (choice.isEmpty() ? request : request.cookie(choice(choice))).exchange();
		Document page = Html.parse(result);
		assertThat(page.select("script[src^=/js/analytics], script[src^=/js/ga-consent]")).isEmpty();
		assertThat(result.getResponse().getContentAsString()).doesNotContain("googletagmanager");
	}

	private String sha384(String url) throws Exception {
		byte[] served = mvc.get().uri(url).exchange().getResponse().getContentAsByteArray();
		return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(served));
	}
}
