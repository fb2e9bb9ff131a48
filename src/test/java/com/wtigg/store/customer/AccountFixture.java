package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Makes customers through the real pages of the running server: registration, the emailed link,
 * sign-in.
 */
@TestComponent
public class AccountFixture {

	public static final String PASSWORD = "jade bangle from Hetian 1987";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final Accounts accounts;

	private final MailEvents mails;

	private final CustomerApi customers;

	private final JdbcClient jdbc;

	private final Environment environment;

	AccountFixture(Accounts accounts, MailEvents mails, CustomerApi customers, JdbcClient jdbc, Environment environment) {
		this.accounts = accounts;
		this.mails = mails;
		this.customers = customers;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	/** Every test signs in from 127.0.0.1: each starts with no failed sign-ins counted. */
	public void forgetFailedSignIns() {
		jdbc.sql("delete from login_throttle").update();
	}

	public static String uniqueEmail(String who) {
		return who + "." + System.nanoTime() + "." + COUNTER.incrementAndGet() + "@example.com";
	}

	/** Registers through the form; returns the new account's subject. */
	public SubjectId register(WebClient browser, String name, String email, String phone) {
		browser.get("/account/register");
		WebClient.Page sent = browser.post("/account/register", "name", name, "email", email, "password", PASSWORD,
				"phone", phone, "birthDate", "1990-04-21");
		assertThat(sent.redirect()).hasValue("/account/register/sent");
		return accounts.findByEmail(new EmailAddress(email)).orElseThrow().subject();
	}

	/** Opens the link of the last confirmation mail and presses its button. */
	public WebClient.Page confirm(WebClient browser, SubjectId subject) {
		String link = customers.unseal(subject, mails.last(AccountMail.VerifyEmail.class, subject).sealedLink()).orElseThrow();
		WebClient.Page page = browser.get(link);
		assertThat(page.status()).isEqualTo(200);
		return browser.post("/account/verify", "token", link.substring(link.lastIndexOf('/') + 1));
	}

	public WebClient.Page signIn(WebClient browser, String email, String password) {
		browser.get("/account/login");
		return browser.post("/account/login", "email", email, "password", password);
	}

	/** A verified, signed-in customer. */
	public SubjectId signedInCustomer(WebClient browser, String name, String email) {
		SubjectId subject = register(browser, name, email, "");
		confirm(browser, subject);
		WebClient.Page signedIn = signIn(browser, email, PASSWORD);
		assertThat(signedIn.redirect()).hasValue("/account");
		return subject;
	}

	/** A new browser, with no cookies. */
	public WebClient browser() {
		return new WebClient(environment.getRequiredProperty("local.server.port", Integer.class));
	}
}
