package com.wtigg.store.customer.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * A customer's saved addresses, each stored as one document encrypted with the customer's key;
 * only the country stays readable (it decides which privacy law applies).
 */
@Repository
public class AddressBook {

	private static final String FIELD = "account_address.address";

	/** A saved address with its id. */
	public record Entry(UUID id, PostalAddress address, boolean preferred) {
	}

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	AddressBook(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public List<Entry> of(SubjectId subject) {
		return jdbc.sql("select id, address_enc, is_default from account_address where subject_id = ? order by is_default desc, created_at")
			.param(subject.value())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				boolean preferred = rs.getBoolean("is_default");
				return cipher.decrypt(subject, FIELD, rs.getBytes("address_enc"))
					.map(text -> new Entry(id, json.readValue(text, PostalAddress.class), preferred));
			})
			.list().stream().flatMap(Optional::stream).toList();
	}

	@Transactional
	public UUID add(SubjectId subject, PostalAddress address) {
		UUID id = UUID.randomUUID();
		boolean first = of(subject).isEmpty();
		jdbc.sql("insert into account_address (id, subject_id, address_enc, country, is_default) values (?, ?, ?, ?, ?)")
			.params(id, subject.value(), seal(subject, address), address.country(), first).update();
		return id;
	}

	/** Replaces an address; false when the subject has no address with that id. */
	public boolean replace(SubjectId subject, UUID id, PostalAddress address) {
		return jdbc.sql("update account_address set address_enc = ?, country = ? where id = ? and subject_id = ?")
			.params(seal(subject, address), address.country(), id, subject.value()).update() == 1;
	}

	public boolean remove(SubjectId subject, UUID id) {
		return jdbc.sql("delete from account_address where id = ? and subject_id = ?").params(id, subject.value())
			.update() == 1;
	}

	private byte[] seal(SubjectId subject, PostalAddress address) {
		return cipher.encrypt(subject, FIELD, json.writeValueAsString(address));
	}
}
