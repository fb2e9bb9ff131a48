package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.consent.TransferConsent;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.marketing.MarketingMails;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.ordering.persistence.ReturnRequests;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.privacy.export.SubjectArchive;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.SubjectId;

/**
 * DSR-ACCESS end to end: a customer uses every part of the store that keeps data about them, and
 * their copy holds each value they gave, and every inventoried field of theirs is filled, so a
 * field that an export forgets cannot hide behind an empty column.
 */
@AccountTest
@PolicyClause({ "DSR-ACCESS", "DSR-PORTABLE" })
class EveryFieldExportTest {

	/**
	 * Fields that stay empty for this customer by design, each with why: what only exists in other
	 * situations (a lock, a pending change, a guest's ticket, staff work).
	 */
	private static final Map<String, String> EMPTY_BY_DESIGN = Map.ofEntries(
			Map.entry("account.pending_email_enc", "only while an email change waits for confirmation"),
			Map.entry("account.pending_email_index", "only while an email change waits for confirmation"),
			Map.entry("account.totp_secret_enc", "only with two-step sign-in on"),
			Map.entry("account.locked_until", "only after too many failed sign-ins"),
			Map.entry("support_ticket.email_enc", "only for a guest's ticket"),
			Map.entry("support_ticket.guest_token_enc", "only for a guest's ticket"),
			Map.entry("support_ticket.guest_token_hash", "only for a guest's ticket"),
			Map.entry("privacy_request.extension_reason", "only once staff extend a request"),
			Map.entry("privacy_request.reason", "only once a request is decided with a reason"),
			Map.entry("privacy_request.about_email", "only for a report of a child's account"),
			Map.entry("privacy_request.details", "the request was made without a note"),
			Map.entry("privacy_request.order_number", "the request was made signed in, without an order number"),
			Map.entry("analytics_event.visitor_id", "a signed-in visitor's events carry the subject instead"),
			Map.entry("cookie_consent.browser_id", "a signed-in visitor's choice is recorded by subject"),
			Map.entry("transfer_consent.withdrawn_at", "only once withdrawn"),
			Map.entry("marketing_consent.withdrawn_at", "only once withdrawn"),
			Map.entry("marketing_consent.withdrawn_how", "only once withdrawn"),
			Map.entry("marketing_delivery.subject_id", "only once a campaign was sent to them"),
			Map.entry("account.totp_enabled_at", "only with two-step sign-in on"),
			Map.entry("account_recovery_code.subject_id", "only with two-step sign-in on"),
			Map.entry("account_recovery_code.code_hash", "only with two-step sign-in on"),
			Map.entry("second_factor_state.subject_id", "only during a second-factor step"),
			Map.entry("second_factor_state.failures", "only during a second-factor step"),
			Map.entry("second_factor_state.last_step", "only during a second-factor step"),
			Map.entry("account_role.subject_id", "only for staff"),
			Map.entry("account_role.role", "only for staff"),
			Map.entry("shop_order.guest_token_hash", "only for a guest's order"),
			Map.entry("checkout_draft.cart_id", "only while a checkout is unfinished"),
			Map.entry("checkout_draft.subject_id", "only while a checkout is unfinished"),
			Map.entry("checkout_draft.draft_enc", "only while a checkout is unfinished"),
			Map.entry("payment.capture_reference", "only for a processor that captures apart (Stripe, PayPal)"),
			Map.entry("support_ticket.assignee_id", "only once staff take the ticket"),
			Map.entry("support_message.staff_id", "only on a staff member's reply"),
			Map.entry("shipment.label_enc", "only when a carrier sends a label of its own (UPS); the sandbox draws it on demand"));

	@Autowired
	AccountFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	SubjectArchive archive;

	@Autowired
	ReturnRequests returns;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	ConsentApi consents;

	@Autowired
	Restrictions restrictions;

	@Autowired
	com.wtigg.store.customer.account.Accounts accountStore;

	@Autowired
	com.wtigg.store.customer.account.AccountTokens tokens;

