package com.wtigg.store.shipping.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.wtigg.store.shared.web.ErrorPage;
import com.wtigg.store.shared.web.PageContextAdvice;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.TransferNotConsentedException;

/**
 * A page whose shipment the carrier refused (such as the back office's "ship" action) answers with
 * the store's error page and a plain explanation, not as an unexpected failure: 502 when the
 * carrier failed, 403 when a buyer in China has not consented to the transfer. Nothing of the
 * carrier's answer or the parcel's recipient is shown or logged.
 */
@ControllerAdvice
@Order(0)
class ShippingFailures {

	private static final Logger log = LoggerFactory.getLogger(ShippingFailures.class);

	private final PageContextAdvice pages;

	ShippingFailures(PageContextAdvice pages) {
		this.pages = pages;
	}

	@ExceptionHandler(TransferNotConsentedException.class)
	ModelAndView notConsented(TransferNotConsentedException e, HttpServletRequest request, Locale locale) {
		log.info("Shipment not sent: {}", e.getMessage());
		return page(request, locale, new ErrorPage(403, "shipping.error.transferConsent", new Object[0]));
	}

	@ExceptionHandler(CarrierException.class)
	ModelAndView carrierFailed(CarrierException e, HttpServletRequest request, Locale locale) {
		log.warn("Carrier failure answering {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return page(request, locale, new ErrorPage(502, "shipping.error.carrier", new Object[0]));
	}

	private ModelAndView page(HttpServletRequest request, Locale locale, ErrorPage error) {
		ModelAndView page = new ModelAndView("shared/error", HttpStatus.valueOf(error.status()));
		page.addObject("ctx", pages.of(request, locale));
		page.addObject("error", error);
		return page;
	}
}
