package com.wtigg.store.consent.cookie;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.StoreIdentity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The consent receipt of a consent record, with the fields of the Kantara Initiative Consent
 * Receipt Specification v1.1 ({@code KI-CR-v1.1.0}): who the controller is, whose consent it is
 * (the subject, or the browser's anonymous id), when, how, under which jurisdiction and policy,
 * and one purpose per cookie category the person allowed (necessary cookies need no consent and
 * are listed as such). The extension {@code choice} says what was declined, so a receipt proves a
 * rejection as well as a consent.
 */
@Component
class ConsentReceipts {

	static final String VERSION = "KI-CR-v1.1.0";

	private final JsonMapper json = JsonMapper.builder().build();

	private final StoreIdentity store;

	private final boolean googleAnalytics;

	ConsentReceipts(StoreIdentity store, @Value("${store.analytics.ga-measurement-id:}") String gaMeasurementId) {
		this.store = store;
		this.googleAnalytics = !gaMeasurementId.isBlank();
	}

	/** The receipt as JSON; {@code base} is the store's address, such as {@code https://wtigg.com}. */
	String json(ConsentRecord record, String base) {
		return json.writeValueAsString(receipt(record, base));
	}

	Receipt receipt(ConsentRecord record, String base) {
		Controller controller = new Controller(store.name(), store.name() + " privacy team", store.postalAddress(),
				store.contactEmail(), "");
		String termination = "Until you change or withdraw this choice at " + base + "/cookies#choice, and at most 12 "
				+ "months after it was given; the store then asks again.";
		List<Purpose> purposes = new ArrayList<>();
		purposes.add(new Purpose("Strictly necessary cookies: language, cart, sign-in, form protection, this choice",
				List.of("Core Function"), "NOT REQUIRED", List.of("Network/Service"), true, termination, false));
		if (record.analytics()) {
			purposes.add(new Purpose("Analytics: measuring how the store is used (first-party usage analytics"
					+ (googleAnalytics ? " and Google Analytics" : "") + ")", List.of("Improve Performance"), "EXPLICIT",
					List.of("Network/Service", "Behavioral"), false, termination, googleAnalytics));
		}
		if (record.marketing()) {
			purposes.add(new Purpose("Marketing: newsletters and new-collection alerts measured by cookie",
					List.of("Marketing"), "EXPLICIT", List.of("Behavioral"), false, termination, false));
		}
		return new Receipt(VERSION, record.jurisdiction(), record.givenAt().getEpochSecond(), collectionMethod(record.method()),
				record.id().toString(), record.language(), record.principal(), List.of(controller), base + "/privacy",
				List.of(new Service(store.name() + " online store", purposes)), false, List.of(),
				new Choice(record.method().code(), record.analytics(), record.marketing(), record.saleShareOptOut(),
						record.gpc(), record.policyVersion()));
	}

	private static String collectionMethod(ConsentMethod method) {
		return switch (method) {
			case ACCEPT_ALL -> "Cookie banner or cookie page: Accept all";
			case REJECT_ALL -> "Cookie banner or cookie page: Reject all";
			case CUSTOM -> "Cookie banner or cookie page: a choice per category";
			case WITHDRAW -> "Cookie page: Reject all, withdrawing an earlier consent";
			case GPC -> "Global Privacy Control signal of the browser (Sec-GPC: 1)";
			case DO_NOT_SELL -> "Do Not Sell or Share My Personal Information page";
		};
	}

	/** The receipt's top level, in the order of the specification. */
	record Receipt(String version, String jurisdiction, long consentTimestamp, String collectionMethod,
			String consentReceiptID, String language, String piiPrincipalId, List<Controller> piiControllers,
			String policyUrl, List<Service> services, boolean sensitive, List<String> spiCat, Choice choice) {
	}

	record Controller(String piiController, String contact, String address, String email, String phone) {
	}

	record Service(String service, List<Purpose> purposes) {
	}

	record Purpose(String purpose, List<String> purposeCategory, String consentType, List<String> piiCategory,
			boolean primaryPurpose, String termination, boolean thirdPartyDisclosure) {
	}

	/** The store's extension: the whole state after this record, declined categories included. */
	record Choice(String method, boolean analytics, boolean marketing, boolean saleShareOptOut, boolean gpc,
			String policyVersion) {
	}
}
