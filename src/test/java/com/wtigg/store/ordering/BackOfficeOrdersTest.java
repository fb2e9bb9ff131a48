package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Fulfilment staff and admins work orders in the back office: the list, the audited detail, and
 * each step only in the states that allow it; customers, anonymous visitors and other staff
 * roles are refused.
 */
@AccountTest
@PolicyClause({ "SHOP-STAFF", "SHOP-ORDERS" })
class BackOfficeOrdersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	Accounts accountStore;

	@Autowired
	AccountTokens tokens;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
		accounts.forgetFailedSignIns();
	}

	private String order(boolean pay) {
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, flows.piece("bangles", 1, 400_00));
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.usContact(AccountFixture.uniqueEmail("ship")).toArray(String[]::new)));
		WebClient.Page placed = CheckoutFlows.place(guest, key);
		if (pay) {
			CheckoutFlows.pay(guest, placed, CheckoutFlows.CARD_OK);
		}
		return key;
	}

	private String status(String id) {
		return jdbc.sql("select status from shop_order where id = ?").param(UUID.fromString(id)).query(String.class).single();
	}

	@Test
	void fulfilmentPacksShipsDeliversAndRefundsAPaidOrder() {
		String id = order(true);
		StaffFlows.Staff staff = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT));
		WebClient office = staff.browser();
		assertThat(office.get("/admin").text("main")).contains("Orders");
		WebClient.Page list = office.get("/admin/orders?status=paid");
		assertThat(list.status()).isEqualTo(200);
		String number = jdbc.sql("select number from shop_order where id = ?").param(UUID.fromString(id)).query(String.class).single();
		assertThat(office.get("/admin/orders?number=" + number).text("#order-table")).contains(number);

		WebClient.Page detail = office.get("/admin/orders/" + id);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.text("main")).contains("188 39th Avenue");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'order.viewed' and actor = ? and subject_id = (select subject_id from shop_order where id = ?)")
			.params("staff:" + staff.subject(), UUID.fromString(id)).query(Integer.class).single()).isOne();

		WebClient.Page early = office.post("/admin/orders/" + id + "/ship");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("#action-refused")).contains("Only a packed order");
		assertThat(office.post("/admin/orders/" + id + "/pack").status()).isEqualTo(302);
		assertThat(office.post("/admin/orders/" + id + "/ship").status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("shipped");
		assertThat(jdbc.sql("select tracking_number from shop_order where id = ?").param(UUID.fromString(id)).query(String.class).single())
			.isNotBlank();
		assertThat(office.post("/admin/orders/" + id + "/cancel").status()).isEqualTo(409);
		assertThat(office.post("/admin/orders/" + id + "/deliver").status()).isEqualTo(302);

		WebClient.Page bad = office.post("/admin/orders/" + id + "/refund", "amount", "ten dollars");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(office.post("/admin/orders/" + id + "/refund", "amount", "9999").status()).isEqualTo(400);
		assertThat(office.post("/admin/orders/" + id + "/refund", "amount", "25.50").status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("delivered");
		assertThat(office.post("/admin/orders/" + id + "/refund", "amount", "").status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("refunded");
		assertThat(jdbc.sql("select refunded_cents from shop_order where id = ?").param(UUID.fromString(id)).query(Long.class).single())
			.isEqualTo(jdbc.sql("select total_cents from shop_order where id = ?").param(UUID.fromString(id)).query(Long.class).single());
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('order.pack', 'order.ship', 'order.deliver', 'order.refunded') and actor = ?")
			.param("staff:" + staff.subject()).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void cancellingAPaidOrderReleasesItsStockAndRefundsIt() {
		String id = order(true);
		String slug = jdbc.sql("select p.slug from shop_order_line l join catalog_piece p on p.id = l.piece_id where l.order_id = ?")
			.param(UUID.fromString(id)).query(String.class).single();
		WebClient office = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		office.get("/admin/orders/" + id);
		assertThat(office.post("/admin/orders/" + id + "/cancel").status()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("cancelled");
		assertThat(flows.stock(slug)).isOne();
		assertThat(jdbc.sql("select refunded_cents = total_cents from shop_order where id = ?").param(UUID.fromString(id))
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void anUnpaidOrderCannotBePackedOrRefunded() {
		String id = order(false);
		WebClient office = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		office.get("/admin/orders/" + id);
		assertThat(office.post("/admin/orders/" + id + "/pack").status()).isEqualTo(409);
		assertThat(office.post("/admin/orders/" + id + "/refund", "amount", "1.00").status()).isEqualTo(409);
		assertThat(office.post("/admin/orders/" + id + "/teleport").status()).isEqualTo(404);
		assertThat(status(id)).isEqualTo("placed");
	}

	@Test
	void customersAnonymousVisitorsAndOtherStaffAreRefused() {
		String id = order(false);
		WebClient anonymous = accounts.browser();
		assertThat(anonymous.get("/admin/orders").status()).isIn(302, 401, 403);
		WebClient customer = accounts.browser();
		accounts.signedInCustomer(customer, "Curious Customer", AccountFixture.uniqueEmail("curious"));
		assertThat(customer.get("/admin/orders").status()).isEqualTo(403);
		assertThat(customer.get("/admin/orders/" + id).status()).isEqualTo(403);
		WebClient catalog = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.CATALOG_MANAGER)).browser();
		assertThat(catalog.get("/admin/orders").status()).isEqualTo(403);
		catalog.get("/admin");
		assertThat(catalog.post("/admin/orders/" + id + "/cancel").status()).isEqualTo(403);
		assertThat(status(id)).isEqualTo("placed");
	}
}
