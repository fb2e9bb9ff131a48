package com.wtigg.store.consent.cookie;

import static com.wtigg.store.consent.cookie.ConsentRequests.browserId;
import static com.wtigg.store.consent.cookie.ConsentRequests.choose;
import static com.wtigg.store.consent.cookie.ConsentRequests.consent;
import static com.wtigg.store.consent.cookie.ConsentRequests.consentSet;
import static com.wtigg.store.consent.cookie.ConsentRequests.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.consent.ConsentRate;
import com.wtigg.store.consent.CookieConsents;
import com.wtigg.store.shared.web.StoreCookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consent receipt carries the Kantara v1.1 fields; the cookie page lists the registry; records
 * older than 12 months are purged; the consent rates per day are counted from the records.
 */
@StoreTest
class ReceiptAndRecordsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CookieConsentPersonalData personalData;

	@Autowired
	CookieConsents consents;

	@Autowired
	ConsentHousekeeping housekeeping;

	@Test
	@PolicyClause("CKE-CHOICE")
	void theReceiptOfTheCurrentChoiceHasTheKantaraFields() throws Exception {
		String cookie = consentSet(choose(mvc, null, "choice", "custom", "analytics", "on"));
		MvcTestResult result = mvc.get().uri("/cookies/receipt").cookie(consent(cookie)).exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		JsonNode receipt = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		for (String field : new String[] { "version", "jurisdiction", "consentTimestamp", "collectionMethod", "consentReceiptID",
				"language", "piiPrincipalId", "piiControllers", "policyUrl", "services", "sensitive", "spiCat" }) {
			assertThat(receipt.has(field)).as(field).isTrue();
		}
		assertThat(receipt.get("version").asString()).isEqualTo("KI-CR-v1.1.0");
		assertThat(receipt.get("jurisdiction").asString()).isEqualTo("EU/EEA");
		assertThat(receipt.get("piiPrincipalId").asString()).isEqualTo("browser:" + browserId(cookie));
		assertThat(receipt.get("consentReceiptID").asString())
			.isEqualTo(record(jdbc, browserId(cookie)).get("id").toString());
		JsonNode controller = receipt.get("piiControllers").get(0);
		for (String field : new String[] { "piiController", "contact", "address", "email", "phone" }) {
			assertThat(controller.has(field)).as(field).isTrue();
		}
		JsonNode purposes = receipt.get("services").get(0).get("purposes");
		assertThat(purposes.size()).isEqualTo(2);
		for (String field : new String[] { "purpose", "purposeCategory", "consentType", "piiCategory", "primaryPurpose",
				"termination", "thirdPartyDisclosure" }) {
			assertThat(purposes.get(1).has(field)).as(field).isTrue();
		}
		assertThat(purposes.get(1).get("purpose").asString()).startsWith("Analytics");
		assertThat(receipt.get("choice").get("marketing").asBoolean()).isFalse();
		assertThat(mvc.get().uri("/cookies/receipt").exchange()).hasStatus(404);
	}

	@Test
	@PolicyClause({ "CKE-INVENTORY", "CKE-CATEGORIES" })
	void theCookiePageListsEveryRegisteredCookieInBothLanguages() {
		Document page = Html.parse(mvc.get().uri("/cookies").exchange());
		Document chinese = Html.parse(mvc.get().uri("/cookies").header("Accept-Language", "zh-CN").exchange());

		for (StoreCookie cookie : StoreCookie.values()) {
			var row = page.selectFirst("#cookie-table tr[data-cookie=" + cookie.cookieName() + "]");
			assertThat(row).as(cookie.name()).isNotNull();
			assertThat(row.select("td").get(1).text()).isNotBlank().doesNotStartWith("cookie.purpose");
			var chineseRow = chinese.selectFirst("#cookie-table tr[data-cookie=" + cookie.cookieName() + "]");
			assertThat(chineseRow.select("td").get(1).text()).isNotEqualTo(row.select("td").get(1).text());
		}
		assertThat(page.selectFirst("#cookie-table tr[data-cookie=consent]").text()).contains("365 days");
		assertThat(page.select("#settings-details[open]")).hasSize(1);
		assertThat(page.select("#ga-opt-out")).isEmpty();
	}

	@Test
	@PolicyClause("CKE-INVENTORY")
	void googleAnalyticsCookiesAndItsOptOutAreListedWhenAMeasurementIdIsSet() {
		CookiePage page = new CookiePage("G-ABC123XYZ", null);

		assertThat(page.rows()).extracting(CookieRow::name).contains("_ga", "_ga_ABC123XYZ");
		assertThat(new CookiePage("", null).rows()).extracting(CookieRow::name).doesNotContain("_ga");
		assertThat(CookiePage.GA_OPT_OUT).isEqualTo("https://tools.google.com/dlpage/gaoptout");
	}

	private UUID insert(Instant at, String method, boolean analytics) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into cookie_consent (id, browser_id, analytics, marketing, sale_share_opt_out, gpc, policy_version,
				    method, browser_family, jurisdiction, language, given_at)
				values (?, 'test-browser', ?, false, false, false, '2026-12-01', ?, 'Chrome', 'OTHER', 'en', ?)
				""").params(id, analytics, method, Timestamp.from(at)).update();
		return id;
	}

	@Test
	@PolicyClause({ "RET-AUTO", "RET-CONSENT" })
	void recordsOlderThanTwelveMonthsArePurged() {
		Instant now = Instant.now();
		UUID old = insert(now.minus(Duration.ofDays(366)), "accept-all", true);
		UUID recent = insert(now.minus(Duration.ofDays(300)), "accept-all", true);

		housekeeping.purgeExpiredRecords();
		assertThat(jdbc.sql("select count(*) from cookie_consent where id in (?, ?)").params(old, recent).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cookie_consent where id = ?").param(recent).query(Long.class).single())
			.isEqualTo(1);
		assertThat(personalData.inventory().personal()).filteredOn(f -> f.column().startsWith("cookie_consent."))
			.isNotEmpty().allSatisfy(f -> assertThat(f.retention()).startsWith("365 days"));
	}

	@Test
	void consentRatesCountTheChoicesOfEachDay() {
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(40);
		Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
		insert(noon, "accept-all", true);
		insert(noon, "reject-all", false);
		insert(noon, "custom", true);
		insert(noon, "gpc", false);

		assertThat(consents.consentRates(day, day)).hasValueSatisfying(rates -> {
			assertThat(rates).containsExactly(new ConsentRate(day, 3, 2, 0));
		});
		assertThat(consents.consentRates(day.plusDays(1), day.plusDays(2))).hasValue(java.util.List.of());
	}
}
