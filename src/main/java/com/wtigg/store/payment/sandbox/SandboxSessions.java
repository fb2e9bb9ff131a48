package com.wtigg.store.payment.sandbox;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.payment.PaymentGateway.Card;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * The sandbox's card sessions: one per order and attempt, answered once by the card page with a
 * token the store redeems. The brand and last four digits are kept encrypted; the card number
 * and CVV are never stored.
 */
@Repository
class SandboxSessions {

	/** What a session is given of the order, as the register names it. */
	static final java.util.Set<String> FIELDS = java.util.Set.of("order_id", "subject_id", "amount", "return_path");

	static final String BRAND = "payment_sandbox_session.card_brand";

	static final String LAST4 = "payment_sandbox_session.card_last4";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	SandboxSessions(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** An open session of the card page. */
	record Session(String id, UUID orderId, SubjectId subject, Money amount, String returnPath,
			TestCards.@Nullable Outcome outcome, @Nullable String token) {

		@Override
		public String toString() {
			return "Session[order=" + orderId + "]";
		}
	}

	/** The session of this order's attempt, made on first asking. */
	String open(PaymentRequest request, int attempt) {
		jdbc.sql("""
				insert into payment_sandbox_session (session_id, order_id, attempt, subject_id, amount_cents, return_path)
				values (?, ?, ?, ?, ?, ?) on conflict (order_id, attempt) do nothing
				""")
			.params(RandomTokens.next(), request.orderId(), attempt, request.subject().value(), request.amount().cents(),
					request.returnPath())
			.update();
		return jdbc.sql("select session_id from payment_sandbox_session where order_id = ? and attempt = ?")
			.params(request.orderId(), attempt).query(String.class).single();
	}

	Optional<Session> find(String id) {
		return jdbc.sql("""
				select session_id, order_id, subject_id, amount_cents, return_path, outcome, token
				from payment_sandbox_session where session_id = ?
				""")
			.param(id)
			.query((rs, n) -> new Session(rs.getString(1), rs.getObject(2, UUID.class), new SubjectId(rs.getObject(3, UUID.class)),
					new Money(rs.getLong(4)), rs.getString(5),
					rs.getString(6) == null ? null : TestCards.Outcome.valueOf(rs.getString(6)), rs.getString(7)))
			.optional();
	}

	/** Records the card page's answer once; returns the token, or empty when the session was answered already. */
	Optional<String> answer(Session session, TestCards.Outcome outcome, @Nullable Card card) {
		String token = RandomTokens.next();
		int updated = jdbc.sql("""
				update payment_sandbox_session set outcome = ?, token = ?, card_brand = ?, card_last4 = ?
				where session_id = ? and outcome is null
				""")
			.params(outcome.name(), token, card == null ? null : cipher.encrypt(session.subject(), BRAND, card.brand()),
					card == null ? null : cipher.encrypt(session.subject(), LAST4, card.last4()), session.id())
			.update();
		return updated == 1 ? Optional.of(token) : Optional.empty();
	}

	/** The outcome and card behind a token the store brings back for this session. */
	Optional<Redeemed> redeem(String sessionId, String token) {
		return jdbc.sql("""
				select subject_id, outcome, card_brand, card_last4 from payment_sandbox_session
				where session_id = ? and token = ?
				""")
			.params(sessionId, token)
			.query((rs, n) -> {
				SubjectId subject = new SubjectId(rs.getObject(1, UUID.class));
				byte[] brand = rs.getBytes(3);
				byte[] last4 = rs.getBytes(4);
				Card card = brand == null || last4 == null ? null
						: new Card(cipher.decrypt(subject, BRAND, brand).orElse("card"),
								cipher.decrypt(subject, LAST4, last4).orElse(""));
				return new Redeemed(TestCards.Outcome.valueOf(rs.getString(2)), card);
			})
			.optional();
	}

	/** What a token stands for. */
	record Redeemed(TestCards.Outcome outcome, @Nullable Card card) {
	}

	/** Closes a session nobody answered; returns whether it was open. */
	boolean cancel(String sessionId) {
		return jdbc.sql("update payment_sandbox_session set outcome = 'CANCELLED', token = null where session_id = ? and outcome is null")
			.param(sessionId).update() == 1;
	}

	boolean succeeded(String sessionId) {
		return jdbc.sql("select count(*) from payment_sandbox_session where session_id = ? and outcome = 'SUCCEEDED'")
			.param(sessionId).query(Integer.class).single() == 1;
	}
}
