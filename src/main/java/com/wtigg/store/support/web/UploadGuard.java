package com.wtigg.store.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * Answers the support form's uploads that cannot be taken before anyone reads them: a body whose
 * declared length is over {@code spring.servlet.multipart.max-request-size} gets a 413 at once,
 * unread; a file over {@code max-file-size} a 413 as soon as the limit is passed; a body that is
 * not well-formed multipart a 400. It runs before the CSRF check, which would otherwise find no
 * token in such a body and answer with the wrong page.
 */
class UploadGuard extends OncePerRequestFilter {

	private final long maxRequestBytes;

	UploadGuard(DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !(path.equals("/support") || path.startsWith("/support/") || path.startsWith("/account/support/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxRequestBytes) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		try {
			request.getParts();
		}
		catch (IllegalStateException e) {
			// the server's multipart limits were passed while reading
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, e);
			return;
		}
		catch (IOException | ServletException e) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, e);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Answers with the store's error page. The failure is left on the request as a multipart one,
	 * so that the error page's own dispatch does not try to read the broken body again.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, Exception failure)
			throws IOException {
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MultipartException("The upload was refused", failure));
		response.setHeader("Connection", "close");
		response.sendError(status);
	}
}
