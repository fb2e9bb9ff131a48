package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.Money;

/**
 * What payments keep about a buyer: the card's brand and digits encrypted, in the buyer's export,
 * gone on erasure while the amounts stay for tax law, and everything gone seven years after the
 * buyer's last payment. The processor register names each gateway with the fields it receives.
 */
@AccountTest
class PaymentPersonalDataTest {

	@Autowired
	PaymentApi payments;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	ProcessorRegister register;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	@PolicyClause("COL-SENSITIVE")
	void theCardsBrandAndLastDigitsAreEncryptedAtRest() {
		PaymentRequest request = paid(Money.ofDollars("52.00"));
		Map<String, Object> row = jdbc.sql("select card_brand, card_last4 from payment where order_id = ?")
			.param(request.orderId()).query().singleRow();
		assertThat(new String((byte[]) row.get("card_brand"), StandardCharsets.ISO_8859_1)).doesNotContain("visa");
		assertThat(new String((byte[]) row.get("card_last4"), StandardCharsets.ISO_8859_1)).doesNotContain("4242");
		assertThat(payments.summary(request.orderId()).orElseThrow().cardLast4()).isEqualTo("4242");
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DELETE", "RET-ORDERS" })
	void theExportHoldsThePaymentAndErasureKeepsOnlyWhatTaxLawNeeds() {
		PaymentRequest request = paid(Money.ofDollars("64.00"));
		List<List<String>> exported = new ArrayList<>();
		holders.forEach(h -> h.export(request.subject(), (dataset, columns, rows) -> {
			if (dataset.equals("payments")) {
				exported.addAll(rows);
			}
		}));
		assertThat(exported).singleElement().satisfies(row -> assertThat(row).contains(request.orderId().toString(),
				request.orderNumber(), "CAPTURED", "64.00", "visa", "4242"));

		holders.forEach(h -> h.erase(request.subject()));
		Map<String, Object> kept = jdbc.sql("""
				select order_number, amount_cents, captured_cents, reference, card_brand, card_last4, restricted
				from payment where order_id = ?
				""").param(request.orderId()).query().singleRow();
		assertThat(kept.get("order_number")).isEqualTo(request.orderNumber());
		assertThat(kept.get("amount_cents")).isEqualTo(6_400L);
		assertThat(kept.get("captured_cents")).isEqualTo(6_400L);
		assertThat(kept.get("reference")).isNotNull();
		assertThat(kept.get("card_brand")).isNull();
		assertThat(kept.get("card_last4")).isNull();
		assertThat(kept.get("restricted")).isEqualTo(true);
		assertThat(jdbc.sql("select count(*) from payment_sandbox_session where order_id = ?").param(request.orderId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	@PolicyClause("RET-ORDERS")
	void paymentsGoSevenYearsAfterTheBuyersLastPaymentNotBefore() {
		PaymentRequest old = paid(Money.ofDollars("10.00"));
		PaymentRequest recent = paid(Money.ofDollars("11.00"));
		Instant now = Instant.now();
		Instant eightYearsAgo = now.atZone(ZoneOffset.UTC).minusYears(8).toInstant();
		Instant sixYearsAgo = now.atZone(ZoneOffset.UTC).minusYears(6).toInstant();
		age(old, eightYearsAgo);
		age(recent, sixYearsAgo);
		holders.forEach(h -> h.purgeExpired(now));
		assertThat(payments.summary(old.orderId())).isEmpty();
		assertThat(payments.summary(recent.orderId())).isPresent();
	}

	@Test
	@PolicyClause({ "SHR-PROCESSORS", "LOC-XBORDER" })
	void theRegisterNamesEachGatewayItsCountryTransfersAndFields() {
		Processor stripe = register.processor("stripe").orElseThrow();
		assertThat(stripe.country()).isEqualTo("US");
		assertThat(stripe.fields()).contains("amount", "currency", "metadata[order_number]");
		assertThat(stripe.transferMechanisms()).extracting(t -> t.en())
			.anyMatch(t -> t.contains("Data Privacy Framework") && t.contains("Standard Contractual Clauses"))
			.anyMatch(t -> t.contains("China") && t.contains("consent"));
		Processor paypal = register.processor("paypal").orElseThrow();
		assertThat(paypal.country()).isEqualTo("US");
		assertThat(paypal.fields()).contains("purchase_units[].amount.value", "purchase_units[].custom_id");
		assertThat(register.processor("sandbox").orElseThrow().fields()).doesNotContain("billing_name");
	}

	/** A buyer's payment of the amount, paid through the sandbox's card page. */
	private PaymentRequest paid(Money amount) {
		PaymentRequest request = SandboxPayments.request(amount);
		WebClient.Page back = SandboxPayments.pay(new WebClient(port), SandboxPayments.cardPage(payments, request),
				SandboxPayments.SUCCESS, SandboxGatewayTest.EXPIRY, "123");
		assertThat(payments.returned(request.orderId(), SandboxPayments.returnParameters(back, request)).succeeded()).isTrue();
		return request;
	}

	private void age(PaymentRequest request, Instant at) {
		jdbc.sql("update payment set created_at = ?, updated_at = ? where order_id = ?")
			.params(java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), request.orderId()).update();
	}
}
