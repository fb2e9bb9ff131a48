package com.wtigg.store.ordering.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.ordering.domain.CheckoutDraft;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Checkout drafts, one per cart, encrypted under the buyer's key (a guest's fresh subject, or the
 * customer's own).
 */
@Repository
public class DraftRepository {

	private static final String FIELD = "checkout_draft.draft_enc";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	DraftRepository(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A cart's draft with its buyer. */
	public record Stored(SubjectId subject, CheckoutDraft draft) {
	}

	public Optional<Stored> find(UUID cart) {
		return jdbc.sql("select subject_id, draft_enc from checkout_draft where cart_id = ?").param(cart)
			.query((rs, n) -> {
				SubjectId subject = new SubjectId(rs.getObject("subject_id", UUID.class));
				return cipher.decrypt(subject, FIELD, rs.getBytes("draft_enc"))
					.map(text -> new Stored(subject, json.readValue(text, CheckoutDraft.class)));
			})
			.optional().flatMap(found -> found);
	}

	public void save(UUID cart, SubjectId subject, CheckoutDraft draft) {
		byte[] sealed = cipher.encrypt(subject, FIELD, json.writeValueAsString(draft));
		jdbc.sql("""
				insert into checkout_draft (cart_id, subject_id, draft_enc) values (?, ?, ?)
				on conflict (cart_id) do update set subject_id = excluded.subject_id, draft_enc = excluded.draft_enc, updated_at = now()
				""").params(cart, subject.value(), sealed).update();
	}

	public void delete(UUID cart) {
		jdbc.sql("delete from checkout_draft where cart_id = ?").param(cart).update();
	}

	public int deleteOlderThan(Instant cutoff) {
		return jdbc.sql("delete from checkout_draft where updated_at < ?").param(Timestamp.from(cutoff)).update();
	}
}
