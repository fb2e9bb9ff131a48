package com.wtigg.store.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF token of a request, as a form's hidden field sends it back.
 *
 * @param parameter the field's name
 * @param value the token; empty when the request has none (an error page rendered late)
 */
public record FormToken(String parameter, String value) {

	public static FormToken of(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			return new FormToken(token.getParameterName(), token.getToken());
		}
		return new FormToken("_csrf", "");
	}
}
