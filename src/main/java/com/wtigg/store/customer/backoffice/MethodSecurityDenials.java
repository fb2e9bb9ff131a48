package com.wtigg.store.customer.backoffice;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page refused by method security ({@code @PreAuthorize}) is answered like one refused by the
 * address rules: the store's access-denied handler (sign in, second factor, or the 403 page),
 * instead of falling through to the catch-all error handler as a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MethodSecurityDenials {

	private final ObjectProvider<AccessDeniedHandler> handlers;

	MethodSecurityDenials(ObjectProvider<AccessDeniedHandler> handlers) {
		this.handlers = handlers;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		AccessDeniedHandler handler = handlers.getIfUnique();
		if (handler == null) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		handler.handle(request, response, denied);
	}
}
