package com.wtigg.store.privacy;

import java.util.List;
import java.util.Set;

import com.wtigg.store.shared.LocalizedText;

/**
 * An entry of the processor register: a company that processes personal data on the store's
 * behalf, what it receives and why, where it is, and how a transfer there is lawful.
 *
 * @param id {@code stripe}, {@code paypal}, {@code ups}, {@code fedex}, {@code google-analytics}
 *        (and {@code sandbox}, {@code sandbox-carrier} for the built-in stand-ins, which send nothing out)
 * @param fields the exact names of the fields an integration may send it, as the tests check them
 * @param country ISO 3166 code of where it processes the data
 * @param transferMechanisms how transfers from the EU and from China are made lawful
 */
public record Processor(String id, String name, ProcessorRole role, Set<DataCategory> categories, Set<String> fields,
		LocalizedText purpose, String country, List<LocalizedText> transferMechanisms) {

	/** What kind of service it provides. */
	public enum ProcessorRole {
		PAYMENT, SHIPPING, ANALYTICS
	}
}
