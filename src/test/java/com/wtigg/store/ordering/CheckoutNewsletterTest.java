package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Checkout's "send me news" box: unticked at first; ticked, it asks for the newsletter, which is
 * live only once the mailed link is confirmed.
 */
@AccountTest
class CheckoutNewsletterTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SignUpLimiter limiter;

	@Autowired
	GreenMail smtp;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
		limiter.reset();
	}

	@Test
	@PolicyClause("COL-MARKETING")
	void theNewsletterBoxIsUntickedAndATickedOneStillNeedsTheDoubleOptIn() {
		String slug = flows.piece("pendants", 1, 120_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		WebClient.Page contact = guest.get("/checkout/contact");
		assertThat(contact.html().select("input#newsletter[type=checkbox]")).hasSize(1);
		assertThat(contact.html().selectFirst("input#newsletter").hasAttr("checked")).isFalse();

		String untouched = AccountFixture.uniqueEmail("nonews");
		assertThat(guest.post("/checkout/contact", CheckoutFlows.usContact(untouched).toArray(String[]::new)).redirect())
			.hasValue("/checkout/shipping");
		assertThat(subscriptions.subscriberOf(new EmailAddress(untouched))).isEmpty();

		String email = AccountFixture.uniqueEmail("news");
		guest.get("/checkout/contact");
		assertThat(guest.post("/checkout/contact", CheckoutFlows.with(CheckoutFlows.usContact(email), "newsletter", "yes"))
			.redirect()).hasValue("/checkout/shipping");
		SubjectId subscriber = subscriptions.subscriberOf(new EmailAddress(email)).orElseThrow();
		assertThat(subscriptions.liveTopics(subscriber)).isEmpty();
		assertThat(jdbc.sql("select source from marketing_consent where subject_id = ?").param(subscriber.value())
			.query(String.class).list()).containsExactly("checkout");
		await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
			.anyMatch(m -> to(m, email) && text(m).contains("/marketing/confirm/")));
	}

	private static boolean to(MimeMessage message, String email) {
		try {
			return message.getRecipients(RecipientType.TO)[0].toString().contains(email);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(MimeMessage message) {
		try {
			return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
		}
		catch (RuntimeException e) {
			return "";
		}
	}
}
