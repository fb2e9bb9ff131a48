package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.shared.SubjectId;

/**
 * Sessions and the cart around sign-in: links that expire, a password change and "sign out other
 * devices" end the other sessions, the guest cart joins the customer's, any script works for a
 * password, and failures from one client address slow that address down.
 */
@AccountTest
class AccountSessionsTest {

	@Autowired
	AccountFixture fixture;

	@Autowired
	MailEvents mails;

	@Autowired
	CustomerApi customers;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataHolder> holders;

	@BeforeEach
	void noFailedSignIns() {
		fixture.forgetFailedSignIns();
	}

	@Test
	void aConfirmationLinkExpires() {
		WebClient browser = fixture.browser();
		SubjectId subject = fixture.register(browser, "Late Reader", AccountFixture.uniqueEmail("late"), "");
		String link = customers.unseal(subject, mails.last(AccountMail.VerifyEmail.class, subject).sealedLink()).orElseThrow();
		jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where subject_id = ?")
			.param(subject.value()).update();
		assertThat(browser.get(link).status()).isEqualTo(410);
		assertThat(browser.post("/account/verify", "token", link.substring(link.lastIndexOf('/') + 1)).status())
			.isEqualTo(410);
		assertThat(accounts.find(subject).orElseThrow().status()).isEqualTo(AccountStatus.UNVERIFIED);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndTellsTheOwner() {
		String email = AccountFixture.uniqueEmail("changer");
		WebClient laptop = fixture.browser();
		SubjectId subject = fixture.signedInCustomer(laptop, "Password Changer", email);
		WebClient phone = fixture.browser();
		assertThat(fixture.signIn(phone, email, AccountFixture.PASSWORD).redirect()).hasValue("/account");

		phone.get("/account");
		String newPassword = "carved nephrite dragon pendant";
		assertThat(phone.post("/account/password", "currentPassword", AccountFixture.PASSWORD, "newPassword", newPassword)
			.redirect()).hasValue("/account?note=passwordChanged");
		assertThat(laptop.get("/account").redirect()).hasValue("/account/login");
		assertThat(phone.get("/account").status()).isEqualTo(200);
		assertThat(mails.last(AccountMail.PasswordChanged.class, subject)).isNotNull();
		assertThat(fixture.signIn(fixture.browser(), email, newPassword).redirect()).hasValue("/account");
	}

	@Test
	void signingOutOtherDevicesKeepsThisOne() {
		String email = AccountFixture.uniqueEmail("devices");
		WebClient laptop = fixture.browser();
		fixture.signedInCustomer(laptop, "Many Devices", email);
		WebClient phone = fixture.browser();
		fixture.signIn(phone, email, AccountFixture.PASSWORD);
		laptop.get("/account");
		assertThat(laptop.post("/account/sessions/end-others").redirect()).hasValue("/account?note=sessionsEnded");
		assertThat(phone.get("/account").redirect()).hasValue("/account/login");
		assertThat(laptop.get("/account").text(".notice")).isEmpty();
		assertThat(laptop.get("/account").status()).isEqualTo(200);
	}

	@Test
	void theGuestCartJoinsTheCustomersCartAtSignIn() {
		List<String> slugs = jdbc.sql("select slug from catalog_piece where stock > 2 order by id limit 2")
			.query(String.class).list();
		String email = AccountFixture.uniqueEmail("shopper");
		WebClient browser = fixture.browser();
		fixture.signedInCustomer(browser, "Cart Keeper", email);
		browser.get("/p/" + slugs.get(0));
		browser.post("/cart/items", "slug", slugs.get(0), "quantity", "1");
		browser.get("/account");
		browser.post("/account/logout");
		assertThat(browser.get("/cart").html().select(".cart-piece")).as("the cart left with the customer").isEmpty();

		browser.get("/p/" + slugs.get(1));
		browser.post("/cart/items", "slug", slugs.get(1), "quantity", "2");
		assertThat(fixture.signIn(browser, email, AccountFixture.PASSWORD).redirect()).hasValue("/account");
		WebClient.Page cart = browser.get("/cart");
		assertThat(cart.html().select(".cart-piece a").eachAttr("href")).containsExactlyInAnyOrder("/p/" + slugs.get(0),
				"/p/" + slugs.get(1));
		assertThat(cart.text("#cart-count")).isEqualTo("3");
	}

	@Test
	@PolicyClause("COL-ACCOUNT")
	void aPasswordInAnyScriptWorks() {
		String email = AccountFixture.uniqueEmail("unicode");
		WebClient browser = fixture.browser();
		browser.get("/account/register");
		String password = "翡翠手镯非常漂亮啊";
		assertThat(browser.post("/account/register", "name", "王小明", "email", email, "password", password, "phone", "",
				"birthDate", "1985-06-01").redirect()).hasValue("/account/register/sent");
		SubjectId subject = accounts.findByEmail(new com.wtigg.store.shared.EmailAddress(email)).orElseThrow().subject();
		fixture.confirm(browser, subject);
		assertThat(fixture.signIn(browser, email, password).redirect()).hasValue("/account");
		assertThat(browser.get("/account").html().select("#name").attr("value")).isEqualTo("王小明");
	}

	@Test
	@PolicyClause("PUR-FRAUD")
	void manyFailuresFromOneAddressSlowThatAddressDown() {
		WebClient attacker = fixture.browser();
		for (int i = 0; i < 10; i++) {
			assertThat(fixture.signIn(attacker, AccountFixture.uniqueEmail("sprayed"), "spring2026!").status()).isEqualTo(401);
		}
		String email = AccountFixture.uniqueEmail("bystander");
		WebClient.Page slowed = fixture.signIn(attacker, email, "spring2026!");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.text(".field-error")).contains("Please wait");
		Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
			.until(() -> fixture.signIn(attacker, email, "spring2026!").status() == 401);
	}

