package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.wtigg.store.shared.web.StoreCookie;

/**
 * Under TLS every store cookie is a {@code __Host-} cookie: secure, for this exact host, for the
 * whole store; over plain HTTP (the local run) it keeps its plain name.
 */
class SecureCookieNamesTest {

	@Test
	void cookiesSetOverTlsCarryTheHostPrefixAndAreSecure() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		StoreCookie.CART.set(request, response, "value");
		String header = response.getHeader("Set-Cookie");
		assertThat(header).startsWith("__Host-cart=value").contains("Secure", "Path=/", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Domain=");

		request.setCookies(new Cookie("__Host-cart", "kept"), new Cookie("cart", "plain"));
		assertThat(StoreCookie.CART.valueIn(request)).hasValue("kept");
		assertThat(StoreCookie.named("__Host-session")).hasValue(StoreCookie.SESSION);
	}

	@Test
	void overPlainHttpTheNameIsPlain() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		StoreCookie.DEVICE.set(request, response, "v");
		assertThat(response.getHeader("Set-Cookie")).startsWith("device=v").doesNotContain("Secure");
	}
}
