package com.wtigg.store.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.notification.sending.MailLinks;
import com.wtigg.store.ordering.OrderMail;
import com.wtigg.store.ordering.OrderMail.OrderConfirmed;
import com.wtigg.store.ordering.process.OrderSteps;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shipping.Shipment;

/**
 * A guest's order, end to end on the real server: paying sends one confirmation, shipping one
 * mail with the tracking number, each refund one mail; a mail that could not be sent when its
 * event was committed goes out once when the event is delivered again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationOrderMailTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	OrderSteps steps;

	@Autowired
	MailLinks links;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	Inbox inbox;

	GuestPurchase purchase;

	@BeforeEach
	void readTheEmbeddedServer() {
		inbox = new Inbox(smtp);
		purchase = new GuestPurchase(jdbc, port);
	}

	static String address(String who) {
		return who + "-" + UUID.randomUUID() + "@example.com";
	}

	/** The mails to the address with this subject, once no further one has come for a while. */
	List<MimeMessage> settledMails(String address, String subject, int expected) {
		await().atMost(PATIENCE).until(() -> withSubject(address, subject).size() >= expected);
		await().during(Duration.ofMillis(700)).atMost(PATIENCE).until(() -> withSubject(address, subject).size() == expected);
		return withSubject(address, subject);
	}

	List<MimeMessage> withSubject(String address, String subject) {
		return inbox.to(address).stream().filter(m -> subject.equals(subjectOf(m))).toList();
	}

	static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The states of the outbox's publications of the order's confirmation. */
	List<String> confirmationStates(UUID orderId) {
		return jdbc.sql("select coalesce(status, 'none') from event_publication where event_type = ? and serialized_event like ?")
			.params(OrderConfirmed.class.getName(), "%" + orderId + "%").query(String.class).list();
	}

	@Test
	@PolicyClause("SHOP-CHECKOUT")
	void aPaidOrderSendsOneConfirmationWithItsPiecesAndTotalButNoAddressOrCard() {
		String email = address("paid");
		GuestPurchase.Bought order = purchase.pendant(email);

		MimeMessage mail = settledMails(email, "Your WTIGG order is confirmed", 1).getFirst();
		String text = Inbox.text(mail);
		assertThat(text).contains("Hello Mei Lin Buyer,", order.number(), order.pieceName() + " × 1: $1,280.00",
				links.absolute("/orders/lookup"));
		Document html = Jsoup.parse(Inbox.html(mail));
		assertThat(html.select("table.order-lines tbody th").eachText()).containsExactly(order.pieceName());
		assertThat(html.select("table.order-lines tfoot tr").last().text()).startsWith("Total $1,2");
		for (String part : List.of(text, html.outerHtml())) {
			assertThat(part).doesNotContain(GuestPurchase.STREET, "11354", "4242", "12/39");
		}
		assertThat(inbox.to(email)).hasSize(1);
	}

	@Test
	@PolicyClause("SHOP-ORDERS")
	void shippingSendsOneMailWithTheTrackingNumberAndItsPage() {
		String email = address("shipped");
		GuestPurchase.Bought order = purchase.pendant(email);
		settledMails(email, "Your WTIGG order is confirmed", 1);

		steps.pack(order.orderId());
		Shipment shipment = steps.ship(order.orderId());

		MimeMessage mail = settledMails(email, "Your WTIGG order is on its way", 1).getFirst();
		assertThat(Inbox.text(mail)).contains(order.number(), "Tracking number: " + shipment.trackingNumber() + ".");
		String tracking = shipment.trackingLink().isAbsolute() ? shipment.trackingLink().toString()
				: links.absolute(shipment.trackingLink().toString());
		assertThat(Jsoup.parse(Inbox.html(mail)).select("main a").eachAttr("href")).contains(tracking);
		assertThat(inbox.to(email)).hasSize(2);
	}

	@Test
	void eachRefundSendsOneMailHoweverOftenItIsRecorded() {
		String email = address("refunded");
		GuestPurchase.Bought order = purchase.pendant(email);
		settledMails(email, "Your WTIGG order is confirmed", 1);

		steps.refund(order.orderId(), Money.ofDollars("100.00"), "goodwill-1");
		steps.recordRefund(order.orderId(), Money.ofDollars("100.00"), "goodwill-1");
		steps.refund(order.orderId(), Money.ofDollars("20.00"), "goodwill-2");

		List<MimeMessage> refunds = settledMails(email, "Your WTIGG refund", 2);
		assertThat(refunds.stream().map(Inbox::text))
			.anySatisfy(text -> assertThat(text).contains("We refunded $100.00 for your order " + order.number()))
			.anySatisfy(text -> assertThat(text).contains("We refunded $20.00 for your order " + order.number()));
	}

	@Test
	@PolicyClause("SHOP-CHECKOUT")
	void aConfirmationThatCouldNotBeSentAfterTheCommitIsSentOnceWhenRedelivered() {
		String email = address("outbox");
		GuestPurchase.Bought order;
		smtp.stop();
		try {
			// the order is paid and committed, then the SMTP server is away: the mail's attempt fails
			order = purchase.pendant(email);
			await().atMost(PATIENCE).until(() -> confirmationStates(order.orderId()).equals(List.of("FAILED")));
		}
		finally {
			smtp.start();
		}
		assertThat(inbox.to(email)).isEmpty();

		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof OrderMail mail && mail.orderId().equals(order.orderId()));

		settledMails(email, "Your WTIGG order is confirmed", 1);
		await().atMost(PATIENCE).until(() -> confirmationStates(order.orderId()).isEmpty());

		// the same event once more, as after a crash before its completion was recorded: nothing sent
		OrderConfirmed again = new OrderConfirmed(order.orderId(), subjectOf(order.orderId()));
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		await().atMost(PATIENCE).until(() -> confirmationStates(order.orderId()).isEmpty());
		assertThat(settledMails(email, "Your WTIGG order is confirmed", 1)).hasSize(1);
	}

	SubjectId subjectOf(UUID orderId) {
		return new SubjectId(
				jdbc.sql("select subject_id from shop_order where id = ?").param(orderId).query(UUID.class).single());
	}
}