	@Autowired
	com.wtigg.store.customer.account.AddressBook addresses;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aCopyHoldsEveryValueTheCustomerGaveAndEveryInventoriedFieldOfTheirsIsFilled() throws IOException {
		String email = AccountFixture.uniqueEmail("everything");
		WebClient me = accounts.browser();
		SubjectId subject = accounts.signedInCustomer(me, "Everything Tested", email);
		fill(me, subject, email);

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		archive.write(subject, "PR-EVERYTHING", Instant.now(), zip);
		String copy = unzipped(zip.toByteArray());

		// the phone is kept as E.164
		assertThat(copy).contains(email, "Everything Tested", "+17185550177", "41-28 Main Street", "88 Roosevelt Avenue", "Mei & Li",
				"The clasp came loose", "Where is my bangle, please?", "jade pendant", "/c/bangles", "stripe",
				"accept-all", "do-not-sell").doesNotContain("4242424242424242").doesNotContain("4242 4242");
		List<String> unfilled = new ArrayList<>();
		for (PersonalDataHolder holder : holders) {
			for (PersonalField field : holder.inventory().personal()) {
				if (!EMPTY_BY_DESIGN.containsKey(field.column()) && hasSubjectColumn(field.table())
						&& !filled(field, subject)) {
					unfilled.add(field.column());
				}
			}
		}
		assertThat(unfilled).as("inventoried fields left empty by using the whole store").isEmpty();
	}

	private void fill(WebClient me, SubjectId subject, String email) throws IOException {
		me.get("/account");
		me.post("/cookies/choice", "choice", "accept-all", "back", "/");
		me.get("/privacy/do-not-sell");
		me.post("/privacy/do-not-sell");
		CheckoutFlows flows = new CheckoutFlows(jdbc);
		CheckoutFlows.addToCart(me, flows.piece("pendants", 1, 58_00));
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(me, CheckoutFlows.with(CheckoutFlows.usContact(email),
				"shippingRecipient", "Everything Tested", "shippingLine1", "41-28 Main Street", "phone", "+1 718 555 0177")));
		CheckoutFlows.pay(me, CheckoutFlows.place(me, key), CheckoutFlows.CARD_OK);
		UUID order = UUID.fromString(key);
		returns.add(order, subject, "return", "The clasp came loose");
		String number = jdbc.sql("select number from shop_order where id = ?").param(order).query(String.class).single();
		WebClient office = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		office.get("/admin/orders/" + order);
		office.post("/admin/orders/" + order + "/pack");
		office.post("/admin/orders/" + order + "/ship");
		accountStore.updateProfile(subject, "Everything Tested", "+1 718 555 0177", Locale.ENGLISH);
		addresses.add(subject, new PostalAddress("Everything Tested", "88 Roosevelt Avenue", null, "Flushing", "NY", "11354", "US",
				null));
		me.get("/support");
		me.postMultipart("/support", List.of(new WebClient.Upload("screenshots", "clasp.png", "image/png", png())),
				"topic", "order", "message", "Where is my bangle, please?", "order", number);
		EmailAddress address = new EmailAddress(email);
		subscriptions.signUp(address, EnumSet.of(Topic.NEWSLETTER), SignUpSource.ACCOUNT, Locale.ENGLISH, subject);
		subscriptions.confirm(new MarketingMails(smtp).confirmationToken(email, 0));
		consents.recordTransfer(new TransferConsent(subject, Set.of("stripe"), Set.of("payment"), Set.of("CONTACT"),
				"2026-12-01", "checkout"), "Chrome");
		jdbc.sql("""
				insert into analytics_event (occurred_at, kind, path, search_query, target, duration_ms, referrer, device_type,
				  os, browser, ip_prefix, subject_id, beacon_id)
				values (now(), 'tile_click', '/c/bangles', 'jade pendant', 'tile:pendant', 1200, 'https://www.example.com/',
				  'desktop', 'Linux', 'Chrome', '203.0.113.0', ?, ?)""").params(subject.value(), UUID.randomUUID()).update();
		restrictions.restrict(subject, "disputes the accuracy of an address");
		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "access", "country", "US");
		String path = new com.wtigg.store.privacy.PrivacyRequestMails(smtp).downloadPath(email);
		me.get(path);
		me.postForDownload(path.substring(0, path.indexOf('?')), "token", path.substring(path.indexOf('=') + 1));
	}

	private boolean hasSubjectColumn(String table) {
		return jdbc.sql("select count(*) from information_schema.columns where table_schema = current_schema() "
				+ "and table_name = ? and column_name = 'subject_id'").param(table).query(Integer.class).single() > 0;
	}

	private boolean filled(PersonalField field, SubjectId subject) {
		String column = field.column().substring(field.column().indexOf('.') + 1);
		return jdbc.sql("select count(*) from " + field.table() + " where subject_id = ? and " + column + " is not null")
			.param(subject.value()).query(Integer.class).single() > 0;
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x2e7d32);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String unzipped(byte[] zip) throws IOException {
		StringBuilder all = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
			}
		}
		return all.toString();
	}
}
