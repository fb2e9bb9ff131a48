package com.wtigg.store.customer.profile;

import java.util.List;
import java.util.Map;

import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AddressBook;
import com.wtigg.store.shared.web.FormErrors;

/**
 * Everything the account page shows: the account, its addresses, what the person typed into the
 * form that failed (with its errors), and a note after a change.
 *
 * @param typed the values of the failed form, by field name
 * @param failedForm which form failed: profile, email, password, address (or null)
 */
public record AccountPage(Account account, List<AddressBook.Entry> addresses, String note, String failedForm,
		Map<String, String> typed, FormErrors errors, List<Country> countries) {

	/** A value to show in a field: what was typed into the failed form, else the stored one. */
	public String value(String form, String field, String stored) {
		if (form.equals(failedForm) && typed.containsKey(field)) {
			return typed.get(field);
		}
		return stored == null ? "" : stored;
	}

	public FormErrors errorsOf(String form) {
		return form.equals(failedForm) ? errors : new FormErrors();
	}

	/** A country of the address form's list. */
	public record Country(String code, String name) {
	}
}
