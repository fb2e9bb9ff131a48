package com.wtigg.store.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page for errors that happen outside any controller (a path nothing answers, a request the
 * server refuses): the store's look for pages, a problem document for the API.
 */
@Controller
class StoreErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = status(request);
		response.setStatus(status);
		ErrorPage error = ErrorPage.of(status);
		if (status == 403 && "csrf".equals(request.getAttribute("store.error.reason"))) {
			error = new ErrorPage(403, "error.csrf", new Object[0]);
		}
		model.addAttribute("error", error);
		return ErrorPages.VIEW;
	}

	@RequestMapping(path = "/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = HttpStatus.valueOf(status(request));
		ProblemDetail problem = ProblemDetail.forStatus(status);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer status && HttpStatus.resolve(status) != null) {
			return status;
		}
		return 500;
	}
}
