package com.wtigg.store.consent.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The jurisdiction a guest's consent is recorded under comes from the first region of the
 * browser's preferred languages.
 */
class JurisdictionsTest {

	private final Jurisdictions jurisdictions = new Jurisdictions(null);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "de-AT,de;q=0.9|EU/EEA", "nb-NO|EU/EEA", "zh-CN,zh;q=0.9|CN", "en-US,en;q=0.8|US-CA",
			"en-GB|OTHER", "ja-JP|OTHER", "en|OTHER", "fr;q=0.5, zh-CN|CN", "zh-TW|OTHER" })
	void theFirstRegionOfTheBrowsersLanguagesDecides(String acceptLanguage, String expected) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", acceptLanguage);

		assertThat(jurisdictions.of(request)).isEqualTo(expected);
	}

	@Test
	void aRequestWithoutLanguagesIsOther() {
		assertThat(jurisdictions.of(new MockHttpServletRequest())).isEqualTo("OTHER");
	}
}
