package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.consent.cookie.ConsentCookieFixture;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.shared.SubjectId;

/**
 * Page views are recorded only with analytics consent, never for a restricted subject, with the
 * device facts, a truncated address and the referrer's origin, without the request waiting.
 */
@AnalyticsTest
@PolicyClause({ "COL-USAGE", "COL-DEVICE" })
class UsageRecordingTest {

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

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

	@Autowired
	Restrictions restrictions;

	@Autowired
	DataSource dataSource;

	Events events() {
		return new Events(jdbc);
	}

	private MvcTestResult search(String query, String choice) {
		var request = mvc.get().uri("/search").param("q", query).header("User-Agent", IPHONE);
		return (choice == null ? request : request.cookie(choice(choice))).exchange();
	}

	/** Waits until a later, consented page view is written: anything queued before it is written too. */
	private void awaitEverythingBefore() {
		String marker = Events.marker();
		assertThat(search(marker, "analytics")).hasStatusOk();
		events().await(1, "search_query = ?", marker);
	}

	@Test
	void recordsNothingBeforeAChoiceOrAfterARefusal() {
		String before = Events.marker();
		String refused = Events.marker();
		MvcTestResult noChoice = search(before, null);
		MvcTestResult rejected = search(refused, "reject");
		assertThat(noChoice).hasStatusOk().cookies().doesNotContainCookie("visitor");
		assertThat(rejected).hasStatusOk().cookies().doesNotContainCookie("visitor");
		awaitEverythingBefore();
		assertThat(events().where("search_query in (?, ?)", before, refused)).isEmpty();
	}

	@Test
	void aForgedOrTamperedConsentCookieCountsAsNoChoice() {
		String forged = Events.marker();
		String tampered = Events.marker();
		String genuine = consent().chosen(false, false).getValue();
		Cookie moreConsent = new Cookie("consent", genuine.replace(".c.", ".ca."));
		assertThat(moreConsent.getValue()).isNotEqualTo(genuine);
		assertThat(mvc.get().uri("/search").param("q", forged).cookie(new Cookie("consent", "1.x.ca.MjAyNi0xMi0wMQ.1.0.1.x"))
			.exchange()).hasStatusOk().cookies().doesNotContainCookie("visitor");
		assertThat(mvc.get().uri("/search").param("q", tampered).cookie(moreConsent).exchange()).hasStatusOk().cookies()
			.doesNotContainCookie("visitor");
		awaitEverythingBefore();
		assertThat(events().where("search_query in (?, ?)", forged, tampered)).isEmpty();
	}

	@Test
	@PolicyClause("CKE-GA")
	void aPageKeptForAConsentingVisitorIsNeverServedWithItsScriptsToOneWithout() throws Exception {
		String page = "/c/rings?utm_campaign=" + System.nanoTime();
		Cookie consenting = consent().analyticsAllowed();
		MvcTestResult first = mvc.get().uri(page).cookie(consenting).exchange();
		assertThat(first).hasStatusOk();
		Cookie visitor = first.getResponse().getCookie("visitor");
		for (int i = 0; i < 2; i++) { // with the visitor cookie the page sets no cookie: the page cache may keep it
			assertThat(mvc.get().uri(page).cookie(consenting, visitor).exchange().getResponse().getContentAsString())
				.contains("/js/analytics", "/js/ga-consent");
		}
		assertThat(mvc.get().uri(page).exchange().getResponse().getContentAsString()).doesNotContain("/js/analytics")
			.doesNotContain("/js/ga-consent");
		assertThat(mvc.get().uri(page).cookie(consent().allRefused()).exchange().getResponse().getContentAsString())
			.doesNotContain("/js/analytics");
	}

	@Test
	void recordsAPageViewWithTheSearchDeviceTruncatedAddressAndReferrerOrigin() {
		String query = Events.marker();
		MvcTestResult result = mvc.get().uri("/search").param("q", "  " + query.toUpperCase() + "  ")
			.header("User-Agent", IPHONE).cookie(consent().analyticsAllowed())
			.header("Referer", "https://www.example.com/blog/jade?utm=1")
			.with(request -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			})
			.exchange();
		assertThat(result).hasStatusOk().cookies().containsCookie("visitor");
		UUID visitor = UUID.fromString(result.getResponse().getCookie("visitor").getValue());

