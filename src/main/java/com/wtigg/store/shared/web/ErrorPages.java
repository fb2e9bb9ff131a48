package com.wtigg.store.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors shown in the store's look and the shopper's language, with no technical detail; for
 * the API, as RFC 9457 problem documents.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	static final String VIEW = "shared/error";

	private final PageContextAdvice pages;

	private final MessageSource messages;

	ErrorPages(PageContextAdvice pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	Object notFound(HttpServletRequest request, Locale locale) {
		return respond(request, locale, ErrorPage.of(404));
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(BadRequestException e, HttpServletRequest request, Locale locale) {
		return respond(request, locale, new ErrorPage(400, e.messageKey(), e.args()));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object malformed(Exception e, HttpServletRequest request, Locale locale) {
		String parameter = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: ((MissingServletRequestParameterException) e).getParameterName();
		return respond(request, locale, new ErrorPage(400, "error.parameter", new Object[] { parameter }));
	}

	/**
	 * A refusal of method security ({@code @PreAuthorize}) goes back to Spring Security, which answers
	 * it as it answers a refused address (sign-in, second factor or 403), instead of as a failure.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	void refused(AccessDeniedException e) {
		throw e;
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, Locale locale) {
		return respond(request, locale, ErrorPage.of(405));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable() {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		return respond(request, locale, new ErrorPage(413, "error.tooLarge", new Object[0]));
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request, Locale locale) {
		log.error("Unexpected failure answering {} {}: {}", request.getMethod(), request.getRequestURI(),
				e.getClass().getName(), e);
		return respond(request, locale, ErrorPage.of(500));
	}

	private Object respond(HttpServletRequest request, Locale locale, ErrorPage error) {
		HttpStatus status = HttpStatus.valueOf(error.status());
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage(error.messageKey(), error.args(), error.messageKey(), Locale.ENGLISH));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("ctx", pages.of(request, locale));
		page.addObject("error", error);
		return page;
	}
}
