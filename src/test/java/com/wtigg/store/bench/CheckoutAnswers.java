package com.wtigg.store.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * What a guest writes into each checkout step: a made-up buyer in Flushing, the first shipping
 * option, "billing same as shipping", no preferences, and the sandbox's success card. The driver
 * answers whichever step the store shows, so it follows the steps in the store's order.
 */
final class CheckoutAnswers {

	/** The answers by field name; a field not named here is sent as the page wrote it. */
	private static final Map<String, String> ANSWERS = Map.ofEntries(
			Map.entry("email", "bench-buyer@example.com"),
			Map.entry("shippingRecipient", "Bench Buyer"),
			Map.entry("shippingLine1", "41-08 Main Street"),
			Map.entry("shippingCity", "Flushing"),
			Map.entry("shippingRegion", "NY"),
			Map.entry("shippingPostalCode", "11355"),
			Map.entry("shippingCountry", "US"),
			Map.entry("name", "Bench Buyer"),
			Map.entry("number", "4242 4242 4242 4242"),
			Map.entry("expiry", "12/30"),
			Map.entry("cvv", "123"));

	private CheckoutAnswers() {
	}

	/** The confirmation page, with the order's number, ends an order. */
	static boolean isConfirmation(GuestBuyer.Page page) {
		return page.uri().getPath().startsWith("/checkout/confirmation/") && page.document().selectFirst("#order-number") != null;
	}

	/** The step's own form: the posted form of the page's main part with the most fields. */
	static Element formOf(GuestBuyer.Page page) {
		return page.document().select("main form[method=post]").stream()
			.max((a, b) -> Integer.compare(a.select("input, select, textarea").size(), b.select("input, select, textarea").size()))
			.orElseThrow(() -> new GuestBuyer.StepFailed("no form at " + page.uri().getPath()));
	}

	/** Answers for the step's form's empty fields. */
	static Map<String, String> answersFor(GuestBuyer.Page page) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Element input : formOf(page).select("input[name], select[name]")) {
			String name = input.attr("name");
			if (ANSWERS.containsKey(name) && (input.is("select") || input.attr("value").isEmpty())) {
				answers.put(name, ANSWERS.get(name));
			}
		}
		return answers;
	}
}
