package com.wtigg.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.SubjectId;

@StoreTest
@PolicyClause({ "SEC-REST", "COL-SENSITIVE", "DSR-DELETE" })
class SubjectCipherTest {

	@Autowired
	SubjectCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void encryptedValuesReadBackOnlyForTheirSubjectAndField() {
		SubjectId ada = SubjectId.random();
		SubjectId bo = SubjectId.random();
		byte[] email = cipher.encrypt(ada, "email", "ada@example.com");
		assertThat(new String(email, StandardCharsets.ISO_8859_1)).doesNotContain("ada@example.com");
		assertThat(cipher.decrypt(ada, "email", email)).hasValue("ada@example.com");
		assertThatThrownBy(() -> cipher.decrypt(ada, "name", email)).isInstanceOf(IllegalStateException.class);
		cipher.encrypt(bo, "email", "bo@example.com");
		assertThatThrownBy(() -> cipher.decrypt(bo, "email", email)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void forgettingTheKeyMakesADumpTakenBeforeUnreadable() {
		SubjectId subject = SubjectId.random();
		jdbc.sql("create table if not exists cipher_test_person (subject uuid primary key, name bytea, phone bytea)")
			.update();
		jdbc.sql("insert into cipher_test_person values (?, ?, ?)")
			.params(subject.value(), cipher.encrypt(subject, "name", "Lin Mei"), cipher.encrypt(subject, "phone", "+1 718 555 0100"))
			.update();
		List<byte[]> dump = jdbc.sql("select name from cipher_test_person where subject = ? union all "
				+ "select phone from cipher_test_person where subject = ?")
			.params(subject.value(), subject.value())
			.query((rs, n) -> rs.getBytes(1))
			.list();
		assertThat(cipher.decrypt(subject, "name", dump.get(0))).hasValue("Lin Mei");

		cipher.forget(subject);
		jdbc.sql("drop table cipher_test_person").update();

		assertThat(cipher.decrypt(subject, "name", dump.get(0))).isEmpty();
		assertThat(cipher.decrypt(subject, "phone", dump.get(1))).isEmpty();
	}

	@Test
	void blindIndexFindsEqualValuesWithoutRevealingThem() {
		byte[] index = cipher.blindIndex("email", "ada@example.com");
		assertThat(index).hasSize(32).isEqualTo(cipher.blindIndex("email", "ada@example.com"));
		assertThat(index).isNotEqualTo(cipher.blindIndex("email", "bo@example.com"))
			.isNotEqualTo(cipher.blindIndex("phone", "ada@example.com"));
		assertThat(new String(index, StandardCharsets.ISO_8859_1)).doesNotContain("ada");
	}
}