		Map<String, Object> event = events().await(1, "visitor_id = ?", visitor).getFirst();
		assertThat(event).containsEntry("kind", "page_view").containsEntry("path", "/search")
			.containsEntry("search_query", query).containsEntry("referrer", "https://www.example.com")
			.containsEntry("device_type", "Phone").containsEntry("os", "iOS").containsEntry("browser", "Safari")
			.containsEntry("ip", "203.0.113.0");
		assertThat(event.get("subject_id")).isNull();
	}

	@Test
	void aPageOfTheStoreItselfIsKeptAsTheReferrersPath() {
		String query = Events.marker();
		assertThat(mvc.get().uri("/search").param("q", query).cookie(consent().analyticsAllowed())
			.header("Referer", "http://localhost/c/bangles?page=2").exchange()).hasStatusOk();
		assertThat(events().await(1, "search_query = ?", query).getFirst()).containsEntry("referrer", "/c/bangles");
	}

	@Test
	void countsEveryViewOfTheSameVisitorIncludingPagesServedFromTheCache() {
		MvcTestResult first = mvc.get().uri("/c/bangles").cookie(consent().analyticsAllowed()).exchange();
		assertThat(first).hasStatusOk();
		var visitor = first.getResponse().getCookie("visitor");
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.get().uri("/c/bangles").cookie(visitor).cookie(consent().analyticsAllowed())
				.exchange()).hasStatusOk().cookies().doesNotContainCookie("visitor");
		}
		assertThat(events().await(3, "visitor_id = ?", UUID.fromString(visitor.getValue()))).hasSize(3)
			.allSatisfy(e -> assertThat(e).containsEntry("path", "/c/bangles"));
	}

	@Test
	void aSignedInSubjectsViewsCarryTheSubjectAndNoVisitorId() {
		SubjectId subject = SubjectId.random();
		assertThat(mvc.get().uri("/c/rings").cookie(consent().analyticsAllowed())
			.with(authentication(StaffFlows.customer(subject))).exchange()).hasStatusOk().cookies().doesNotContainCookie("visitor");
		Map<String, Object> event = events().await(1, "subject_id = ?", subject.value()).getFirst();
		assertThat(event).containsEntry("path", "/c/rings");
		assertThat(event.get("visitor_id")).isNull();
	}

	@Test
	@PolicyClause("DSR-RESTRICT")
	void recordsNothingAtAllForARestrictedSubjectNotEvenAnonymously() throws Exception {
		SubjectId subject = SubjectId.random();
		restrictions.restrict(subject, "test");
		String query = Events.marker();
		MvcTestResult result = mvc.get().uri("/search").param("q", query).cookie(consent().analyticsAllowed())
			.with(authentication(StaffFlows.customer(subject))).exchange();
		assertThat(result).hasStatusOk().cookies().doesNotContainCookie("visitor");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("/js/analytics");
		awaitEverythingBefore();
		assertThat(events().where("search_query = ? or subject_id = ?", query, subject.value())).isEmpty();
		restrictions.lift(subject);
	}

	@Test
	void withdrawingConsentDropsTheVisitorCookie() {
		MvcTestResult given = mvc.get().uri("/").cookie(consent().analyticsAllowed()).exchange();
		var visitor = given.getResponse().getCookie("visitor");
		MvcTestResult withdrawn = mvc.get().uri("/").cookie(visitor).cookie(consent().allRefused()).exchange();
		assertThat(withdrawn).hasStatusOk();
		assertThat(withdrawn.getResponse().getCookie("visitor").getMaxAge()).isZero();
	}

	@Test
	void thePageDoesNotWaitForTheDatabase() throws Exception {
		String query = Events.marker();
		try (Connection blocker = dataSource.getConnection(); Statement sql = blocker.createStatement()) {
			blocker.setAutoCommit(false);
			sql.execute("lock table analytics_event in access exclusive mode");
			long started = System.nanoTime();
			assertThat(search(query, "analytics")).hasStatusOk();
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
			// the writer has tried, and waits for the lock
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
					"select count(*) from pg_locks where relation = 'analytics_event'::regclass and not granted")
				.query(Integer.class).single() > 0);
			blocker.rollback();
		}
		assertThat(events().await(1, "search_query = ?", query)).hasSize(1);
	}

	@Test
	void pagesThatAreNotCountedRecordNothing() {
		String marker = Events.marker();
		assertThat(mvc.get().uri("/account/login?q=" + marker).cookie(consent().analyticsAllowed()).exchange())
			.hasStatusOk().cookies().doesNotContainCookie("visitor");
		awaitEverythingBefore();
		assertThat(events().where("path like '/account%'")).isEmpty();
	}

}
