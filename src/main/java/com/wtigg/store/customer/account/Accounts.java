package com.wtigg.store.customer.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The account table. Every personal value goes in encrypted with the person's own key and comes
 * out decrypted; an email is looked up by its blind index, never by its text.
 */
@Repository
public class Accounts {

	static final String EMAIL = "account.email";

	static final String NAME = "account.name";

	static final String PHONE = "account.phone";

	static final String PENDING_EMAIL = "account.pending_email";

	static final String TOTP = "account.totp_secret";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	Accounts(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A new shopper's account, unverified until the email is confirmed. */
	public SubjectId createCustomer(EmailAddress email, String name, @Nullable String phone, Locale language,
			String passwordHash, LocalDate ageCheckedOn) {
		SubjectId subject = SubjectId.random();
		jdbc.sql("""
				insert into account (subject_id, kind, status, email_enc, email_index, name_enc, phone_enc, language,
				                     password_hash, age_checked_on)
				values (?, 'customer', 'unverified', ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(subject.value(), cipher.encrypt(subject, EMAIL, email.value()), emailIndex(email),
					cipher.encrypt(subject, NAME, name), phone == null ? null : cipher.encrypt(subject, PHONE, phone),
					language.toLanguageTag(), passwordHash, ageCheckedOn)
			.update();
		return subject;
	}

	/** A staff member invited by an admin: no name or password until they accept. */
	public SubjectId createInvitedStaff(EmailAddress email, Set<StaffRole> roles, Locale language) {
		SubjectId subject = SubjectId.random();
		jdbc.sql("""
				insert into account (subject_id, kind, status, email_enc, email_index, language)
				values (?, 'staff', 'invited', ?, ?, ?)
				""")
			.params(subject.value(), cipher.encrypt(subject, EMAIL, email.value()), emailIndex(email),
					language.toLanguageTag())
			.update();
		grant(subject, roles);
		return subject;
	}

	/** The first admin, made with the setup token. */
	public SubjectId createFirstAdmin(EmailAddress email, String name, Locale language, String passwordHash) {
		SubjectId subject = SubjectId.random();
		jdbc.sql("""
				insert into account (subject_id, kind, status, email_enc, email_index, name_enc, language, password_hash)
				values (?, 'staff', 'active', ?, ?, ?, ?, ?)
				""")
			.params(subject.value(), cipher.encrypt(subject, EMAIL, email.value()), emailIndex(email),
					cipher.encrypt(subject, NAME, name), language.toLanguageTag(), passwordHash)
			.update();
		grant(subject, EnumSet.of(StaffRole.ADMIN));
		return subject;
	}

	public void grant(SubjectId subject, Set<StaffRole> roles) {
		for (StaffRole role : roles) {
			jdbc.sql("insert into account_role (subject_id, role) values (?, ?) on conflict do nothing")
				.params(subject.value(), role.name()).update();
		}
	}

	public Optional<Account> find(SubjectId subject) {
		return jdbc.sql("select * from account where subject_id = ?").param(subject.value()).query(this::account)
			.optional();
	}

	public Optional<Account> findByEmail(EmailAddress email) {
		return jdbc.sql("select * from account where email_index = ?").param(emailIndex(email)).query(this::account)
			.optional();
	}

	/** Whether an account uses the address, or has asked to change to it. */
	public boolean emailInUse(EmailAddress email) {
		byte[] index = emailIndex(email);
		return jdbc.sql("select count(*) from account where email_index = ? or pending_email_index = ?")
			.params(index, index).query(Integer.class).single() > 0;
	}

	public boolean anyAdmin() {
		return jdbc.sql("""
				select count(*) from account a join account_role r using (subject_id)
				where r.role = 'ADMIN' and a.status = 'active'
				""").query(Integer.class).single() > 0;
	}

	public void activate(SubjectId subject) {
		jdbc.sql("update account set status = 'active' where subject_id = ? and status in ('unverified', 'invited')")
			.param(subject.value()).update();
	}

	public void acceptInvitation(SubjectId subject, String name, String passwordHash) {
		jdbc.sql("update account set name_enc = ?, password_hash = ?, status = 'active' where subject_id = ? and status = 'invited'")
			.params(cipher.encrypt(subject, NAME, name), passwordHash, subject.value()).update();
	}

	public void setPassword(SubjectId subject, String passwordHash) {
		jdbc.sql("update account set password_hash = ? where subject_id = ?").params(passwordHash, subject.value())
			.update();
	}

	public void updateProfile(SubjectId subject, String name, @Nullable String phone, Locale language) {
		jdbc.sql("update account set name_enc = ?, phone_enc = ?, language = ? where subject_id = ?")
			.params(cipher.encrypt(subject, NAME, name), phone == null ? null : cipher.encrypt(subject, PHONE, phone),
					language.toLanguageTag(), subject.value())
			.update();
	}

	public void setPendingEmail(SubjectId subject, EmailAddress email) {
		jdbc.sql("update account set pending_email_enc = ?, pending_email_index = ? where subject_id = ?")
			.params(cipher.encrypt(subject, PENDING_EMAIL, email.value()), emailIndex(email), subject.value())
			.update();
	}

	/** Makes the confirmed pending address the account's address. */
	public void confirmPendingEmail(SubjectId subject, EmailAddress email) {
		jdbc.sql("""
				update account set email_enc = ?, email_index = ?, pending_email_enc = null, pending_email_index = null
				where subject_id = ?
				""")
			.params(cipher.encrypt(subject, EMAIL, email.value()), emailIndex(email), subject.value()).update();
	}

	public void setTotpSecret(SubjectId subject, String secret) {
		jdbc.sql("update account set totp_secret_enc = ?, totp_enabled_at = null where subject_id = ?")
			.params(cipher.encrypt(subject, TOTP, secret), subject.value()).update();
	}

	public void enableTotp(SubjectId subject, Instant at) {
		jdbc.sql("update account set totp_enabled_at = ? where subject_id = ?")
			.params(Timestamp.from(at), subject.value()).update();
	}

	public void disableTotp(SubjectId subject) {
		jdbc.sql("update account set totp_secret_enc = null, totp_enabled_at = null where subject_id = ?")
			.param(subject.value()).update();
		jdbc.sql("delete from account_recovery_code where subject_id = ?").param(subject.value()).update();
	}

	public void touch(SubjectId subject, Instant at) {
		jdbc.sql("update account set last_active_at = ? where subject_id = ?").params(Timestamp.from(at), subject.value())
			.update();
	}

	public void lockUntil(SubjectId subject, @Nullable Instant until) {
		jdbc.sql("update account set locked_until = ? where subject_id = ?")
			.params(until == null ? null : Timestamp.from(until), subject.value()).update();
	}

	/** Staff accounts, newest first, for the staff page (ids and roles only: no personal data). */
	public List<Account> staff() {
		return jdbc.sql("select * from account where kind = 'staff' order by created_at desc").query(this::account).list();
	}

	public byte[] emailIndex(EmailAddress email) {
		return cipher.blindIndex(EMAIL, email.value());
	}

	private Account account(ResultSet rs, int row) throws SQLException {
		SubjectId subject = new SubjectId(rs.getObject("subject_id", java.util.UUID.class));
		Timestamp totpEnabled = rs.getTimestamp("totp_enabled_at");
		Timestamp locked = rs.getTimestamp("locked_until");
		java.sql.Date age = rs.getDate("age_checked_on");
		return new Account(subject, AccountKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
				AccountStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
				open(subject, EMAIL, rs.getBytes("email_enc")).orElse(""), open(subject, NAME, rs.getBytes("name_enc")).orElse(null),
				open(subject, PHONE, rs.getBytes("phone_enc")).orElse(null), Locale.forLanguageTag(rs.getString("language")),
				rs.getString("password_hash"), age == null ? null : age.toLocalDate(),
				open(subject, TOTP, rs.getBytes("totp_secret_enc")).orElse(null),
				totpEnabled == null ? null : totpEnabled.toInstant(), locked == null ? null : locked.toInstant(),
				roles(subject), open(subject, PENDING_EMAIL, rs.getBytes("pending_email_enc")).orElse(null));
	}

	private Set<StaffRole> roles(SubjectId subject) {
		List<StaffRole> roles = jdbc.sql("select role from account_role where subject_id = ?").param(subject.value())
			.query((rs, n) -> StaffRole.valueOf(rs.getString(1))).list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	private Optional<String> open(SubjectId subject, String field, byte @Nullable [] value) {
		return value == null ? Optional.empty() : cipher.decrypt(subject, field, value);
	}
}
