package com.wtigg.store.payment.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.Processor.ProcessorRole;
import com.wtigg.store.privacy.ProcessorSource;
import com.wtigg.store.shared.LocalizedText;

/**
 * The payment processors' entries of the register (SHR-PROCESSORS, LOC-XBORDER), with the exact
 * fields each integration sends; every adapter checks its outgoing requests against its entry
 * with {@link #requireListed} before it sends them.
 */
@Component
public class PaymentProcessors implements ProcessorSource {

	/** The form fields of Stripe's API that the Stripe adapter sends (PaymentIntents, Refunds). */
	public static final Set<String> STRIPE_FIELDS = Set.of("amount", "currency", "metadata[order_number]",
			"automatic_payment_methods[enabled]", "payment_intent", "expand[0]");

	/** The JSON paths (and the token request's form field) that the PayPal adapter sends. */
	public static final Set<String> PAYPAL_FIELDS = Set.of("grant_type", "intent", "purchase_units[].amount.currency_code",
			"purchase_units[].amount.value", "purchase_units[].custom_id", "purchase_units[].invoice_id",
			"payment_source.paypal.experience_context.return_url", "payment_source.paypal.experience_context.cancel_url",
			"payment_source.paypal.experience_context.shipping_preference",
			"payment_source.paypal.experience_context.user_action", "amount.value", "amount.currency_code");

	/** What the sandbox's card sessions are given (they stay in the store). */
	public static final Set<String> SANDBOX_FIELDS = Set.of("order_id", "subject_id", "amount", "return_path");

	private static final LocalizedText PURPOSE = new LocalizedText("Taking card and wallet payments for orders, and refunds",
			"收取订单的银行卡和钱包付款，以及退款");

	private static final List<LocalizedText> US_TRANSFERS = List.of(
			new LocalizedText("From the EU: the EU–US Data Privacy Framework, and the Standard Contractual Clauses",
					"自欧盟：欧盟—美国数据隐私框架及标准合同条款"),
			new LocalizedText("From China: the buyer's separate, explicit consent, asked at checkout",
					"自中国：在结账时征得的买家单独、明确同意"));

	@Override
	public List<Processor> processors() {
		Set<DataCategory> paid = Set.of(DataCategory.PURCHASES, DataCategory.IDENTIFIER);
		return List.of(
				new Processor("stripe", "Stripe, Inc.", ProcessorRole.PAYMENT, paid, STRIPE_FIELDS, PURPOSE, "US", US_TRANSFERS),
				new Processor("paypal", "PayPal, Inc.", ProcessorRole.PAYMENT, paid, PAYPAL_FIELDS, PURPOSE, "US", US_TRANSFERS),
				new Processor("sandbox", "WTIGG sandbox payments", ProcessorRole.PAYMENT, paid, SANDBOX_FIELDS,
						new LocalizedText("Test payments inside the store itself; nothing is sent out",
								"在商店内部进行的测试付款；不向外发送任何数据"),
						"US", List.of(new LocalizedText("No transfer: the data stays with the store", "无传输：数据留在商店"))));
	}

	/**
	 * Refuses to send a request with a field the processor's entry does not list (naming the
	 * fields only, never their values).
	 */
	public static void requireListed(String processor, Set<String> allowed, Set<String> fields) {
		Set<String> extra = new TreeSet<>(fields);
		extra.removeAll(allowed);
		if (!extra.isEmpty()) {
			throw new IllegalStateException("Refused to send " + processor + " fields its register entry does not list: " + extra);
		}
	}
}
