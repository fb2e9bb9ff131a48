package com.wtigg.store.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.shared.SubjectId;

/**
 * Separate, explicit consents to transfers abroad: recorded with what they name, checked per
 * processor, withdrawn at once, audited by subject id only.
 */
@StoreTest
@PolicyClause("LOC-XBORDER")
class TransferConsentTest {

	@Autowired
	ConsentApi consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<com.wtigg.store.privacy.PersonalDataHolder> holders;

	static TransferConsent consent(SubjectId subject, Set<String> processors) {
		return new TransferConsent(subject, processors, Set.of("delivery"), Set.of("CONTACT", "PURCHASES"), "2026-12-01", "checkout");
	}

	@Test
	void withoutAConsentNothingIsConsented() {
		assertThat(consents.transferConsented(SubjectId.random(), Set.of("ups"))).isFalse();
	}

	@Test
	void aConsentCoversTheProcessorsItNamesOnly() {
		SubjectId subject = SubjectId.random();
		UUID id = consents.recordTransfer(consent(subject, Set.of("ups")), "Firefox");
		assertThat(consents.transferConsented(subject, Set.of("ups"))).isTrue();
		assertThat(consents.transferConsented(subject, Set.of("ups", "fedex"))).isFalse();
		consents.recordTransfer(consent(subject, Set.of("fedex")));
		assertThat(consents.transferConsented(subject, Set.of("ups", "fedex"))).isTrue();
		assertThat(consents.transferConsented(SubjectId.random(), Set.of("ups"))).isFalse();
		assertThat(jdbc.sql("select source || ' ' || policy_version || ' ' || browser_family || ' ' || array_to_string(categories, ',') "
				+ "from transfer_consent where id = ?").param(id).query(String.class).single())
			.isEqualTo("checkout 2026-12-01 Firefox CONTACT,PURCHASES");
	}

	@Test
	void withdrawingEndsEveryTransferConsentAndKeepsTheRecord() {
		SubjectId subject = SubjectId.random();
		consents.recordTransfer(consent(subject, Set.of("ups", "fedex")));
		consents.withdrawTransfers(subject);
		assertThat(consents.transferConsented(subject, Set.of("ups"))).isFalse();
		assertThat(jdbc.sql("select count(*) from transfer_consent where subject_id = ? and withdrawn_at is not null")
			.param(subject.value()).query(Integer.class).single()).isOne();
		consents.recordTransfer(consent(subject, Set.of("ups")));
		assertThat(consents.transferConsented(subject, Set.of("ups"))).isTrue();
	}

	@Test
	void givingAndWithdrawingAreAuditedBySubjectIdOnly() {
		SubjectId subject = SubjectId.random();
		consents.recordTransfer(consent(subject, Set.of("ups")), "Chrome");
		consents.withdrawTransfers(subject);
		assertThat(jdbc.sql("select action || '|' || coalesce(detail, '') || '|' || coalesce(purpose, '') from audit_entry "
				+ "where subject_id = ? order by seq").param(subject.value()).query(String.class).list())
			.containsExactly("consent.transfer.given||", "consent.transfer.withdrawn||");
	}

	@Test
	void aConsentMustNameKnownProcessorsPurposesAndCategories() {
		SubjectId subject = SubjectId.random();
		assertThatThrownBy(() -> consents.recordTransfer(consent(subject, Set.of("acme-post"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> consents.recordTransfer(consent(subject, Set.of())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> consents.recordTransfer(
				new TransferConsent(subject, Set.of("ups"), Set.of("delivery"), Set.of("SHOE_SIZE"), "v1", "checkout")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.sql("select count(*) from transfer_consent where subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theRecipientsToNameAreTheRegisterEntriesOutsideChina() {
		assertThat(consents.recipientsOutsideChina(Set.of("ups", "fedex"))).extracting(Processor::id)
			.containsExactlyInAnyOrder("ups", "fedex");
		assertThat(consents.recipientsOutsideChina(Set.of("ups")).getFirst().country()).isEqualTo("US");
		assertThatThrownBy(() -> consents.recipientsOutsideChina(Set.of("nobody"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@PolicyClause({ "RET-CONSENT", "DSR-ACCESS", "DSR-DELETE" })
	void consentsAreExportedErasedAndWithdrawnOnesKeptAsProofForThreeYears() {
		SubjectId subject = SubjectId.random();
		consents.recordTransfer(consent(subject, Set.of("ups")), "Firefox");
		java.util.List<java.util.List<String>> exported = new java.util.ArrayList<>();
		holders.forEach(h -> h.export(subject, (dataset, columns, rows) -> {
			if (dataset.equals("transfer_consent")) {
				exported.addAll(rows);
			}
		}));
		assertThat(exported).hasSize(1);
		assertThat(exported.getFirst()).startsWith("ups", "delivery", "CONTACT PURCHASES", "2026-12-01", "checkout", "Firefox");

		SubjectId live = SubjectId.random();
		SubjectId withdrawnLongAgo = SubjectId.random();
		SubjectId withdrawnRecently = SubjectId.random();
		consents.recordTransfer(consent(live, Set.of("ups")));
		consents.recordTransfer(consent(withdrawnLongAgo, Set.of("ups")));
		consents.recordTransfer(consent(withdrawnRecently, Set.of("ups")));
		jdbc.sql("update transfer_consent set given_at = now() - interval '10 years' where subject_id = ?").param(live.value()).update();
		jdbc.sql("update transfer_consent set withdrawn_at = now() - interval '3 years 1 day' where subject_id = ?")
			.param(withdrawnLongAgo.value()).update();
		jdbc.sql("update transfer_consent set withdrawn_at = now() - interval '2 years' where subject_id = ?")
			.param(withdrawnRecently.value()).update();
		holders.forEach(h -> h.purgeExpired(java.time.Instant.now()));
		assertThat(count(live)).isOne();
		assertThat(count(withdrawnLongAgo)).isZero();
		assertThat(count(withdrawnRecently)).isOne();

		holders.forEach(h -> h.erase(subject));
		assertThat(count(subject)).isZero();
	}

	private int count(SubjectId subject) {
		return jdbc.sql("select count(*) from transfer_consent where subject_id = ?").param(subject.value()).query(Integer.class).single();
	}
}
