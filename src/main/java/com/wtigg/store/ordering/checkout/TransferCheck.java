package com.wtigg.store.ordering.checkout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.consent.TransferConsent;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shipping.ShippingApi;

/**
 * LOC-XBORDER at checkout: a buyer in China (an address in CN, or a customer whose address book
 * has one) must give separate, explicit consent naming the payment processor and the carrier,
 * their countries, the purposes and the data categories, before anything is sent to them.
 */
@Component
class TransferCheck {

	static final String CHINA = "CN";

	private final ConsentApi consents;

	private final ProcessorRegister register;

	private final PaymentApi payments;

	private final ShippingApi shipping;

	private final PolicyVersion policy;

	TransferCheck(ConsentApi consents, ProcessorRegister register, PaymentApi payments, ShippingApi shipping,
			PolicyVersion policy) {
		this.consents = consents;
		this.register = register;
		this.payments = payments;
		this.shipping = shipping;
		this.policy = policy;
	}

	/** Whether the buyer is in China by the checkout's addresses or their account's. */
	boolean inChina(CheckoutSession session, CheckoutSession.Buyer buyer) {
		return buyer.draft().addressIn(CHINA) || session.profile(buyer).map(p -> p.hasAddressIn(CHINA)).orElse(false);
	}

	/** The recipients the consent must name (the configured gateway and carrier, outside China). */
	List<Processor> recipients() {
		Set<String> ids = new LinkedHashSet<>();
		for (String id : List.of(payments.gateway(), shipping.carrier())) {
			if (register.processor(id).isPresent()) {
				ids.add(id);
			}
		}
		return ids.isEmpty() ? List.of() : consents.recipientsOutsideChina(ids);
	}

	/** The recipients still needing this buyer's consent; empty when none is needed. */
	List<Processor> needed(CheckoutSession session, CheckoutSession.Buyer buyer) {
		if (!inChina(session, buyer)) {
			return List.of();
		}
		List<Processor> recipients = recipients();
		Set<String> ids = recipients.stream().map(Processor::id).collect(Collectors.toSet());
		return consents.transferConsented(buyer.subject(), ids) ? List.of() : recipients;
	}

	/** Records the consent to exactly what the page showed. */
	void record(CheckoutSession.Buyer buyer, List<Processor> shown) {
		Set<String> ids = shown.stream().map(Processor::id).collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> purposes = shown.stream().map(p -> p.role().name().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> categories = shown.stream().flatMap(p -> p.categories().stream()).map(Enum::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		consents.recordTransfer(new TransferConsent(buyer.subject(), ids, purposes, categories, policy.version(), "checkout"));
	}
}
