package com.wtigg.store.consent.cookie;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Cookie choices sent through MockMvc, as a browser without JavaScript sends them. */
final class ConsentRequests {

	static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	private ConsentRequests() {
	}

	/** The value of the {@code consent} cookie a response sets, or null. */
	static String consentSet(MvcTestResult result) {
		return result.getResponse().getHeaders("Set-Cookie").stream()
			.filter(h -> h.startsWith("consent="))
			.map(h -> h.substring("consent=".length(), h.indexOf(';')))
			.reduce((first, last) -> last)
			.orElse(null);
	}

	/** The browser's anonymous id inside a consent cookie's value. */
	static String browserId(String consentCookie) {
		return consentCookie.split("\\.")[1];
	}

	static MvcTestResult choose(MockMvcTester mvc, Cookie cookie, String... fields) {
		var request = mvc.post().uri("/cookies/choice").with(csrf()).header("User-Agent", CHROME)
			.header("Accept-Language", "de-AT,de;q=0.9");
		if (cookie != null) {
			request = request.cookie(cookie);
		}
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	static Cookie consent(String value) {
		return new Cookie("consent", value);
	}

	static long records(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from cookie_consent").query(Long.class).single();
	}

	static Map<String, Object> record(JdbcClient jdbc, String browserId) {
		return jdbc.sql("select * from cookie_consent where browser_id = ? order by given_at desc limit 1").param(browserId)
			.query().singleRow();
	}
}
