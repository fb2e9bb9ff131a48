package com.wtigg.store.payment.sandbox;

import java.util.List;

/**
 * What the sandbox card page shows: the amount, the documented test numbers, and the name and
 * expiry as typed (the number and CVV are never shown again).
 */
public record SandboxPage(String session, String amount, String name, String expiry, List<String> testNumbers) {

	static SandboxPage of(SandboxSessions.Session session, String name, String expiry) {
		return new SandboxPage(session.id(), session.amount().formatted(), name, expiry,
				TestCards.NUMBERS.keySet().stream().sorted().toList());
	}

	@Override
	public String toString() {
		return "SandboxPage[" + session + "]";
	}
}
