package com.wtigg.store.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.WebClient.Upload;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.notification.Inbox;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.support.web.TicketThrottle;

/**
 * The back office's side of support: a support agent's queue, each ticket with the customer's
 * orders and other tickets, assigning, closing and replying; every screenshot opened audited; and
 * a support agent kept out of marketing, the audit log and the mailbox, fulfilment staff out of
 * support.
 */
@AccountTest
@PolicyClause({ "COL-SUPPORT", "SEC-ACCESS", "SHOP-STAFF" })
class SupportStaffTest {

	private static StaffFlows.Staff agent;

	@LocalServerPort
	int port;

	@Autowired
	AccountFixture accounts;

	@Autowired
	Accounts accountStore;

	@Autowired
	AccountTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketThrottle throttle;

	@Autowired
	SubjectCipher cipher;

	SupportOrders orders;

	@BeforeEach
	void setUp() {
		orders = new SupportOrders(jdbc, cipher);
		throttle.reset();
		accounts.forgetFailedSignIns();
		if (agent == null) {
			agent = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT));
		}
	}

	private static Upload png(String name) {
		return SupportTicketTest.png(name);
	}

	private static WebClient.Page guestTicket(WebClient guest, String email, String message, String order, List<Upload> files) {
		return SupportTicketTest.guestTicket(guest, email, message, order, files);
	}

	@Test
	void aSupportAgentSeesTheCustomersOrdersAndOtherTicketsAndEveryScreenshotViewIsAudited() {
		WebClient browser = accounts.browser();
		SubjectId me = accounts.signedInCustomer(browser, "Orders Customer", AccountFixture.uniqueEmail("orders"));
		String first = orders.paidOrder(me);
		String second = orders.paidOrder(me);
		browser.get("/support");
		String earlier = browser.postMultipart("/support", List.of(), "topic", "styling", "message", "Which chain?", "order", "")
			.redirect().orElseThrow().substring(17, 27);
		String number = browser.postMultipart("/support", List.of(png("box.png")), "topic", "order", "message", "The box was open.",
				"order", first).redirect().orElseThrow().substring(17, 27);

		WebClient.Page page = agent.browser().get("/admin/support/" + number);
		assertThat(page.text("#customer-orders")).contains(first, second);
		assertThat(page.text("#ticket-order")).isEqualTo(first);
		assertThat(page.html().select("a[href^=/admin/orders/]")).as("a support agent may not open the orders' pages").isEmpty();
		StaffFlows.Staff admin = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN));
		String orderPage = admin.browser().get("/admin/support/" + number).html().select("#ticket-order").attr("href");
		assertThat(orderPage).matches("/admin/orders/[0-9a-f-]{36}");
		assertThat(admin.browser().get(orderPage).text("main")).contains(first);
		assertThat(page.text("#other-tickets")).contains(earlier);
		String download = page.html().select("#thread .attachments a").attr("href");
		int before = jdbc.sql("select count(*) from audit_entry where action = 'support.attachment.viewed' and subject_id = ?")
			.param(me.value()).query(Integer.class).single();
		WebClient.Download file = agent.browser().download(download);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'support.attachment.viewed' and subject_id = ?")
			.param(me.value()).query(Integer.class).single()).isEqualTo(before + 1);
		assertThat(browser.download("/account/support/" + number + "/attachments/" + download.substring(download.lastIndexOf('/') + 1))
			.status()).isEqualTo(200);
	}

	@Test
	void theQueueIsPagedTheLongestWaitingFirst() {
		jdbc.sql("""
				insert into support_ticket (id, number, subject_id, guest, language, topic, status, created_at, last_activity_at)
				select gen_random_uuid(), 'S-PG' || lpad(n::text, 6, '0'), gen_random_uuid(), false, 'en', 'other', 'answered',
				  now() - interval '2 days', now() - interval '1 day' - n * interval '1 minute'
				from generate_series(1, 55) n
				""").update();
		WebClient.Page first = agent.browser().get("/admin/support?status=answered");
		assertThat(first.html().select("#queue tbody tr")).hasSize(50);
		assertThat(first.html().select("#queue tbody tr").first().text()).startsWith("S-PG000055");
		String next = first.html().select("#queue-next").attr("href");
		assertThat(next).isEqualTo("/admin/support?status=answered&page=2");
		assertThat(agent.browser().get(next).html().select("#queue tbody tr").size()).isBetween(5, 50);
		assertThat(agent.browser().get("/admin/support?status=answered&page=nine").status()).isEqualTo(200);
		assertThat(agent.browser().get("/admin/support?status=answered&page=999").html().select("#queue-prev")).hasSize(1);
	}

	@Test
	void aStaffReplyWithoutTextIsRefusedBesideTheField() {
		WebClient.Page sent = guestTicket(accounts.browser(), AccountFixture.uniqueEmail("empty"), "Hello", "", List.of());
		String number = sent.text("#ticket-sent").replaceAll(".*(S-[0-9A-Z]{8}).*", "$1");
		agent.browser().get("/admin/support/" + number);
		WebClient.Page refused = agent.browser().post("/admin/support/" + number + "/reply", "reply", "   ");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select("#reply-error")).hasSize(1);
	}

	@Test
	void aSupportAgentSeesTheQueueButNotMarketingOrTheAuditLog() {
		assertThat(agent.browser().get("/admin/support").status()).isEqualTo(200);
		assertThat(agent.browser().get("/admin/support?status=closed").status()).isEqualTo(200);
		assertThat(agent.browser().get("/admin/support?status=bogus").status()).isEqualTo(400);
		assertThat(agent.browser().get("/admin/marketing").status()).isEqualTo(403);
		assertThat(agent.browser().get("/admin/audit").status()).isEqualTo(403);
		assertThat(agent.browser().get("/admin/mailbox").status()).isEqualTo(403);
		assertThat(agent.browser().get("/admin").html().select("a[href=/admin/support]")).isNotEmpty();
		assertThat(agent.browser().get("/admin/support/S-00000000").status()).isEqualTo(404);
		StaffFlows.Staff fulfilment = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT));
		assertThat(fulfilment.browser().get("/admin/support").status()).isEqualTo(403);
		assertThat(accounts.browser().get("/admin/support").status()).isIn(302, 403);
	}

	@Test
	void assigningAndClosingShowOnTheTicket() {
		WebClient.Page sent = guestTicket(accounts.browser(), AccountFixture.uniqueEmail("assign"), "Gift wrapping?", "", List.of());
		String number = sent.text("#ticket-sent").replaceAll(".*(S-[0-9A-Z]{8}).*", "$1");
		agent.browser().get("/admin/support/" + number);
		assertThat(agent.browser().post("/admin/support/" + number + "/assign").redirect()).isPresent();
		assertThat(agent.browser().get("/admin/support/" + number).text("#assignee")).isEqualTo("you");
		assertThat(agent.browser().post("/admin/support/" + number + "/close").redirect()).isPresent();
		assertThat(agent.browser().get("/admin/support/" + number).text("#ticket-status")).isEqualTo("Closed");
		assertThat(agent.browser().get("/admin/support?status=closed").text("#queue")).contains(number);
	}
}
