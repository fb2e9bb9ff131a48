package com.wtigg.store.payment.sandbox;

import java.util.Map;
import java.util.Optional;

import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * The sandbox's documented test card numbers and what each does. Any other number is refused,
 * so that a real card is never typed into the sandbox by mistake.
 */
final class TestCards {

	/** What the sandbox answers for a card. */
	enum Outcome {
		SUCCEEDED, DECLINED, INSUFFICIENT_FUNDS, CANCELLED
	}

	/** The numbers, as the page shows them, and their outcomes. */
	static final Map<String, Outcome> NUMBERS = Map.of(
			"4242 4242 4242 4242", Outcome.SUCCEEDED,
			"4000 0000 0000 0002", Outcome.DECLINED,
			"4000 0000 0000 9995", Outcome.INSUFFICIENT_FUNDS);

	private TestCards() {
	}

	/** Whether the digits pass the Luhn check. */
	static boolean luhn(String digits) {
		return LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits);
	}

	static Optional<Outcome> outcome(String digits) {
		return NUMBERS.entrySet().stream().filter(e -> e.getKey().replace(" ", "").equals(digits))
			.map(Map.Entry::getValue).findFirst();
	}

	/** The brand by the number's leading digits, as processors report it. */
	static String brand(String digits) {
		if (digits.startsWith("4")) {
			return "visa";
		}
		if (digits.matches("5[1-5].*|2[2-7].*")) {
			return "mastercard";
		}
		if (digits.matches("3[47].*")) {
			return "amex";
		}
		return "card";
	}
}
