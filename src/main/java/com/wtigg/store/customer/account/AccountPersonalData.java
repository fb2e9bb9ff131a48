package com.wtigg.store.customer.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * What accounts hold about people, declared field by field, with export, erasure and retention.
 */
@Component
class AccountPersonalData implements PersonalDataHolder {

	private static final String ACCOUNT_LIFE = "while the account is open; erased on request or after 7 years without activity";

	private static final String ACCOUNT = "running the customer account";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AddressBook addresses;

	private final int inactiveYears;

	private final int unverifiedDays;

	AccountPersonalData(JdbcClient jdbc, Accounts accounts, AddressBook addresses,
			@Value("${store.account.retention.inactive-years:7}") int inactiveYears,
			@Value("${store.account.retention.unverified-days:7}") int unverifiedDays) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.addresses = addresses;
		this.inactiveYears = inactiveYears;
		this.unverifiedDays = unverifiedDays;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				field("account.subject_id", DataCategory.IDENTIFIER, ACCOUNT),
				field("account.email_enc", DataCategory.CONTACT, "signing in and writing to the customer"),
				field("account.email_index", DataCategory.IDENTIFIER, "finding the account by its email at sign-in"),
				field("account.pending_email_enc", DataCategory.CONTACT, "confirming a new email before it is used"),
				field("account.pending_email_index", DataCategory.IDENTIFIER, "keeping a new email unique while it is confirmed"),
				field("account.name_enc", DataCategory.ACCOUNT, ACCOUNT),
				field("account.phone_enc", DataCategory.CONTACT, "reaching the customer about an order, if given"),
				field("account.language", DataCategory.ACCOUNT, "writing to the customer in their language"),
				field("account.password_hash", DataCategory.ACCOUNT, "signing in (a slow salted hash, never reversible)"),
				field("account.age_checked_on", DataCategory.ACCOUNT, "showing that the age gate was passed (14 or older)"),
				field("account.totp_secret_enc", DataCategory.SECURITY, "the second sign-in factor"),
				field("account.totp_enabled_at", DataCategory.SECURITY, "the second sign-in factor"),
				field("account.last_active_at", DataCategory.SECURITY, "applying the retention period after the last activity"),
				field("account.locked_until", DataCategory.SECURITY, "slowing down password guessing (security and fraud prevention)"),
				field("account.created_at", DataCategory.ACCOUNT, ACCOUNT),
				field("account_role.subject_id", DataCategory.IDENTIFIER, "staff access rights"),
				field("account_role.role", DataCategory.SECURITY, "staff access rights"),
				field("account_address.subject_id", DataCategory.IDENTIFIER, "the customer's address book"),
				field("account_address.address_enc", DataCategory.CONTACT, "the customer's address book, for shipping and billing"),
				field("account_address.country", DataCategory.CONTACT, "the customer's address book; the jurisdiction of their rights"),
				field("account_token.subject_id", DataCategory.IDENTIFIER, "single-use links (email confirmation, password reset, staff invitation)"),
				field("account_device.subject_id", DataCategory.IDENTIFIER, "warning of sign-ins from new browsers"),
				field("account_device.device_hash", DataCategory.AUTOMATIC, "warning of sign-ins from new browsers"),
				field("account_device.first_seen", DataCategory.AUTOMATIC, "warning of sign-ins from new browsers"),
				field("account_device.last_seen", DataCategory.AUTOMATIC, "warning of sign-ins from new browsers"),
				field("account_recovery_code.subject_id", DataCategory.IDENTIFIER, "recovery codes of the second factor"),
				field("account_recovery_code.code_hash", DataCategory.SECURITY, "recovery codes of the second factor")),
				List.of("account.kind", "account.status", "account_role.granted_at", "account_address.id",
						"account_address.is_default", "account_address.created_at", "account_token.token_hash",
						"account_token.purpose", "account_token.expires_at", "account_token.used_at",
						"account_recovery_code.used_at"));
	}

	private static PersonalField field(String column, DataCategory category, String purpose) {
		LegalBasis basis = category == DataCategory.SECURITY || category == DataCategory.AUTOMATIC
				? LegalBasis.LEGITIMATE_INTEREST : LegalBasis.CONTRACT;
		return new PersonalField(column, category, purpose, basis, ACCOUNT_LIFE, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		accounts.find(subject).ifPresent(account -> {
			List<String> row = new ArrayList<>();
			row.add(account.email());
			row.add(account.name() == null ? "" : account.name());
			row.add(account.phone() == null ? "" : account.phone());
			row.add(account.language().toLanguageTag());
			row.add(account.ageCheckedOn() == null ? "" : "14 or older, checked on " + account.ageCheckedOn());
			row.add(account.secondFactorEnabled() ? "on" : "off");
			row.add(String.join(" ", account.roles().stream().map(Enum::name).toList()));
			export.add("account", List.of("email", "name", "phone", "language", "age_check", "second_factor", "staff_roles"),
					List.of(row));
		});
		export.add("addresses", List.of("recipient", "line1", "line2", "city", "region", "postal_code", "country", "phone",
				"preferred"), addresses.of(subject).stream().map(e -> {
					PostalAddress a = e.address();
					return java.util.Arrays.asList(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(),
							a.country(), a.phone(), e.preferred() ? "yes" : "no");
				}).toList());
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from account where subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		int unverified = jdbc.sql("delete from account where status = 'unverified' and created_at < ?::timestamptz - make_interval(days => ?)")
			.params(Timestamp.from(now), unverifiedDays).update();
		int inactive = jdbc.sql("delete from account where kind = 'customer' and last_active_at < ?::timestamptz - make_interval(years => ?)")
			.params(Timestamp.from(now), inactiveYears).update();
		jdbc.sql("delete from account_token where expires_at < ?::timestamptz - interval '1 day'").param(Timestamp.from(now)).update();
		return unverified + inactive;
	}
}
