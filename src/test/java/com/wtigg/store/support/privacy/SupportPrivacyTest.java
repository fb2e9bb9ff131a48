package com.wtigg.store.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.WebClient.Upload;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.support.Images;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.web.TicketThrottle;

/**
 * Tickets in the privacy machinery: exported with their thread and screenshots (as Base64),
 * erased whole, deleted once their last activity is older than the retention (7 years, or a
 * shorter configured one); and neither the text nor the email ever reaches the logs.
 */
@AccountTest
@ExtendWith(OutputCaptureExtension.class)
class SupportPrivacyTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketThrottle throttle;

	@Autowired
	AccountFixture accounts;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	TicketRepository tickets;

	@BeforeEach
	void forgetSends() {
		throttle.reset();
	}

	private record Sent(String number, SubjectId subject) {
	}

	private Sent ticket(String email, String message) {
		WebClient guest = accounts.browser();
		guest.get("/support");
		WebClient.Page sent = guest.postMultipart("/support",
				List.of(new Upload("screenshots", "crack.png", "image/png", Images.png(30, 20))), "topic", "other", "email", email,
				"message", message, "order", "");
		assertThat(sent.status()).isEqualTo(200);
		String number = sent.text("#ticket-sent").replaceAll(".*(S-[0-9A-Z]{8}).*", "$1");
		UUID subject = jdbc.sql("select subject_id from support_ticket where number = ?").param(number).query(UUID.class).single();
		return new Sent(number, new SubjectId(subject));
	}

	private int rows(String table, SubjectId subject) {
		return jdbc.sql("select count(*) from " + table + " where subject_id = ?").param(subject.value()).query(Integer.class).single();
	}

	@Test
	@PolicyClause({ "COL-SUPPORT", "DSR-ACCESS", "DSR-DELETE" })
	void aTicketIsExportedWithItsScreenshotsAndErasedWhole() throws Exception {
		String email = AccountFixture.uniqueEmail("export");
		Sent sent = ticket(email, "The jade has a crack near the clasp.");
		List<String> exported = new ArrayList<>();
		List<String> screenshots = new ArrayList<>();
		holders.forEach(h -> h.export(sent.subject(), (dataset, columns, rows) -> rows.forEach(r -> {
			exported.add(dataset + ":" + String.join("|", r));
			if (dataset.equals("support_screenshots")) {
				screenshots.add(r.get(3));
			}
		})));
		assertThat(exported).anyMatch(r -> r.startsWith("support_tickets:" + sent.number()) && r.contains(email));
		assertThat(exported).anyMatch(r -> r.startsWith("support_messages:") && r.contains("crack near the clasp"));
		assertThat(screenshots).hasSize(1);
		assertThat(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(screenshots.getFirst()))).getWidth()).isEqualTo(30);

		holders.forEach(h -> h.erase(sent.subject()));
		assertThat(rows("support_ticket", sent.subject())).isZero();
		assertThat(rows("support_message", sent.subject())).isZero();
		assertThat(rows("support_attachment", sent.subject())).isZero();
	}

	@Test
	@PolicyClause("RET-ORDERS")
	void ticketsGoSevenYearsAfterTheirLastActivityNotTheirCreation() {
		Sent old = ticket(AccountFixture.uniqueEmail("old"), "An old question");
		Sent recent = ticket(AccountFixture.uniqueEmail("recent"), "A question still talked about");
		jdbc.sql("update support_ticket set last_activity_at = now() - interval '7 years 1 day' where number = ?").param(old.number()).update();
		jdbc.sql("update support_ticket set created_at = now() - interval '8 years', last_activity_at = now() - interval '6 years' where number = ?")
			.param(recent.number()).update();
		holders.forEach(h -> h.purgeExpired(Instant.now()));
		assertThat(rows("support_ticket", old.subject())).isZero();
		assertThat(rows("support_attachment", old.subject())).isZero();
		assertThat(rows("support_ticket", recent.subject())).isOne();
	}

	@Test
	@PolicyClause("RET-ORDERS")
	void aShorterConfiguredRetentionIsKeptAndALongerOneIsCutToSevenYears() {
		Sent sent = ticket(AccountFixture.uniqueEmail("short"), "A question of three years ago");
		jdbc.sql("update support_ticket set last_activity_at = now() - interval '3 years' where number = ?").param(sent.number()).update();
		new SupportPersonalData(jdbc, tickets, 20).purgeExpired(Instant.now());
		assertThat(rows("support_ticket", sent.subject())).isOne();
		assertThat(new SupportPersonalData(jdbc, tickets, 20).inventory().personal().getFirst().retention()).startsWith("7 years");
		new SupportPersonalData(jdbc, tickets, 2).purgeExpired(Instant.now());
		assertThat(rows("support_ticket", sent.subject())).isZero();
	}

	@Test
	@PolicyClause("COL-SUPPORT")
	void neitherTheMessageNorTheEmailReachesTheLogs(CapturedOutput output) {
		String email = AccountFixture.uniqueEmail("logged");
		ticket(email, "Logged question about Grandma Wei's pendant");
		assertThat(output.getAll()).doesNotContain(email).doesNotContain("Grandma Wei");
	}
}
