package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.ordering.persistence.ReturnRequests;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.shared.SubjectId;

/**
 * Orders in the privacy machinery: exported with their lines, erased by stripping what tax law
 * does not need (and restricting the rest), deleted 7 years after the buyer's last order activity;
 * and a checkout leaves no personal data in the logs.
 */
@AccountTest
@ExtendWith(OutputCaptureExtension.class)
class OrderPrivacyTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	ReturnRequests returns;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
	}

	private UUID paidOrder(String email, String name) {
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, flows.piece("pendants", 1, 75_00));
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.with(CheckoutFlows.usContact(email), "shippingRecipient", name, "phone", "+1 718 555 0199")));
		CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_OK);
		return UUID.fromString(key);
	}

	private SubjectId subjectOf(UUID order) {
		return new SubjectId(jdbc.sql("select subject_id from shop_order where id = ?").param(order).query(UUID.class).single());
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DELETE" })
	void anErasedBuyersOrderKeepsOnlyWhatTaxLawNeeds() {
		String email = AccountFixture.uniqueEmail("erase");
		UUID order = paidOrder(email, "Erase Mename");
		SubjectId subject = subjectOf(order);
		returns.add(order, subject, "return", "The clasp is loose");
		List<String> exported = new ArrayList<>();
		holders.forEach(h -> h.export(subject, (dataset, columns, rows) -> {
			if (dataset.startsWith("order")) {
				rows.forEach(r -> exported.add(dataset + ":" + String.join("|", r)));
			}
		}));
		assertThat(exported).anyMatch(r -> r.startsWith("orders:") && r.contains(email) && r.contains("Erase Mename"));
		assertThat(exported).anyMatch(r -> r.startsWith("order_lines:"));

		holders.forEach(h -> h.erase(subject));
		String row = jdbc.sql("select row_to_json(o)::text from shop_order o where id = ?").param(order).query(String.class).single();
		assertThat(row).contains("\"restricted\":true").contains("\"email_enc\":null").contains("\"email_index\":null")
			.contains("\"phone_enc\":null").contains("\"shipping_address_enc\":null").contains("\"billing_address_enc\":null")
			.contains("\"preferences_enc\":null").contains("\"shipping_country\":\"US\"").contains("\"number\":\"WT-");
		assertThat(jdbc.sql("select count(*) from shop_order_line where order_id = ?").param(order).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from order_return_request where order_id = ?").param(order).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from checkout_draft where subject_id = ?").param(subject.value()).query(Integer.class).single()).isZero();
	}

	@Test
	@PolicyClause("RET-ORDERS")
	void ordersGoSevenYearsAfterTheBuyersLastOrderActivity() {
		UUID old = paidOrder(AccountFixture.uniqueEmail("old"), "Old Buyer");
		UUID recent = paidOrder(AccountFixture.uniqueEmail("recent"), "Recent Buyer");
		jdbc.sql("update shop_order set last_activity_at = now() - interval '7 years 1 day' where id = ?").param(old).update();
		jdbc.sql("update shop_order set placed_at = now() - interval '7 years 1 day' where id = ?").param(recent).update();
		holders.forEach(h -> h.purgeExpired(Instant.now()));
		assertThat(flows.orders(old)).isZero();
		assertThat(flows.orders(recent)).isOne();
	}

	@Test
	@PolicyClause("COL-ORDER")
	void aCheckoutWritesNoPersonalDataToTheLogs(CapturedOutput output) {
		String email = AccountFixture.uniqueEmail("logged");
		paidOrder(email, "Logged Ordername");
		assertThat(output.getAll()).doesNotContain(email).doesNotContain("Logged Ordername").doesNotContain("39th Avenue")
			.doesNotContain("7185550199").doesNotContain("4242 4242").doesNotContain("Mei & Li");
	}
}
