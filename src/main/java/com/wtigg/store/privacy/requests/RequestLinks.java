package com.wtigg.store.privacy.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * The secret links of requests. A link to prove an address works once; a download link works
 * until it expires, and only for the request it was made for. Only digests are stored.
 */
@Repository
class RequestLinks {

	static final String VERIFY = "verify";

	static final String DOWNLOAD = "download";

	private final JdbcClient jdbc;

	RequestLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String issue(UUID request, String purpose, Instant expiresAt) {
		String token = RandomTokens.next();
		jdbc.sql("insert into privacy_request_link (digest, request_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(RandomTokens.digest(token), request, purpose, Timestamp.from(expiresAt)).update();
		return token;
	}

	/** The request of an unused, unexpired link, which is used up by this call. */
	Optional<UUID> useOnce(String token, String purpose, Instant now) {
		if (!RandomTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update privacy_request_link set used_at = ? where digest = ? and purpose = ? and used_at is null and expires_at > ?
				returning request_id""")
			.params(Timestamp.from(now), RandomTokens.digest(token), purpose, Timestamp.from(now))
			.query(UUID.class).optional();
	}

	/** The request of an unexpired link of this request, which stays usable. */
	boolean valid(String token, UUID request, String purpose, Instant now) {
		if (!RandomTokens.wellFormed(token)) {
			return false;
		}
		return jdbc.sql("select exists (select 1 from privacy_request_link where digest = ? and request_id = ? and purpose = ? "
				+ "and expires_at > ?)")
			.params(RandomTokens.digest(token), request, purpose, Timestamp.from(now)).query(Boolean.class).single();
	}

	/** Earlier links of the request for this purpose stop working (a new one was sent). */
	void revoke(UUID request, String purpose, Instant now) {
		jdbc.sql("update privacy_request_link set used_at = ? where request_id = ? and purpose = ? and used_at is null")
			.params(Timestamp.from(now), request, purpose).update();
	}
}
