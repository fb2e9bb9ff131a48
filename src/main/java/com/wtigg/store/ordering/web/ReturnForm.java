package com.wtigg.store.ordering.web;

import java.util.Set;

import com.wtigg.store.shared.PersonalText;
import com.wtigg.store.shared.web.FormErrors;

/**
 * A return or exchange request as the buyer sent it: its kind and a reason of up to 1,000
 * characters without control characters (line breaks allowed).
 */
record ReturnForm(String kind, String reason) {

	static final int REASON_MAX = 1000;

	private static final Set<String> KINDS = Set.of("return", "exchange");

	static ReturnForm of(String kind, String reason) {
		return new ReturnForm(kind == null ? "" : kind, reason == null ? "" : reason.strip().replace("\r\n", "\n"));
	}

	FormErrors check() {
		FormErrors errors = new FormErrors();
		if (!KINDS.contains(kind)) {
			errors.add("kind", "orders.return.kind.missing");
		}
		if (reason.isEmpty()) {
			errors.add("reason", "orders.return.reason.missing");
		}
		else if (reason.codePointCount(0, reason.length()) > REASON_MAX) {
			errors.add("reason", "orders.return.reason.long", REASON_MAX);
		}
		else if (PersonalText.hasControlCharacters(reason.replace("\n", " "))) {
			errors.add("reason", "form.controlCharacters");
		}
		return errors;
	}

	@Override
	public String toString() {
		return "ReturnForm[redacted]";
	}
}
