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
 * Tickets end to end: a guest's by its secret link, a customer's on their account, the order
 * number checked against the person's own orders, screenshots as downloads only, staff replies
 * mailed as a notice with the link and never the text, every staff view audited, and a support
 * agent kept out of marketing and the audit log.
 */
@AccountTest
@ExtendWith(OutputCaptureExtension.class)
@PolicyClause("COL-SUPPORT")
class SupportTicketTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

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

	@Autowired
	GreenMail smtp;

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

	static Upload png(String name) {
		return new Upload("screenshots", name, "image/png", Images.png(64, 48));
	}

	static WebClient.Page guestTicket(WebClient guest, String email, String message, String order, List<Upload> files) {
		guest.get("/support");
		return guest.postMultipart("/support", files, "topic", "order", "email", email, "message", message, "order", order);
	}

	private int tickets() {
		return jdbc.sql("select count(*) from support_ticket").query(Integer.class).single();
	}

	@Test
	void aGuestsTicketOpensByItsSecretLinkOnlyAndItsTextIsStoredEncrypted() {
		String email = AccountFixture.uniqueEmail("guest");
		WebClient guest = accounts.browser();
		WebClient.Page sent = guestTicket(guest, email, "My bangle's clasp came loose after a week.", "", List.of(png("clasp.png")));
		assertThat(sent.status()).isEqualTo(200);
		String link = sent.html().select("#ticket-link").attr("href");
		assertThat(link).startsWith("/support/t/");
		String number = sent.text("#ticket-sent").replaceAll(".*(S-[0-9A-Z]{8}).*", "$1");
		byte[] body = jdbc.sql("select m.body_enc from support_message m join support_ticket t on t.id = m.ticket_id where t.number = ?")
			.param(number).query(byte[].class).single();
		assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("clasp");
		byte[] storedEmail = jdbc.sql("select email_enc from support_ticket where number = ?").param(number).query(byte[].class).single();
		assertThat(new String(storedEmail, StandardCharsets.ISO_8859_1)).doesNotContain(email);
		assertThat(jdbc.sql("select count(*) from support_ticket where number = ? and guest_token_hash is not null").param(number)
			.query(Integer.class).single()).isEqualTo(1);

		WebClient.Page ticket = accounts.browser().get(link);
		assertThat(ticket.status()).isEqualTo(200);
		assertThat(ticket.text("#thread")).contains("My bangle's clasp came loose after a week.");
		assertThat(accounts.browser().get("/support/t/" + "A".repeat(43)).status()).isEqualTo(404);
		assertThat(accounts.browser().get("/support/t/short").status()).isEqualTo(404);
	}

	@Test
	void aScreenshotIsOnlyADownloadThatIsNeverSniffed() throws Exception {
		WebClient guest = accounts.browser();
		String link = guestTicket(guest, AccountFixture.uniqueEmail("shot"), "Here is the scratch.", "", List.of(png("scratch.png")))
			.html().select("#ticket-link").attr("href");
		String download = guest.get(link).html().select("#thread .attachments a").attr("href");
		WebClient.Download file = guest.download(download);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("screenshot-1.png");
		assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
		assertThat(ImageIO.read(new ByteArrayInputStream(file.body())).getWidth()).isEqualTo(64);
		String attachment = download.substring(download.lastIndexOf('/') + 1);
		assertThat(accounts.browser().download("/support/t/" + "B".repeat(43) + "/attachments/" + attachment).status()).isEqualTo(404);
	}

	@Test
	void aCustomerAsksFromTheirOrderPageAndNamesTheirOwnOrderButNotSomeoneElses() {
		WebClient browser = accounts.browser();
		SubjectId me = accounts.signedInCustomer(browser, "Lin Customer", AccountFixture.uniqueEmail("customer"));
		String mine = orders.paidOrder(me);
		String theirs = orders.paidOrder(SubjectId.random());
		assertThat(browser.get("/account/orders/" + mine).html().select("#order-ask").attr("href")).isEqualTo("/support?order=" + mine);
		browser.get("/support");
		int before = tickets();
		WebClient.Page refused = browser.postMultipart("/support", List.of(), "topic", "return", "message", "I want to return it.",
				"order", theirs);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("#order-error")).contains("no order of yours");
		assertThat(refused.html().select("#message").text()).isEqualTo("I want to return it.");
		assertThat(refused.html().select("#order").attr("value")).isEqualTo(theirs);
		assertThat(tickets()).isEqualTo(before);

		WebClient.Page sent = browser.postMultipart("/support", List.of(), "topic", "return", "message", "I want to return it.",
				"order", mine.toLowerCase(java.util.Locale.ROOT));
		assertThat(sent.redirect()).hasValueSatisfying(r -> assertThat(r).matches("/account/support/S-[0-9A-Z]{8}\\?sent"));
		WebClient.Page page = browser.get(sent.redirect().get());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(mine);
		assertThat(browser.get("/account/support").text("#tickets")).contains(sent.redirect().get().substring(17, 27));
		WebClient other = accounts.browser();
		accounts.signedInCustomer(other, "Other Customer", AccountFixture.uniqueEmail("other"));
		assertThat(other.get(sent.redirect().get()).status()).isEqualTo(404);
	}

	@Test
	void aGuestNamesAnOrderPlacedWithTheirEmailOnly() {
		String email = AccountFixture.uniqueEmail("buyer");
		String number = orders.guestOrder(email);
		int before = tickets();
		WebClient.Page refused = guestTicket(accounts.browser(), AccountFixture.uniqueEmail("stranger"), "Where is it?", number, List.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select("#order-error")).hasSize(1);
		assertThat(tickets()).isEqualTo(before);
		assertThat(guestTicket(accounts.browser(), email, "Where is it?", number, List.of()).status()).isEqualTo(200);
		assertThat(tickets()).isEqualTo(before + 1);
	}

	@Test
	void aStaffReplyIsMailedAsANoticeWithTheLinkAndTheGuestReadsItThere(CapturedOutput output) throws Exception {
		String email = AccountFixture.uniqueEmail("reply");
		WebClient guest = accounts.browser();
		WebClient.Page sent = guestTicket(guest, email, "Which bangle size fits a 58 mm hand?", "", List.of());
		String link = sent.html().select("#ticket-link").attr("href");
		String number = sent.text("#ticket-sent").replaceAll(".*(S-[0-9A-Z]{8}).*", "$1");
		SubjectId subject = new SubjectId(jdbc.sql("select subject_id from support_ticket where number = ?").param(number)
			.query(java.util.UUID.class).single());

		assertThat(agent.browser().get("/admin/support").text("#queue")).contains(number);
		int viewsBefore = views(subject);
		WebClient.Page page = agent.browser().get("/admin/support/" + number);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#thread")).contains("58 mm");
		assertThat(views(subject)).isEqualTo(viewsBefore + 1);
		WebClient.Page replied = agent.browser().post("/admin/support/" + number + "/reply", "reply", "A 60 mm bangle will fit you well.");
		assertThat(replied.redirect()).hasValue("/admin/support/" + number + "?done");

		Inbox inbox = new Inbox(smtp);
		Awaitility.await().atMost(PATIENCE).until(() -> !inbox.to(email).isEmpty());
		MimeMessage mail = inbox.to(email).getFirst();
		String text = Inbox.text(mail);
		assertThat(text).contains(link).contains(number).doesNotContain("60 mm");
		assertThat(Inbox.html(mail)).doesNotContain("60 mm");
		WebClient.Page thread = guest.get(link);
		assertThat(thread.text("#thread")).contains("A 60 mm bangle will fit you well.");
		assertThat(thread.text("#ticket-status")).isEqualTo("Answered");
		guest.post(link + "/reply", "reply", "Thank you!");
		assertThat(guest.get(link).text("#ticket-status")).isEqualTo("Waiting for us");
		assertThat(output.getAll()).doesNotContain(email).doesNotContain("58 mm").doesNotContain("60 mm")
			.doesNotContain(link.substring(link.lastIndexOf('/') + 1));
	}

	@Test
	void theFormAndItsMessagesAreInChineseForAChineseReader() {
		WebClient guest = accounts.browser();
		guest.get("/");
		guest.post("/language", "lang", "zh-CN", "back", "/support");
		WebClient.Page form = guest.get("/support?order=WT-7KQ2M9XD");
		assertThat(form.text("h1")).isEqualTo("客户服务");
		assertThat(form.html().select("#order").attr("value")).isEqualTo("WT-7KQ2M9XD");
		WebClient.Page refused = guest.postMultipart("/support", List.of(), "topic", "", "email", "", "message", "", "order", "");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("#topic-error")).isEqualTo("请选择您的问题属于哪一类。");
		assertThat(refused.text("#message-error")).isEqualTo("请填写您的留言。");
		WebClient.Page sent = guestTicket(guest, AccountFixture.uniqueEmail("zh"), "请问这只手镯的尺寸？", "", List.of());
		assertThat(sent.text("h1")).isEqualTo("谢谢，我们已收到您的留言");
		assertThat(guest.get(sent.html().select("#ticket-link").attr("href")).text("#thread")).contains("请问这只手镯的尺寸？");
	}

	@Test
	void everyPageLinksToTheSupportForm() {
		assertThat(accounts.browser().get("/").html().select("#footer-support").attr("href")).isEqualTo("/support");
	}

	private int views(SubjectId subject) {
		return jdbc.sql("select count(*) from audit_entry where action = 'support.ticket.viewed' and subject_id = ?")
			.param(subject.value()).query(Integer.class).single();
	}
}
