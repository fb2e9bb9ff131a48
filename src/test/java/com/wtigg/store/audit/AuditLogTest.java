package com.wtigg.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.SubjectId;

@StoreTest
@PolicyClause("SEC-ACCESS")
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startWithAnEmptyLogOfFiveEntries() {
		tamper("truncate audit_entry");
		jdbc.sql("delete from audit_head").update();
		SubjectId subject = SubjectId.random();
		audit.record(AuditEntry.of("system", "store.started"));
		audit.record(new AuditEntry("staff:7", "customer.viewed", subject, "support ticket", null));
		audit.record(new AuditEntry("subject:" + subject, "login.succeeded", subject, null, "new device"));
		audit.record(AuditEntry.of("staff:7", "orders.listed"));
		audit.record(AuditEntry.of("system", "retention.ran"));
	}

	private void tamper(String sql) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		}
	}

	@Test
	void anUntouchedLogIsIntact() {
		AuditVerification result = audit.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.checked()).isEqualTo(5);
	}

	@Test
	void theLogRefusesChangesAndDeletions() {
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'x' where seq = 2").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 2").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void anAlteredEntryIsFound() {
		tamper("update audit_entry set purpose = 'curiosity' where seq = 2");
		assertThat(audit.verify()).extracting(AuditVerification::brokenAt, AuditVerification::problem)
			.containsExactly(2L, "the entry was altered or moved");
	}

	@Test
	void aDeletedEntryIsFound() {
		tamper("delete from audit_entry where seq = 3");
		AuditVerification result = audit.verify();
		assertThat(result.brokenAt()).isEqualTo(3L);
		assertThat(result.problem()).contains("missing");
	}

	@Test
	void reorderedEntriesAreFound() {
		tamper("""
				update audit_entry a set actor = b.actor, action = b.action, subject_id = b.subject_id,
				    purpose = b.purpose, detail = b.detail, occurred_at = b.occurred_at, seal = b.seal
				from audit_entry b where (a.seq, b.seq) in ((2, 4), (4, 2))
				""");
		assertThat(audit.verify().brokenAt()).isEqualTo(2L);
	}

	@Test
	void entriesCutFromTheEndAreFound() {
		tamper("delete from audit_entry where seq >= 4");
		AuditVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.problem()).isEqualTo("entries are missing at the end of the log");
	}

	@Test
	void aRecomputedChainWithoutTheKeyDoesNotPass() {
		tamper("update audit_entry set seal = sha256(seal) where seq = 5");
		assertThat(audit.verify().brokenAt()).isEqualTo(5L);
	}

	@Test
	void entriesHoldSubjectIdsOnly() {
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id is not null").query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select string_agg(concat_ws(' ', actor, action, purpose, detail), ' ') from audit_entry")
			.query(String.class).single()).doesNotContain("@");
	}
}