	@Test
	void erasingThroughEveryHolderLeavesNoAccountAddressOrSession() {
		String email = AccountFixture.uniqueEmail("erased");
		WebClient browser = fixture.browser();
		SubjectId subject = fixture.signedInCustomer(browser, "To Be Erased", email);
		browser.get("/account");
		browser.post("/account/addresses", "recipient", "To Be Erased", "line1", "1 Erased Way", "city", "Flushing",
				"postalCode", "11355", "country", "US");
		holders.forEach(holder -> holder.erase(subject));
		for (String table : new String[] { "account", "account_address", "account_device", "account_token" }) {
			assertThat(jdbc.sql("select count(*) from " + table + " where subject_id = ?").param(subject.value())
				.query(Integer.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(subject.toString())
			.query(Integer.class).single()).isZero();
		assertThat(browser.get("/account").redirect()).hasValue("/account/login");
		assertThat(customers.recipient(subject)).isEmpty();
	}

	@Test
	void aCustomersCartCannotBeSeenOrChangedWithItsCookieByAnyoneElse() {
		String slug = jdbc.sql("select slug from catalog_piece where stock > 2 order by id desc limit 1")
			.query(String.class).single();
		WebClient owner = fixture.browser();
		fixture.signedInCustomer(owner, "Private Cart", AccountFixture.uniqueEmail("private"));
		owner.get("/p/" + slug);
		owner.post("/cart/items", "slug", slug, "quantity", "2");
		String cartId = owner.cookie("cart").orElseThrow();
		assertThat(owner.get("/cart").html().select(".cart-piece")).hasSize(1);

		WebClient stranger = fixture.browser();
		stranger.get("/");
		stranger.setCookie("cart", cartId);
		WebClient.Page strangersCart = stranger.get("/cart");
		assertThat(strangersCart.html().select(".cart-piece")).isEmpty();
		assertThat(strangersCart.text("#cart-count")).isEqualTo("0");
		long piece = jdbc.sql("select id from catalog_piece where slug = ?").param(slug).query(Long.class).single();
		stranger.post("/cart/items/" + piece, "quantity", "0");
		assertThat(owner.get("/cart").html().select(".cart-piece")).hasSize(1);
	}
}
