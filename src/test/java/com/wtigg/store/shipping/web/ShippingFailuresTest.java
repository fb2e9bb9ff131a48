package com.wtigg.store.shipping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.web.ErrorPage;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.TransferNotConsentedException;

/**
 * A carrier's refusal reaching a page becomes the store's error page with a plain message, never
 * a 500 with the carrier's answer.
 */
@StoreTest
class ShippingFailuresTest {

	@Autowired
	ShippingFailures failures;

	@Test
	void aCarrierFailureIsABadGatewayPageWithoutDetails() {
		ModelAndView page = failures.carrierFailed(new CarrierException("ups refused the ship request: HTTP 400"),
				new MockHttpServletRequest("POST", "/admin/orders/x/ship"), Locale.ENGLISH);
		assertThat(page.getStatus()).isEqualTo(HttpStatus.BAD_GATEWAY);
		assertThat(page.getViewName()).isEqualTo("shared/error");
		assertThat(((ErrorPage) page.getModel().get("error")).messageKey()).isEqualTo("shipping.error.carrier");
	}

	@Test
	void aMissingTransferConsentIsRefusedWithItsReason() {
		ModelAndView page = failures.notConsented(new TransferNotConsentedException("ups"),
				new MockHttpServletRequest("POST", "/admin/orders/x/ship"), Locale.SIMPLIFIED_CHINESE);
		assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(((ErrorPage) page.getModel().get("error")).messageKey()).isEqualTo("shipping.error.transferConsent");
	}
}
