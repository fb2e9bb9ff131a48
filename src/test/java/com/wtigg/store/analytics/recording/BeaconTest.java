package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.consent.cookie.ConsentCookieFixture;

/**
 * The beacon records tile and banner clicks and time on page with consent; garbage, oversized,
 * replayed or mistyped beacons are refused with a 400 and store nothing; a flood is cut off.
 */
@AnalyticsTest
@PolicyClause("COL-USAGE")
class BeaconTest {

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

	Cookie visitor;

	@BeforeEach
	void aConsentingVisitor() {
		visitor = mvc.get().uri("/").cookie(consent().analyticsAllowed()).exchange().getResponse()
			.getCookie("visitor");
	}

	private MvcTestResult send(String body) {
		return send(body, MediaType.APPLICATION_JSON_VALUE, "analytics");
	}

	private MvcTestResult send(String body, String contentType, String choice) {
		var request = mvc.post().uri("/analytics/beacon").contentType(contentType).content(body).cookie(visitor);
		return (choice == null ? request : request.cookie(choice(choice))).exchange();
	}

	private static String click(UUID id) {
		return """
				{"id":"%s","type":"tile","path":"/c/bangles","target":"/p/imperial-green-bangle"}""".formatted(id);
	}

	private Events events() {
		return new Events(jdbc);
	}

	/** Waits for a later valid beacon: anything queued before it is written by then. */
	private void awaitEverythingBefore() {
		UUID later = UUID.randomUUID();
		assertThat(send(click(later))).hasStatus(204);
		events().await(1, "beacon_id = ?", later);
	}

	@Test
	void recordsAClickOnAProductTile() {
		UUID id = UUID.randomUUID();
		assertThat(send(click(id))).hasStatus(204);
		assertThat(events().await(1, "beacon_id = ?", id).getFirst()).containsEntry("kind", "tile_click")
			.containsEntry("path", "/c/bangles").containsEntry("target", "/p/imperial-green-bangle")
			.containsEntry("visitor_id", UUID.fromString(visitor.getValue()));
	}

	@Test
	void recordsABannerClickAndTheTimeOnAPage() {
		UUID banner = UUID.randomUUID();
		UUID time = UUID.randomUUID();
		assertThat(send("""
				{"id":"%s","type":"banner","path":"/","target":"/c/rings"}""".formatted(banner))).hasStatus(204);
		assertThat(send("""
				{"id":"%s","type":"time","path":"/p/imperial-green-bangle","ms":48250}""".formatted(time))).hasStatus(204);
		assertThat(events().await(1, "beacon_id = ?", banner).getFirst()).containsEntry("kind", "banner_click");
		assertThat(events().await(1, "beacon_id = ?", time).getFirst()).containsEntry("kind", "time_on_page")
			.containsEntry("duration_ms", 48250);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "{\"id\":", "[]", "{}", "{\"id\":\"x\",\"type\":\"tile\",\"path\":\"/\",\"target\":\"/p/a\"}",
			"{\"id\":\"%s\",\"type\":\"purchase\",\"path\":\"/\"}",
			"{\"id\":\"%s\",\"type\":\"tile\",\"path\":\"/c/bangles\",\"target\":\"https://evil.example/\"}",
			"{\"id\":\"%s\",\"type\":\"time\",\"path\":\"/\",\"ms\":-5}",
			"{\"id\":\"%s\",\"type\":\"time\",\"path\":\"/\",\"ms\":\"long\"}",
			"{\"id\":\"%s\",\"type\":\"tile\",\"path\":\"/account/verify/secret\",\"target\":\"/p/a\"}",
			"{\"id\":\"%s\",\"type\":\"tile\",\"path\":\"/\",\"target\":\"/p/a\",\"email\":\"a@b.c\"}" })
	void refusesGarbageAndStoresNothing(String template) {
		UUID id = UUID.randomUUID();
		assertThat(send(template.formatted(id))).hasStatus(400);
		awaitEverythingBefore();
		assertThat(events().where("beacon_id = ?", id)).isEmpty();
	}

	@Test
	void refusesABeaconOfMoreThanFourKilobytes() {
		UUID id = UUID.randomUUID();
		String padded = "{\"id\":\"%s\",\"type\":\"tile\",\"path\":\"/c/bangles\",\"target\":\"/p/a\"}".formatted(id)
				+ " ".repeat(5 * 1024);
		assertThat(send(padded)).hasStatus(400);
		awaitEverythingBefore();
		assertThat(events().where("beacon_id = ?", id)).isEmpty();
	}

	@Test
	void refusesAReplayedBeacon() {
		UUID id = UUID.randomUUID();
		assertThat(send(click(id))).hasStatus(204);
		assertThat(send(click(id))).hasStatus(400);
		awaitEverythingBefore();
		assertThat(events().where("beacon_id = ?", id)).hasSize(1);
	}

	@Test
	void refusesAnotherContentType() {
		UUID id = UUID.randomUUID();
		assertThat(send(click(id), MediaType.TEXT_PLAIN_VALUE, "analytics")).hasStatus(400);
		assertThat(send(click(id), MediaType.APPLICATION_FORM_URLENCODED_VALUE, "analytics")).hasStatus(400);
		awaitEverythingBefore();
		assertThat(events().where("beacon_id = ?", id)).isEmpty();
	}

	@Test
	void storesNothingWithoutConsent() {
		UUID none = UUID.randomUUID();
		UUID rejected = UUID.randomUUID();
		assertThat(send(click(none), MediaType.APPLICATION_JSON_VALUE, null)).hasStatus(204);
		assertThat(send(click(rejected), MediaType.APPLICATION_JSON_VALUE, "reject")).hasStatus(204);
		awaitEverythingBefore();
		assertThat(events().where("beacon_id in (?, ?)", none, rejected)).isEmpty();
	}

	@Test
	void cutsOffAVisitorWhoSendsTooMany() {
		int accepted = 0;
		MvcTestResult last = null;
		for (int i = 0; i < 61; i++) {
			last = send(click(UUID.randomUUID()));
			if (last.getResponse().getStatus() == 204) {
				accepted++;
			}
		}
		assertThat(accepted).isEqualTo(60);
		assertThat(last).hasStatus(429);
	}
}
