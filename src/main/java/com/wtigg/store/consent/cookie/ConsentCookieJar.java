package com.wtigg.store.consent.cookie;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.web.StoreCookie;

/**
 * The {@code consent} cookie of a request: read and checked once per request, and written back
 * (signed) when a choice or signal changes it; later reads in the same request see the new value.
 */
@Component
class ConsentCookieJar {

	private static final String ATTRIBUTE = ConsentCookieJar.class.getName();

	private final ConsentCookieCodec codec;

	ConsentCookieJar(ConsentCookieCodec codec) {
		this.codec = codec;
	}

	/** The live, genuine cookie of this request; empty when absent, forged, tampered with or expired. */
	Optional<ConsentCookie> read(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Read read) {
			return read.cookie();
		}
		Optional<ConsentCookie> cookie = StoreCookie.CONSENT.valueIn(request).flatMap(codec::decode);
		request.setAttribute(ATTRIBUTE, new Read(cookie));
		return cookie;
	}

	void write(HttpServletRequest request, HttpServletResponse response, ConsentCookie cookie) {
		StoreCookie.CONSENT.set(request, response, codec.encode(cookie), codec.lifetime());
		request.setAttribute(ATTRIBUTE, new Read(Optional.of(cookie)));
	}

	private record Read(Optional<ConsentCookie> cookie) {
	}
}
