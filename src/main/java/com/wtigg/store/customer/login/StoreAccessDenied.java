package com.wtigg.store.customer.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.SecondFactor;

/**
 * What a person sees when a page is not theirs to open: sent to sign in when nobody is signed
 * in, to the second factor when that is still due, else the store's 403 page. A missing or
 * forged CSRF token gets a 403 page that says to reload the form.
 */
@Component
class StoreAccessDenied implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem)
			throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect("/account/login");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException problem)
			throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (problem instanceof CsrfException) {
			request.setAttribute("store.error.reason", "csrf");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		else if (authentication == null || TRUST.isAnonymous(authentication)) {
			commence(request, response, null);
		}
		else if (authentication.getAuthorities().stream().anyMatch(a -> SecondFactor.PENDING.equals(a.getAuthority()))) {
			response.sendRedirect("/account/second-factor");
		}
		else {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}
}
