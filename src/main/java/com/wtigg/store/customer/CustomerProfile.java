package com.wtigg.store.customer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.PostalAddress;

/**
 * What a signed-in customer's checkout is filled in with: the account's name, email and phone and
 * the address book, the preferred address first.
 */
public record CustomerProfile(String name, String email, @Nullable String phone, List<PostalAddress> addresses) {

	public CustomerProfile {
		addresses = List.copyOf(addresses);
	}

	/** Whether any address of the book is in the country (a customer in China, for LOC-XBORDER). */
	public boolean hasAddressIn(String country) {
		return addresses.stream().anyMatch(a -> a.in(country));
	}

	@Override
	public String toString() {
		return "CustomerProfile[redacted]";
	}
}
