package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.wtigg.store.StoreTest;

/**
 * Over HTTPS the store tells browsers to use nothing else for a year (HSTS); over plain HTTP, as
 * in the local run, it does not.
 */
@StoreTest
class StrictTransportTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void httpsAnswersCarryHstsAndPlainHttpOnesDoNot() {
		assertThat(mvc.get().uri("https://localhost/account/login").exchange().getResponse()
			.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
		assertThat(mvc.get().uri("http://localhost/account/login").exchange().getResponse()
			.getHeader("Strict-Transport-Security")).isNull();
	}
}
