package com.wtigg.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.privacy.inventory.PersonalDataInventory;
import com.wtigg.store.shared.SubjectId;

@StoreTest
@PolicyClause("COL-MINIMIZE")
class PersonalDataInventoryTest {

	@Autowired
	PersonalDataInventory inventory;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyColumnOfATableAboutSubjectsIsDeclared() {
		assertThat(inventory.undeclaredColumns()).isEmpty();
		assertThat(inventory.fields()).extracting(PersonalField::column)
			.contains("cart.owner_subject_id", "audit_entry.subject_id");
	}

	@Test
	void aNewTableAboutSubjectsFailsTheCheckUntilDeclared() {
		jdbc.sql("create table inventory_probe (id int, subject_id uuid, nickname text)").update();
		try {
			assertThat(inventory.undeclaredColumns()).contains("inventory_probe.subject_id", "inventory_probe.nickname");
		}
		finally {
			jdbc.sql("drop table inventory_probe").update();
		}
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DELETE" })
	void cartsJoinExportAndErasure() {
		SubjectId subject = SubjectId.random();
		UUID cart = UUID.randomUUID();
		long piece = jdbc.sql("select id from catalog_piece order by id limit 1").query(Long.class).single();
		jdbc.sql("insert into cart (id, owner_subject_id) values (?, ?)").params(cart, subject.value()).update();
		jdbc.sql("insert into cart_item (cart_id, piece_id, quantity) values (?, ?, 1)").params(cart, piece).update();
		List<List<String>> exported = new ArrayList<>();
		holders.forEach(h -> h.export(subject, (dataset, columns, rows) -> {
			if (dataset.equals("cart")) {
				exported.addAll(rows);
			}
		}));
		assertThat(exported).hasSize(1);
		assertThat(exported.getFirst().getFirst()).isEqualTo(String.valueOf(piece));

		holders.forEach(h -> h.erase(subject));
		assertThat(jdbc.sql("select count(*) from cart where owner_subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	@PolicyClause("RET-AUTO")
	void idleGuestCartsExpire() {
		UUID idle = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		jdbc.sql("insert into cart (id, updated_at) values (?, now() - interval '31 days'), (?, now())")
			.params(idle, fresh).update();
		int purged = holders.stream().mapToInt(h -> h.purgeExpired(Instant.now().truncatedTo(ChronoUnit.SECONDS))).sum();
		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cart where id = ?").param(idle).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from cart where id = ?").param(fresh).query(Integer.class).single()).isOne();
	}
}
