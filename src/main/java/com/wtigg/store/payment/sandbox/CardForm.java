package com.wtigg.store.payment.sandbox;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.web.FormErrors;

/**
 * The sandbox card form as submitted. Its {@code toString} names no field: the number and CVV
 * must never reach a log or an error page.
 */
record CardForm(@Nullable String name, @Nullable String number, @Nullable String expiry, @Nullable String cvv) {

	static final int NAME_MAX = 100;

	private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2})");

	private static final Pattern CVV = Pattern.compile("\\d{3,4}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\u2028\\u2029]");

	/** A card that passed every check: its outcome and what the store may learn of it. */
	record Accepted(TestCards.Outcome outcome, String brand, String last4) {
	}

	/** Checks every field; on success the sandbox's answer for the card. */
	Optional<Accepted> check(Clock clock, FormErrors errors) {
		checkName(errors);
		checkExpiry(clock, errors);
		String cvvValue = trimmed(cvv);
		if (cvvValue.isEmpty()) {
			errors.add("cvv", "payment.card.cvv.required");
		}
		else if (!CVV.matcher(cvvValue).matches()) {
			errors.add("cvv", "payment.card.cvv.invalid");
		}
		Optional<String> digits = digits(errors);
		if (errors.any() || digits.isEmpty()) {
			return Optional.empty();
		}
		String card = digits.get();
		return TestCards.outcome(card).map(outcome -> new Accepted(outcome, TestCards.brand(card), card.substring(card.length() - 4)))
			.or(() -> {
				errors.add("number", "payment.card.number.notTestCard");
				return Optional.empty();
			});
	}

	private void checkName(FormErrors errors) {
		String value = trimmed(name);
		if (value.isEmpty()) {
			errors.add("name", "payment.card.name.required");
		}
		else if (value.length() > NAME_MAX) {
			errors.add("name", "payment.card.name.tooLong", NAME_MAX);
		}
		else if (CONTROL.matcher(value).find()) {
			errors.add("name", "payment.card.name.invalid");
		}
	}

	private void checkExpiry(Clock clock, FormErrors errors) {
		String value = trimmed(expiry);
		Matcher parts = EXPIRY.matcher(value);
		if (value.isEmpty()) {
			errors.add("expiry", "payment.card.expiry.required");
			return;
		}
		if (!parts.matches()) {
			errors.add("expiry", "payment.card.expiry.invalid");
			return;
		}
		try {
			YearMonth month = YearMonth.of(2000 + Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(1)));
			if (month.isBefore(YearMonth.now(clock))) {
				errors.add("expiry", "payment.card.expiry.past");
			}
		}
		catch (DateTimeException e) {
			errors.add("expiry", "payment.card.expiry.invalid");
		}
	}

	/** The number's digits, without the spaces or dashes people type between groups. */
	private Optional<String> digits(FormErrors errors) {
		String value = trimmed(number);
		String digits = value.replace(" ", "").replace("-", "");
		if (value.isEmpty()) {
			errors.add("number", "payment.card.number.required");
		}
		else if (!digits.matches("\\d{12,19}")) {
			errors.add("number", "payment.card.number.invalid");
		}
		else if (!TestCards.luhn(digits)) {
			errors.add("number", "payment.card.number.luhn");
		}
		else {
			return Optional.of(digits);
		}
		return Optional.empty();
	}

	/** The name as the page shows it again: without control characters, at most a little over the limit. */
	String nameToShow() {
		String value = CONTROL.matcher(name == null ? "" : name).replaceAll("");
		return value.length() > NAME_MAX + 20 ? value.substring(0, NAME_MAX + 20) : value;
	}

	String expiryToShow() {
		String value = CONTROL.matcher(expiry == null ? "" : expiry).replaceAll("");
		return value.length() > 10 ? value.substring(0, 10) : value;
	}

	private static String trimmed(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	@Override
	public String toString() {
		return "CardForm[…]";
	}
}
