package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;

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
import com.wtigg.store.marketing.MarketingMails;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.ordering.CheckoutFlows;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * The flows of a whole visit set only cookies of the registry (the list {@code /cookies} is made
 * from): a visitor who accepts analytics, browses, signs up for the newsletter, confirms it, opts
 * out of sale/share and buys as a guest; a customer who registers, signs in, subscribes and
 * withdraws from the account page and signs out; a staff member with the second factor on the
 * back office's analytics and marketing pages. Every name any response set is checked.
 */
@AccountTest
@PolicyClause({ "CKE-INVENTORY", "CKE-CATEGORIES" })
class CookieRegistryCustomerFlowsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	AccountFixture fixture;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	SignUpLimiter limiter;

	@BeforeEach
	void setUp() {
		limiter.reset();
	}

	private static void assertAllRegistered(Set<String> names) {
		assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(StoreCookie.named(name)).as(name).isPresent());
	}

	@Test
	void aVisitorWhoAcceptsAnalyticsSubscribesOptsOutAndBuysAsAGuestGetsOnlyRegisteredCookies() {
		CheckoutFlows checkout = new CheckoutFlows(jdbc);
		String slug = checkout.piece("rings", 2, 80_00);
		WebClient visitor = fixture.browser();
		visitor.get("/");
		assertThat(visitor.post("/cookies/choice", "choice", "custom", "analytics", "on", "back", "/").status()).isEqualTo(302);
		visitor.get("/c/rings");
		visitor.get("/search?q=bangle");
		CheckoutFlows.addToCart(visitor, slug);
		String email = AccountFixture.uniqueEmail("registry");
		MarketingMails mails = new MarketingMails(smtp);
		assertThat(visitor.post("/marketing/signup", "email", email, "topic", "newsletter").status()).isEqualTo(302);
		String token = mails.confirmationToken(email, 0);
		visitor.get("/marketing/confirm/" + token);
		visitor.submit("/marketing/confirm", "token", token);
		visitor.get("/privacy/do-not-sell");
		visitor.submit("/privacy/do-not-sell");
		visitor.get("/cookies/receipt");
		WebClient.Page review = CheckoutFlows.toReview(visitor, CheckoutFlows.usContact(email).toArray(String[]::new));
		String key = CheckoutFlows.checkoutKey(review);
		WebClient.Page placed = CheckoutFlows.place(visitor, key);
		assertThat(CheckoutFlows.pay(visitor, placed, CheckoutFlows.CARD_OK).redirect()).hasValue("/checkout/confirmation/" + key);
		assertThat(visitor.get("/checkout/confirmation/" + key).status()).isEqualTo(200);

		assertThat(visitor.cookiesSet()).contains("consent", "visitor", "cart", "csrf", "buyer");
		assertAllRegistered(visitor.cookiesSet());
	}

	@Test
	void aCustomerAndAStaffMemberGetOnlyRegisteredCookies() {
		WebClient customer = fixture.browser();
		fixture.signedInCustomer(customer, "Lin Mei", AccountFixture.uniqueEmail("registrycustomer"));
		customer.get("/account");
		customer.post("/account/newsletter", "topic", "newsletter");
		customer.get("/account");
		customer.post("/account/logout");
		customer.get("/account/login");
		assertThat(customer.cookiesSet()).contains("session", "csrf");
		assertAllRegistered(customer.cookiesSet());

		WebClient staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		staff.get("/admin/analytics");
		staff.get("/admin/scripts");
		staff.get("/admin/marketing");
		assertThat(staff.cookiesSet()).contains("session");
		assertAllRegistered(staff.cookiesSet());
	}
}
