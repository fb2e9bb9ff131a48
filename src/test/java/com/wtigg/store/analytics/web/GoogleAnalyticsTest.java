package com.wtigg.store.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

/**
 * Without a measurement id Google Analytics is nowhere: not on the page, not in the policy.
 */
@StoreTest
@PolicyClause("CKE-GA")
class GoogleAnalyticsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void withoutAMeasurementIdNeitherThePageNorThePolicyMentionsGoogle() throws Exception {
		MvcTestResult result = mvc.get().uri("/c/bangles").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).doesNotContain("google");
		assertThat(result.getResponse().getContentAsString()).doesNotContain("ga-consent", "googletagmanager");
	}

	@Test
	void anEmptyIdMeansNoTagAndAMalformedOneStopsTheStart() {
		assertThat(new GoogleAnalytics(" ").measurementId()).isEmpty();
		assertThat(new GoogleAnalytics("G-ABC123XYZ").measurementId()).contains("G-ABC123XYZ");
		assertThatThrownBy(() -> new GoogleAnalytics("UA-1234-1\"><script>")).isInstanceOf(IllegalStateException.class);
	}
}
