package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The second factor: codes from the authenticator app, each usable once; recovery codes, each
 * usable once; five wrong codes in a row end the session; customers may turn it on and off,
 * staff never off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause("SEC-MFA")
class SecondFactorTest {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	PasswordRules passwords;

	@Autowired
	JdbcClient jdbc;

	MockMvcTester mvc;

	StaffFlows flows;

	@BeforeEach
	void setUp() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		flows = new StaffFlows(accounts, tokens, port);
	}

	private StaffFlows.Staff enrolledStaff(Set<StaffRole> roles) {
		String email = StaffFlows.newEmail();
		return flows.acceptAndEnrol(flows.invitationLink(email, roles), email);
	}

	private int audited(String action, SubjectId subject) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
			.params(action, subject.value()).query(Integer.class).single();
	}

	private MvcTestResult post(Authentication who, String path, String... fields) {
		var request = mvc.post().uri(path).with(authentication(who)).with(csrf());
		for (int i = 0; i + 1 < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void theQrCodeNamesTheStoreButNotThePerson() throws Exception {
		String email = StaffFlows.newEmail();
		WebClient browser = new WebClient(port);
		String link = flows.invitationLink(email, EnumSet.of(StaffRole.FULFILMENT));
		browser.get(link);
		browser.post(link, "name", "Mei Lin", "password", StaffFlows.PASSWORD, "passwordAgain", StaffFlows.PASSWORD);
		WebClient.Page enrolment = browser.get("/account/second-factor");
		String src = enrolment.html().selectFirst("img[src^=data:image/png;base64,]").attr("src");
		var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
		String uri = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
		assertThat(uri).startsWith("otpauth://totp/WTIGG%20staff?secret=" + enrolment.text("#totp-secret"))
			.contains("issuer=WTIGG")
			.doesNotContain(email)
			.doesNotContain("Mei");
		assertThat(browser.get("/account/second-factor").text("#totp-secret")).as("a reload shows the same key")
			.isEqualTo(enrolment.text("#totp-secret"));
	}

	@Test
	void aCodeWorksOnceAndAWrongOneIsRefused() {
		StaffFlows.Staff staff = enrolledStaff(EnumSet.of(StaffRole.SUPPORT_AGENT));
		Authentication pending = StaffFlows.pending(staff.subject(), EnumSet.of(StaffRole.SUPPORT_AGENT));

		MvcTestResult page = mvc.get().uri("/account/second-factor").with(authentication(pending)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(Html.parse(page).select("form[action=/account/second-factor] input[name=code]")).hasSize(1);
		assertThat(Html.parse(page).select("#totp-secret")).as("no secret once enrolled").isEmpty();

		MvcTestResult wrong = post(pending, "/account/second-factor", "code", StaffFlows.wrongCode(staff.secret()));
		assertThat(wrong).hasStatus(400);
		assertThat(Html.text(Html.parse(wrong), "#f-code-error")).contains("That code is not right");

		MvcTestResult replayed = post(pending, "/account/second-factor", "code", StaffFlows.code(staff.secret(), 0));
		assertThat(replayed).as("the code used for enrolment").hasStatus(400);

		MvcTestResult empty = post(pending, "/account/second-factor", "code", "");
		assertThat(Html.text(Html.parse(empty), "#f-code-error")).contains("Enter the six-digit code");

		MvcTestResult right = post(pending, "/account/second-factor", "code", StaffFlows.code(staff.secret(), 1));
		assertThat(right).hasStatus3xxRedirection();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(audited("second-factor.failed", staff.subject())).isEqualTo(2);
		assertThat(audited("login.succeeded", staff.subject())).isOne();
	}

	@Test
	void recoveryCodesWorkOnceEach() {
		StaffFlows.Staff staff = enrolledStaff(EnumSet.of(StaffRole.PRIVACY_OFFICER));
		Authentication pending = StaffFlows.pending(staff.subject(), EnumSet.of(StaffRole.PRIVACY_OFFICER));
		assertThat(mvc.get().uri("/account/second-factor/recovery").with(authentication(pending)).exchange()).hasStatusOk();

		String first = staff.recoveryCodes().getFirst();
		MvcTestResult used = post(pending, "/account/second-factor/recovery", "code", first);
		assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/admin");
		assertThat(audited("second-factor.recovery-used", staff.subject())).isOne();

		MvcTestResult again = post(pending, "/account/second-factor/recovery", "code", first);
		assertThat(again).hasStatus(400);
		assertThat(Html.text(Html.parse(again), "#f-code-error")).contains("used already");

		String typedLoosely = " " + staff.recoveryCodes().get(1).toUpperCase(Locale.ROOT).replace("-", " ") + " ";
		assertThat(post(pending, "/account/second-factor/recovery", "code", typedLoosely).getResponse().getRedirectedUrl())
			.isEqualTo("/admin");
		assertThat(post(pending, "/account/second-factor/recovery", "code", "x".repeat(1000))).hasStatus(400);

		StaffFlows.Staff other = enrolledStaff(EnumSet.of(StaffRole.PRIVACY_OFFICER));
		assertThat(post(pending, "/account/second-factor/recovery", "code", other.recoveryCodes().get(2)))
			.as("another account's code").hasStatus(400);
	}

	@Test
	void fiveWrongCodesInARowEndTheSession() {
		StaffFlows.Staff staff = enrolledStaff(EnumSet.of(StaffRole.FULFILMENT));
		WebClient browser = staff.browser();
		String wrong = StaffFlows.wrongCode(staff.secret());
		for (int attempt = 1; attempt <= 4; attempt++) {
			WebClient.Page page = browser.post("/account/second-factor", "code", wrong);
			assertThat(page.status()).isEqualTo(400);
		}
		WebClient.Page ended = browser.post("/account/second-factor", "code", wrong);
		assertThat(ended.text("#ended")).contains("too many wrong codes");
		assertThat(browser.get("/account/second-factor").redirect()).hasValue("/account/login");
		assertThat(browser.get("/admin").redirect()).hasValue("/account/login");
		assertThat(audited("second-factor.failed", staff.subject())).isEqualTo(5);
		assertThat(audited("second-factor.locked-out", staff.subject())).isOne();
		assertThat(accounts.find(staff.subject()).orElseThrow().lockedUntil()).isNotNull();

		Authentication pending = StaffFlows.pending(staff.subject(), EnumSet.of(StaffRole.FULFILMENT));
		MvcTestResult whileLocked = post(pending, "/account/second-factor", "code", StaffFlows.code(staff.secret(), 1));
		assertThat(Html.text(Html.parse(whileLocked), "#ended")).as("even the right code, while locked").isNotNull();
		assertThat(whileLocked.getResponse().getRedirectedUrl()).isNull();
	}

	@Test
	void aPendingSignInOpensNothingButTheSecondFactor() {
		StaffFlows.Staff staff = enrolledStaff(EnumSet.of(StaffRole.ADMIN));
		Authentication pending = StaffFlows.pending(staff.subject(), EnumSet.of(StaffRole.ADMIN));
		for (String path : new String[] { "/admin", "/admin/staff", "/admin/customers", "/account/security/two-step" }) {
			MvcTestResult result = mvc.get().uri(path).with(authentication(pending)).exchange();
			assertThat(result.getResponse().getRedirectedUrl()).as(path).isEqualTo("/account/second-factor");
		}
		MvcTestResult skip = post(pending, "/account/second-factor/continue");
		assertThat(skip.getResponse().getRedirectedUrl()).as("continuing needs a proven code in this session")
			.isEqualTo("/account/second-factor");
		assertThat(audited("login.succeeded", staff.subject())).isZero();
	}

	private SubjectId customer(String password) {
		SubjectId subject = accounts.createCustomer(new EmailAddress(StaffFlows.newEmail()), "Li Hua", null, Locale.ENGLISH,
				passwords.hash(password), LocalDate.now());
		accounts.activate(subject);
		return subject;
	}

	@Test
	void customersTurnTwoStepSignInOnAndOff() {
		String password = "green jade for grandmother";
		SubjectId subject = customer(password);
		Authentication customer = StaffFlows.customer(subject);

		Document off = Html.parse(mvc.get().uri("/account/security/two-step").with(authentication(customer)).exchange());
		assertThat(off.select("form[action=/account/security/two-step/start]")).hasSize(1);

		assertThat(post(customer, "/account/security/two-step/start").getResponse().getRedirectedUrl())
			.isEqualTo("/account/security/two-step/enrol");
		Document enrolment = Html.parse(mvc.get().uri("/account/security/two-step/enrol").with(authentication(customer)).exchange());
		String secret = Html.text(enrolment, "#totp-secret");
		assertThat(enrolment.select("form[action=/account/security/two-step/enrol]")).hasSize(1);

		assertThat(post(customer, "/account/security/two-step/enrol", "code", StaffFlows.wrongCode(secret))).hasStatus(400);
		MvcTestResult codes = post(customer, "/account/security/two-step/enrol", "code", StaffFlows.code(secret, 0));
		assertThat(codes).hasStatusOk();
		assertThat(Html.parse(codes).select("#recovery-codes code")).hasSize(10);
		assertThat(Html.parse(codes).select("a#continue[href=/account/security/two-step]")).hasSize(1);
		assertThat(accounts.find(subject).orElseThrow().needsSecondFactor()).isTrue();

		Document on = Html.parse(mvc.get().uri("/account/security/two-step").with(authentication(customer)).exchange());
		assertThat(Html.text(on, "#two-step-status")).contains("10 recovery codes left");

		MvcTestResult refused = post(customer, "/account/security/two-step/off", "password", "not my password");
		assertThat(refused).hasStatus(400);
		assertThat(Html.text(Html.parse(refused), "#f-code-error")).contains("not right");
		assertThat(post(customer, "/account/security/two-step/off")).hasStatus(400);
		assertThat(accounts.find(subject).orElseThrow().secondFactorEnabled()).isTrue();

		MvcTestResult turnedOff = post(customer, "/account/security/two-step/off", "password", password);
		assertThat(turnedOff.getResponse().getRedirectedUrl()).isEqualTo("/account/security/two-step?off");
		assertThat(accounts.find(subject).orElseThrow().needsSecondFactor()).isFalse();
		assertThat(jdbc.sql("select count(*) from account_recovery_code where subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
		assertThat(audited("second-factor.enrolled", subject)).isOne();
		assertThat(audited("second-factor.disabled", subject)).isOne();
	}

	@Test
	void aCustomerWithTwoStepOnGetsTheCodeFormAfterThePassword() {
		SubjectId subject = customer("green jade for grandmother");
		Authentication customer = StaffFlows.customer(subject);
		post(customer, "/account/security/two-step/start");
		String secret = Html.text(Html.parse(mvc.get().uri("/account/security/two-step/enrol").with(authentication(customer)).exchange()),
				"#totp-secret");
		post(customer, "/account/security/two-step/enrol", "code", StaffFlows.code(secret, 0));

		Authentication pending = StaffFlows.pending(subject, Set.of());
		MvcTestResult page = mvc.get().uri("/account/second-factor").with(authentication(pending)).exchange();
		assertThat(Html.parse(page).select("form[action=/account/second-factor] input[name=code]")).hasSize(1);
		MvcTestResult right = post(pending, "/account/second-factor", "code", StaffFlows.code(secret, 1));
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void staffCanNeverTurnTheSecondFactorOff() {
		StaffFlows.Staff staff = enrolledStaff(EnumSet.of(StaffRole.ADMIN));
		Authentication signedIn = StaffFlows.staff(staff.subject(), EnumSet.of(StaffRole.ADMIN));
		assertThat(mvc.get().uri("/account/security/two-step").with(authentication(signedIn)).exchange()).hasStatus(403);
		assertThat(post(signedIn, "/account/security/two-step/off", "password", StaffFlows.PASSWORD)).hasStatus(403);
		assertThat(post(signedIn, "/account/security/two-step/start")).hasStatus(403);
		assertThat(accounts.find(staff.subject()).orElseThrow().secondFactorEnabled()).isTrue();
	}

	@Test
	void nobodySignedInIsSentToSignIn() {
		assertThat(mvc.get().uri("/account/second-factor").exchange().getResponse().getRedirectedUrl()).isEqualTo("/account/login");
		assertThat(mvc.post().uri("/account/second-factor").with(csrf()).param("code", "123456").exchange().getResponse()
			.getRedirectedUrl()).isEqualTo("/account/login");
		assertThat(mvc.post().uri("/account/second-factor").param("code", "123456").exchange()).hasStatus(403);
	}
}
