package com.wtigg.store.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.consent.ConsentRate;
import com.wtigg.store.consent.CookieChoice;
import com.wtigg.store.consent.CookieConsents;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.web.Assets;
import com.wtigg.store.shared.web.FormToken;
import com.wtigg.store.shared.web.PageContext;

/**
 * The dashboard's consent rates: "not available" while the consent module has no answer (its
 * default) or cannot give one, and a chart with a table per category once it answers.
 */
@AnalyticsTest
class DashboardConsentRatesTest {

	@Autowired
	DashboardQuery query;

	@Autowired
	CookieConsents realConsents;

	@Autowired
	TemplateEngine templates;

	@Autowired
	MessageSource messages;

	@Autowired
	StoreIdentity store;

	@Autowired
	Assets assets;

	/** Consent choices as answered by a consent module; only consentRates is asked by the dashboard. */
	private record Rates(Optional<List<ConsentRate>> answer, RuntimeException failure) implements CookieConsents {

		@Override
		public Optional<CookieChoice> cookieChoice(HttpServletRequest request) {
			return Optional.empty();
		}

		@Override
		public boolean saleShareOptedOut(HttpServletRequest request) {
			return false;
		}

		@Override
		public Optional<List<ConsentRate>> consentRates(LocalDate from, LocalDate to) {
			if (failure != null) {
				throw failure;
			}
			return answer;
		}
	}

	private Document dashboardWith(CookieConsents consents) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("consents", consents));
		DashboardController controller = new DashboardController(query, beans.getBeanProvider(CookieConsents.class));
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		String view = controller.dashboard(null, null, model, response);
		assertThat(response.getStatus()).isEqualTo(200);

		PageContext ctx = new PageContext(Locale.ENGLISH, messages, assets, store, List.of(), 0, "/admin/analytics",
				new FormToken("_csrf", "token"), true, true, List.of());
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ctx", ctx);
		params.put("dashboard", model.get("dashboard"));
		StringOutput out = new StringOutput();
		templates.render(view + ".jte", params, out);
		return Jsoup.parse(out.toString());
	}

	@Test
	void whileTheConsentModuleHasNoAnswerTheRatesAreNotAvailable() {
		Document page = dashboardWith(new Rates(Optional.empty(), null));
		assertThat(page.select("#consent-unavailable").text()).contains("not available");
		assertThat(page.select("#consent-rates svg, #consent-rates table")).isEmpty();
		assertThat(page.select("#visits-chart tbody tr")).hasSize(DashboardController.DEFAULT_DAYS);
	}

	@Test
	void whenAskingFailsTheRatesAreNotAvailableAndTheRestIsShown() {
		Document page = dashboardWith(new Rates(null, new IllegalStateException("consent records unreadable")));
		assertThat(page.select("#consent-unavailable")).hasSize(1);
		assertThat(page.select("#visits-chart tbody tr")).hasSize(DashboardController.DEFAULT_DAYS);
	}

	@Test
	void onceTheConsentModuleAnswersEachCategoryHasAChartAndATable() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Document page = dashboardWith(new Rates(Optional.of(List.of(new ConsentRate(today.minusDays(1), 4, 3, 1),
				new ConsentRate(today, 10, 5, 0))), null));
		assertThat(page.select("#consent-unavailable")).isEmpty();
		assertThat(page.select("#consent-analytics-chart svg rect")).hasSize(2);
		assertThat(page.select("#consent-analytics-chart td").eachText()).containsExactly("75.0 %", "50.0 %");
		assertThat(page.select("#consent-marketing-chart td").eachText()).containsExactly("25.0 %", "0.0 %");
		assertThat(page.select("#consent-analytics-chart th[scope=row]").eachText())
			.containsExactly(today.minusDays(1).toString(), today.toString());
	}

	@Test
	void theStoresConsentModuleIsWhatTheDashboardAsks() {
		Optional<List<ConsentRate>> answer = realConsents.consentRates(LocalDate.now(ZoneOffset.UTC).minusDays(29),
				LocalDate.now(ZoneOffset.UTC));
		Document page = dashboardWith(realConsents);
		assertThat(page.select("#consent-unavailable")).hasSize(answer.isEmpty() ? 1 : 0);
		assertThat(page.select("#consent-analytics-chart")).hasSize(answer.isEmpty() ? 0 : 1);
	}
}
