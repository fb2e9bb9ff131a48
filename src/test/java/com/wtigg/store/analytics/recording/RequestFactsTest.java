package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

import com.wtigg.store.PolicyClause;

/**
 * Addresses are cut to their network, referrers to their origin, search queries normalised.
 */
@PolicyClause("COL-DEVICE")
class RequestFactsTest {

	@ParameterizedTest
	@CsvSource({ "203.0.113.77, 203.0.113.0", "10.1.2.255, 10.1.2.0", "2001:db8:abcd:1234:5678::1, 2001:db8:abcd:0:0:0:0:0",
			"::1, 0:0:0:0:0:0:0:0" })
	void truncatesIpv4ToSlash24AndIpv6ToSlash48(String address, String truncated) {
		assertThat(RequestFacts.truncatedAddress(address)).isEqualTo(truncated);
	}

	@Test
	void neverLooksUpANameInsteadOfAnAddress() {
		assertThat(RequestFacts.truncatedAddress("example.com")).isNull();
		assertThat(RequestFacts.truncatedAddress(null)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "https://www.Example.com/a/b?c=d, https://www.example.com", "http://shop.example:8443/x, http://shop.example:8443",
			"http://localhost/p/green?x=1, /p/green", "javascript:alert(1), ", "not a url at all, " })
	void keepsAnotherSitesOriginAndOurOwnPath(String referer, String kept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Referer", referer);
		assertThat(RequestFacts.referrer(request)).isEqualTo(kept);
	}

	@Test
	void normalisesSearchQueries() {
		assertThat(RequestFacts.searchQuery("  Green   JADE\tBangle ")).isEqualTo("green jade bangle");
		assertThat(RequestFacts.searchQuery("   ")).isNull();
		assertThat(RequestFacts.searchQuery("翡".repeat(300))).hasSize(RequestFacts.MAX_QUERY);
	}
}
